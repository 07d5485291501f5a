/**
 * Splits SQL text into statements and normalises them for the lint rules: comments removed,
 * string and dollar-quoted bodies blanked (a function body's DROP TABLE is not a DROP TABLE of
 * this migration), whitespace collapsed, upper case outside quoted identifiers. Not a parser:
 * enough to find the statement shapes the rules look for.
 */
export interface Statement {
  /** for matching: comments gone, literals blanked, upper case outside quoted identifiers */
  norm: string;
  /** for people: the statement as written, comments gone, whitespace collapsed */
  text: string;
}

export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let start = 0;
  const flush = (end: number) => {
    if (current.trim())
      statements.push({
        norm: normalise(current),
        text: sql
          .slice(start, end)
          .replace(/--[^\n]*/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      });
    current = '';
    start = end + 1;
  };
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end;
      current += ' ';
      continue;
    }
    if (ch === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      current += ' ';
      continue;
    }
    if (ch === "'") {
      // a literal: kept as '' so the statement keeps its shape (DEFAULT '' is still a default)
      i++;
      while (i < n) {
        if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
      current += "''";
      continue;
    }
    if (ch === '"') {
      const end = sql.indexOf('"', i + 1);
      const stop = end < 0 ? n : end + 1;
      current += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
      if (tag) {
        const end = sql.indexOf(tag, i + tag.length);
        i = end < 0 ? n : end + tag.length;
        current += '$$';
        continue;
      }
    }
    if (ch === ';') {
      flush(i);
      i++;
      continue;
    }
    current += ch;
    i++;
  }
  flush(n);
  return statements;
}

function normalise(statement: string): string {
  // upper-case everything but quoted identifiers
  return statement
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : part.toUpperCase()))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name as written in SQL (`"a"."b"`, `a.b`, `b`), reduced to its last part, unquoted and case-folded. */
export function objectName(raw: string): string {
  const parts = raw.match(/"[^"]*"|[^."]+/g) ?? [raw];
  const last = parts[parts.length - 1] ?? raw;
  return last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase();
}

/** An identifier, possibly schema-qualified and quoted, as a regular-expression source. */
export const NAME = String.raw`(?:"[^"]*"|[A-Z_][A-Z0-9_$]*)(?:\.(?:"[^"]*"|[A-Z_][A-Z0-9_$]*))?`;
