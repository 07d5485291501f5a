import { createHash } from 'node:crypto';

const named = new Map<string, { name: string; text: string }>();

/**
 * A statement the server parses and plans once per connection, then executes by name: for the
 * few statements every run sends (claim, finish, locks), this halves their server CPU. The name
 * is derived from the text, so two texts never share one. Needs session-level pooling (as the
 * advisory locks do): PgBouncer in transaction mode would route the name to another connection.
 */
export function prepared(text: string): { name: string; text: string } {
  let statement = named.get(text);
  if (!statement) {
    statement = { name: `tenantry_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
    named.set(text, statement);
  }
  return statement;
}
