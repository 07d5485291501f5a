import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { MigrationSet } from '../catalog/migration-set.js';
import { escapeIdentifier } from '../db/connect.js';
import type { Logger } from '../logger.js';

const concurrent = new WeakMap<MigrationSet, boolean>();

/** Whether any migration of the set builds or drops an index CONCURRENTLY (read once per set). */
function buildsConcurrently(set: MigrationSet): boolean {
  let found = concurrent.get(set);
  if (found === undefined) {
    found = set.migrations.some((m) => /concurrently|noTransaction/i.test(readFileSync(m.path, 'utf8')));
    concurrent.set(set, found);
  }
  return found;
}

/**
 * A CREATE (or DROP) INDEX CONCURRENTLY that was interrupted (its worker killed, its session
 * ended, a lock_timeout while it waited for older transactions) leaves its index behind,
 * invalid: never used by queries, still maintained on every write, and in the way of the retry,
 * which fails with "relation already exists". Under the tenant lock, before its migrations run,
 * a run drops the invalid indexes of its tenant's schema (CONCURRENTLY: outside a transaction,
 * without blocking the tenant's traffic), so the step runs again from a clean slate. Only for
 * migration sets that build indexes concurrently; a set that never does pays nothing.
 */
export async function dropInvalidIndexes(
  client: pg.ClientBase,
  schema: string,
  set: MigrationSet,
  log: Logger,
): Promise<string[]> {
  if (!buildsConcurrently(set)) return [];
  const { rows } = await client.query<{ index: string }>(
    `SELECT c.relname AS index FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
     WHERE NOT i.indisvalid AND c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = $1)`,
    [schema],
  );
  for (const { index } of rows) {
    await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${escapeIdentifier(schema)}.${escapeIdentifier(index)}`);
    log.warn(
      { schema, index },
      'dropped an invalid index an interrupted CONCURRENTLY step had left; the step runs again',
    );
  }
  return rows.map((r) => r.index);
}
