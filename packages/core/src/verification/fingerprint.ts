import { createHash } from 'node:crypto';
import type { Queryable } from '../db/queryable.js';

export type { Queryable };

/**
 * What a schema is made of, as comparable text: object key → definition, for tables, columns
 * (type, nullability, default, identity, generated), constraints, indexes, enum types with their
 * labels, and sequences. Names of the schema itself are removed from every definition, so two
 * schemas built by the same migrations have equal fingerprints whatever they are called.
 * Data is not part of it (sequence positions, rows), nor column order.
 */
export interface SchemaFingerprint {
  schema: string;
  /** e.g. `index invoices_customer_id_index` → `CREATE INDEX … ON invoices USING btree (customer_id)` */
  objects: ReadonlyMap<string, string>;
  /** sha256 over the sorted objects: equal hashes, equal schemas */
  hash: string;
  /**
   * The server's digest of the same objects (see digestSchemas), when it was read with them: a
   * different value from `hash`, comparable only with another such digest.
   */
  digest?: string;
}

export interface FingerprintOptions {
  /** the node-pg-migrate table of the schema, left out (bookkeeping, not schema) */
  migrationsTable?: string;
}

/** Schemas per catalog query: bounds memory, keeps each query well under a second. */
const CHUNK = 250;

/**
 * One query over the catalogs for many schemas: (schema, key, definition) rows. Defaults are
 * deparsed without their relation (relid 0: a default cannot refer to columns), which spares a
 * relation open per default; generated columns, which can, are deparsed with it.
 *
 * Every lookup goes through an index, so a query's cost follows the schemas it asks for, not the
 * size of the catalog (at 50,000 tenants pg_class holds about a million rows, and a scan of it per
 * query made a whole-fleet verify quadratic): the schemas by name (the LIMIT keeps each an index
 * probe: joined plainly, the planner hashed all of pg_namespace per query), then what each schema
 * holds by its namespace dependency in pg_depend (every table, sequence and type records one;
 * pg_class has no index on its namespace), then each object by oid.
 */
export const SCHEMA_OBJECTS_SQL = `
WITH ns AS MATERIALIZED (
  SELECT n.oid, n.nspname FROM pg_catalog.unnest($1::text[]) AS s(name)
  CROSS JOIN LATERAL (SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname = s.name LIMIT 1) n
),
held AS MATERIALIZED (
  SELECT d.classid, d.objid, ns.nspname FROM ns JOIN pg_catalog.pg_depend d
      ON d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = ns.oid AND d.refobjsubid = 0
),
cls AS MATERIALIZED (
  SELECT c.oid, c.relname, c.relkind, c.relpersistence, h.nspname FROM held h JOIN pg_catalog.pg_class c ON c.oid = h.objid
  WHERE h.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.relkind IN ('r', 'p', 'S')
),
rel AS (SELECT * FROM cls WHERE relkind IN ('r', 'p') AND relname <> $2::text)
SELECT nspname AS schema, 'table ' || relname AS key,
       CASE relkind WHEN 'p' THEN 'partitioned table' ELSE 'table' END || CASE relpersistence WHEN 'u' THEN ' unlogged' ELSE '' END AS def
FROM rel
UNION ALL
SELECT rel.nspname, 'column ' || rel.relname || '.' || a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
       || CASE WHEN a.attgenerated <> '' THEN ' generated ' || COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
               WHEN d.adbin IS NOT NULL THEN ' default ' || pg_catalog.pg_get_expr(d.adbin, 0) ELSE '' END
FROM rel JOIN pg_catalog.pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
UNION ALL
SELECT rel.nspname, 'constraint ' || rel.relname || '.' || con.conname, pg_catalog.pg_get_constraintdef(con.oid)
FROM rel JOIN pg_catalog.pg_constraint con ON con.conrelid = rel.oid AND con.contype <> 'n'
UNION ALL
SELECT rel.nspname, 'index ' || ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid)
FROM rel JOIN pg_catalog.pg_index i ON i.indrelid = rel.oid JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
UNION ALL
SELECT h.nspname, 'enum ' || t.typname,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
          FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
FROM held h JOIN pg_catalog.pg_type t ON t.oid = h.objid
WHERE h.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.typtype = 'e'
UNION ALL
SELECT c.nspname, 'sequence ' || c.relname,
       pg_catalog.format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement
       || ' min ' || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
FROM cls c JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
WHERE c.relkind = 'S' AND c.relname <> $2::text || '_id_seq'`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes `schema.` and `"schema".` qualifiers of the schema itself (also inside literals: `'s.seq'::regclass`). */
function schemaStripper(schema: string): (text: string) => string {
  const pattern = new RegExp(
    `(?<![A-Za-z0-9_$"])(?:"${escapeRegExp(schema.replaceAll('"', '""'))}"|${escapeRegExp(schema)})\\.`,
    'g',
  );
  return (text) => text.replace(pattern, '');
}

export function hashObjects(objects: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const key of [...objects.keys()].sort()) hash.update(`${key}\u0000${objects.get(key)}\u0001`);
  return hash.digest('hex');
}

export function makeFingerprint(schema: string, objects: ReadonlyMap<string, string>): SchemaFingerprint {
  return { schema, objects, hash: hashObjects(objects) };
}

/**
 * Runs `read` with the session's search_path pinned to pg_catalog, so that every name outside
 * pg_catalog comes back qualified, the same way on every connection; restored afterwards.
 */
export async function withCatalogSearchPath<T>(client: Queryable, read: () => Promise<T>): Promise<T> {
  const { rows: saved } = await client.query("SELECT pg_catalog.current_setting('search_path') AS path");
  await client.query("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)");
  try {
    return await read();
  } finally {
    await client.query("SELECT pg_catalog.set_config('search_path', $1, false)", [saved[0]?.path ?? '"$user", public']);
  }
}

/**
 * Fingerprints many schemas of one database in a few catalog queries (one per 250 schemas), not
 * one per object: a fleet of thousands is read in seconds. `client` must be one session: the
 * search_path is pinned to pg_catalog while it reads (so every name outside pg_catalog comes back
 * qualified, the same way on every connection) and restored afterwards. A schema that does not
 * exist gets an empty fingerprint.
 */
export async function fingerprintSchemas(
  client: Queryable,
  schemas: readonly string[],
  options: FingerprintOptions = {},
): Promise<Map<string, SchemaFingerprint>> {
  const collected = new Map<string, Map<string, string>>(schemas.map((s) => [s, new Map()]));
  if (schemas.length === 0) return new Map();
  await withCatalogSearchPath(client, async () => {
    const unique = [...collected.keys()];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const { rows } = await client.query(SCHEMA_OBJECTS_SQL, [chunk, options.migrationsTable ?? 'pgmigrations']);
      for (const row of rows as Array<{ schema: string; key: string; def: string | null }>) {
        collected.get(row.schema)?.set(row.key, row.def ?? '');
      }
    }
  });
  const result = new Map<string, SchemaFingerprint>();
  for (const [schema, raw] of collected) {
    const strip = schemaStripper(schema);
    const objects = new Map<string, string>();
    for (const [key, def] of raw) objects.set(key, strip(def));
    result.set(schema, makeFingerprint(schema, objects));
  }
  return result;
}

/** The fingerprint of one schema. */
export async function fingerprintSchema(
  client: Queryable,
  schema: string,
  options: FingerprintOptions = {},
): Promise<SchemaFingerprint> {
  return (await fingerprintSchemas(client, [schema], options)).get(schema)!;
}
