import { parse } from 'pg-connection-string';

/** Hides passwords in connection strings (`postgres://user:secret@host` → `postgres://user:***@host`). */
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@\s/]*@/gi, '$1***@');
}

/** A connection string shown to people: host, port and database, never a password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = parse(url);
    return `${parsed.host || 'localhost'}:${parsed.port || '5432'}/${parsed.database || parsed.user || ''}`;
  } catch {
    return redactUrl(url);
  }
}

/** `password=…`, `PGPASSWORD=…`, `"password": "…"`, `secret: …` inside free text (libpq keyword strings, JSON, env dumps). */
const SECRET_ASSIGNMENT = /\b([a-z_]*(?:password|passwd|secret)"?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&)"]+)/gi;

/**
 * Hides secrets inside any text: passwords in connection strings and in key=value / JSON pairs.
 * Applied where text leaves Tenantry's hands: logs, the ledger's run errors, the queue's failure
 * reasons, CLI and dashboard output.
 */
export function redactSecrets(text: string): string {
  return redactUrl(text).replace(SECRET_ASSIGNMENT, (_match, key: string, value: string) => {
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    return `${key}${quote}***${quote}`;
  });
}
