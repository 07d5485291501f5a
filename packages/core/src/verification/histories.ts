import { escapeIdentifier, escapeLiteral } from '../db/connect.js';
import type { Queryable } from './fingerprint.js';

const CHUNK = 250;

/**
 * The migrations each schema's own node-pg-migrate table records, in the order they ran, for
 * many schemas in a few queries (plain scans joined by UNION ALL: cheaper to plan and run than
 * one sorted sub-select per schema). Schemas without the table have applied nothing.
 */
export async function readHistories(
  client: Queryable,
  schemas: readonly string[],
  table: string,
): Promise<Map<string, string[]>> {
  const histories = new Map<string, string[]>(schemas.map((s) => [s, []]));
  if (schemas.length === 0) return histories;
  const { rows: withTable } = await client.query(
    `SELECT n.nspname AS schema FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname = $1 AND c.relkind IN ('r', 'p') AND n.nspname = ANY($2::text[])`,
    [table, schemas],
  );
  const names = (withTable as Array<{ schema: string }>).map((r) => r.schema);
  for (let i = 0; i < names.length; i += CHUNK) {
    const parts = names
      .slice(i, i + CHUNK)
      .map(
        (schema) =>
          `SELECT ${escapeLiteral(schema)}::text AS schema, name, run_on, id FROM ${escapeIdentifier(schema)}.${escapeIdentifier(table)}`,
      );
    const { rows } = await client.query(
      `SELECT schema, name FROM (${parts.join(' UNION ALL ')}) h ORDER BY schema, run_on, id`,
    );
    for (const row of rows as Array<{ schema: string; name: string }>) histories.get(row.schema)!.push(row.name);
  }
  return histories;
}
