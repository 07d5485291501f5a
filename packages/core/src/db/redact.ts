/** Hides passwords in connection strings (`postgres://user:secret@host` → `postgres://user:***@host`). */
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@\s/]*@/gi, '$1***@');
}

/** A connection string shown to people: host, port and database, never a password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return redactUrl(url);
  }
}
