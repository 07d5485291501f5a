import type { Queryable } from './queryable.js';

/**
 * Which of these schema names exist in the client's database. Each name is looked up by one
 * index probe (unnest joined to pg_namespace): a filter `nspname = ANY($1)` compares every schema
 * of the catalog with every name asked for, quadratic in a fleet of tens of thousands of schemas.
 */
export async function existingSchemas(client: Queryable, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const { rows } = await client.query(
    'SELECT n.nspname FROM pg_catalog.unnest($1::text[]) AS s(name) JOIN pg_catalog.pg_namespace n ON n.nspname = s.name',
    [names],
  );
  return new Set(rows.map((r) => String(r.nspname)));
}
