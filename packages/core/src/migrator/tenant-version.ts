import type pg from 'pg';
import { escapeIdentifier } from '../db/connect.js';
import { readHistoryRows } from './history-rows.js';
import { prepared } from '../db/prepared.js';
import { MigrationHistoryMismatch } from '../errors.js';
import type { MigrationSet } from '../catalog/migration-set.js';
import { EMPTY_VERSION } from '../types.js';

type Queryable = Pick<pg.ClientBase, 'query'>;

/** The statement that reads a history table's migrations in the order node-pg-migrate ran them. */
export function appliedMigrationsSql(schema: string, table: string): string {
  return `SELECT name FROM ${escapeIdentifier(schema)}.${escapeIdentifier(table)} ORDER BY run_on, id`;
}

/**
 * The migrations recorded in a tenant's own node-pg-migrate table, in the order they ran.
 * `known`: the caller has just seen the table exist, so it is not looked up again.
 */
export async function readAppliedMigrations(
  client: Queryable,
  schema: string,
  table: string,
  options: { known?: boolean } = {},
): Promise<string[]> {
  if (!options.known) {
    const { rows: exists } = await client.query<{ found: boolean }>(
      prepared('SELECT to_regclass($1) IS NOT NULL AS found'),
      [`${escapeIdentifier(schema)}.${escapeIdentifier(table)}`],
    );
    if (!exists[0]?.found) return [];
  }
  const { rows } = await client.query<{ name: string }>(appliedMigrationsSql(schema, table));
  return rows.map((r) => r.name);
}

/**
 * Checks that what a tenant has applied is a prefix of the migration set (node-pg-migrate's
 * `checkOrder`, done before anything runs so the error names the tenant) and returns its position.
 */
export function appliedPosition(set: MigrationSet, applied: readonly string[], where: string): number {
  for (let i = 0; i < applied.length; i++) {
    const expected = set.migrations[i]?.name;
    if (applied[i] !== expected) {
      throw new MigrationHistoryMismatch(
        expected === undefined
          ? `${where} has migration ${applied[i]} applied, which is not in ${set.dir}`
          : `${where} has ${applied[i]} applied where ${set.dir} has ${expected} next: the migration files do not match the tenant's history`,
      );
    }
  }
  return applied.length;
}

export interface TenantVersion {
  schema: string;
  version: string;
  applied: number;
}

/**
 * The versions of many tenant schemas of one database, in a few queries (status views and dry
 * runs over thousands of tenants): each schema's history in one statement per 200 schemas
 * (history-rows.ts). Schemas without a migrations table are at version 0.
 */
export async function readVersions(
  client: Queryable,
  schemas: readonly string[],
  table: string,
): Promise<Map<string, TenantVersion>> {
  const result = new Map<string, TenantVersion>();
  for (const [schema, applied] of await readHistoryRows(client, schemas, table))
    result.set(schema, { schema, version: applied.at(-1) ?? EMPTY_VERSION, applied: applied.length });
  return result;
}
