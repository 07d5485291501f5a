import type pg from 'pg';
import { LOCK_NAMESPACE } from '../locks/keys.js';
import type { Logger } from '../logger.js';
import { escapeLiteral } from './connect.js';

/**
 * What a run leaves in its pooled session. Runs borrow sessions from a pool that serves many
 * tenants, and a migration may change its session beyond its transaction: a temporary table, a
 * setting `SET` without `LOCAL`, a role, a `LISTEN`, a prepared statement, an advisory lock, a
 * cursor `WITH HOLD`, a transaction it left open. None of it may reach the next run.
 *
 * Settings are reset (`RESET ALL`, sent with the run's last round trip: it leaves the values the
 * connection was opened with). Everything else is checked by one query in that same round trip,
 * cheap when nothing is left, and a session with anything left is closed instead of returned to
 * the pool: Tenantry's own named statements are cached per connection by node-pg, so a blanket
 * `DISCARD ALL` would break them, and a lock or a temporary object of another tenant's run must
 * not be guessed at. One thing is reset but not undone: a custom setting (`SET app.x = ...`) reads
 * as empty afterwards, not as unset (PostgreSQL lists no custom settings to check).
 */
export const RESET_SETTINGS = 'RESET ALL';

/** The check's column: the kinds of state left in the session (empty when none). */
const COLUMN = 'tenantry_leftovers';

/**
 * A statement answering, as `tenantry_leftovers text[]`, what besides settings the session
 * holds. `settings: true` adds session-level settings (for paths that do not reset them).
 * Tenantry's own advisory locks (its namespaces) are the caller's to release, not leftovers.
 */
export function leftoverCheckSql(client: pg.ClientBase, options: { settings?: boolean } = {}): string {
  const login = (client as { user?: unknown }).user;
  const namespaces = Object.values(LOCK_NAMESPACE).join(', ');
  const parsed = parsedStatements(client);
  const known = parsed && Object.keys(parsed);
  // node-pg believes these statements exist on the server; any other (a migration's PREPARE), or
  // one of them deallocated, and the session is not what node-pg takes it for
  const statements =
    known === undefined
      ? 'EXISTS (SELECT FROM pg_catalog.pg_prepared_statement() p WHERE p.from_sql)'
      : `(SELECT count(*) <> ${known.length} OR coalesce(bool_or(p.from_sql OR p.name <> ALL (ARRAY[${known.map(escapeLiteral).join(', ')}]::text[])), false)` +
        ' FROM pg_catalog.pg_prepared_statement() p)';
  const kinds: Array<[test: string, kind: string]> = [
    // set on a session's first temporary object and kept for its life: conservative, and free
    ['pg_catalog.pg_my_temp_schema() <> 0', 'temporary objects'],
    // SET ROLE (even to the session's own role), SET SESSION AUTHORIZATION
    [
      `pg_catalog.current_setting('role') <> 'none' OR current_user <> session_user${typeof login === 'string' ? ` OR session_user <> ${escapeLiteral(login)}` : ''}`,
      'role',
    ],
    ['EXISTS (SELECT FROM pg_catalog.pg_listening_channels())', 'listen'],
    [statements, 'prepared statements'],
    [
      `EXISTS (SELECT FROM pg_catalog.pg_lock_status() l WHERE l.locktype = 'advisory' AND l.pid = pg_catalog.pg_backend_pid() AND NOT (l.objsubid = 2 AND l.classid IN (${namespaces})))`,
      'advisory locks',
    ],
    ['EXISTS (SELECT FROM pg_catalog.pg_cursor())', 'cursors'],
    // a statement of this round trip in a transaction begun by an earlier one
    ['pg_catalog.transaction_timestamp() <> pg_catalog.statement_timestamp()', 'open transaction'],
    ...(options.settings
      ? [["EXISTS (SELECT FROM pg_catalog.pg_settings WHERE source = 'session')", 'settings'] as [string, string]]
      : []),
  ];
  return `SELECT pg_catalog.array_remove(ARRAY[${kinds.map(([test, kind]) => `CASE WHEN ${test} THEN '${kind}' END`).join(', ')}]::text[], NULL) AS ${COLUMN}`;
}

/** The kinds the check reported, from the results of the round trip it ended. */
export function leftoversIn(
  results: pg.QueryResult<Record<string, unknown>> | pg.QueryResult<Record<string, unknown>>[] | undefined,
): string[] {
  const last = Array.isArray(results) ? results.at(-1) : results;
  const value: unknown = last?.rows[0]?.[COLUMN];
  return Array.isArray(value) ? value.map(String) : ['unknown (the check did not answer)'];
}

const leftBehind = new WeakMap<object, string[]>();

/**
 * Records what a run left in the session: it is closed when released (`releaseSession`). Until
 * then the run still sends Tenantry's named statements on it (the lock's release, a version
 * read): when those may be gone, the server and node-pg's cache both forget them, and node-pg
 * prepares them again.
 */
export async function noteLeftovers(client: pg.ClientBase, kinds: readonly string[]): Promise<void> {
  if (kinds.length === 0) return;
  leftBehind.set(client, [...(leftBehind.get(client) ?? []), ...kinds]);
  const parsed = parsedStatements(client);
  if (!kinds.includes('prepared statements') || !parsed) return;
  if (
    await client.query('DEALLOCATE ALL').then(
      () => true,
      () => false,
    )
  ) {
    for (const name of Object.keys(parsed)) delete parsed[name];
  }
}

/** What runs noted as left in this session so far (undefined: nothing). */
export function leftoversOf(client: object): readonly string[] | undefined {
  return leftBehind.get(client);
}

/** A round trip of its own for paths that ran foreign code without a final batch to fold it into. */
export async function auditSession(client: pg.ClientBase, options: { settings?: boolean } = {}): Promise<string[]> {
  const kinds = leftoversIn(await client.query(leftoverCheckSql(client, options)).catch(() => undefined));
  await noteLeftovers(client, kinds);
  return kinds;
}

/** Returns a session to its pool, or closes it when it is broken or a run left state in it. */
export function releaseSession(client: pg.PoolClient, broken: boolean, log?: Logger): void {
  const kinds = leftBehind.get(client);
  if (kinds) {
    leftBehind.delete(client);
    log?.debug(
      { leftovers: [...new Set(kinds)] },
      'session closed instead of returned to the pool: the run left state in it',
    );
  }
  client.release(broken || kinds !== undefined ? true : undefined);
}

/** node-pg's cache of the named statements it prepared on this connection, by name (undefined: not known). */
function parsedStatements(client: pg.ClientBase): Record<string, unknown> | undefined {
  const parsed = (client as { connection?: { parsedStatements?: unknown } }).connection?.parsedStatements;
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
}
