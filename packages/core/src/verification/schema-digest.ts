import { createHash } from 'node:crypto';
import { SCHEMA_OBJECTS_SQL, withCatalogSearchPath, type FingerprintOptions, type Queryable } from './fingerprint.js';

/** Schemas per query: only one row per schema crosses the wire, the server sorts ~30 rows of each. */
const CHUNK = 500;

/** The digest of a schema that holds nothing (or does not exist): sha256 of the empty text. */
export const EMPTY_SCHEMA_DIGEST = createHash('sha256').update('').digest('hex');

/**
 * Per schema asked for, a sha256 over the objects of SCHEMA_OBJECTS_SQL, computed in the server.
 *
 * The schema's own name is removed from each definition with the pattern of fingerprint.ts's
 * schemaStripper (`(?<![A-Za-z0-9_$"])(?:"quoted"|name)\.`), each non-alphanumeric character of the
 * name escaped; under COLLATE "C" the regular expression engine takes every one of them, ASCII or
 * not, as a literal. The (key, definition) pairs, sorted by key under COLLATE "C", are hashed as
 * the text of a two-dimensional array (text cannot hold the NUL the JavaScript hash uses; an
 * array's text quotes its elements, which keeps any two different sets of objects apart whatever
 * characters they hold).
 *
 * The stripping is done in the aggregate's argument, whose input the planner sorts by schema (an ordered
 * aggregate is never hashed): the server compiles each schema's pattern once and keeps it cached
 * while that schema's rows pass, instead of recompiling it for rows of many schemas interleaved.
 */
const DIGEST_SQL = `
WITH objects AS (${SCHEMA_OBJECTS_SQL}),
asked AS (
  SELECT s.name, pg_catalog.replace(s.name, '"', '""') AS quoted
  FROM (SELECT DISTINCT name FROM pg_catalog.unnest($1::text[]) AS u(name)) s
),
patterns AS (
  SELECT a.name, a.quoted,
         '(?<![A-Za-z0-9_$"])(?:"' || pg_catalog.regexp_replace(a.quoted COLLATE "C", '([^A-Za-z0-9_])', '\\\\\\1', 'g')
         || '"|' || pg_catalog.regexp_replace(a.name COLLATE "C", '([^A-Za-z0-9_])', '\\\\\\1', 'g') || ')\\.' AS pattern
  FROM asked a
)
SELECT p.name AS schema,
       pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(COALESCE((
         pg_catalog.array_agg(ARRAY[o.key,
           CASE WHEN pg_catalog.strpos(o.def, p.name) > 0 OR pg_catalog.strpos(o.def, p.quoted) > 0
                THEN pg_catalog.regexp_replace(o.def COLLATE "C", p.pattern, '', 'g')
                ELSE COALESCE(o.def, '') END
         ] ORDER BY o.key COLLATE "C") FILTER (WHERE o.key IS NOT NULL))::text, ''), 'UTF8')), 'hex') AS digest
FROM patterns p LEFT JOIN objects o ON o.schema = p.name
GROUP BY p.name`;

/**
 * The server's digest of each schema (see DIGEST_SQL), one row per schema instead of one per
 * object: equal digests, equal fingerprint objects. Compare a digest only with another digest
 * (a reference's `digest`), never with a fingerprint's `hash`. `client` must be one session (its
 * search_path is pinned to pg_catalog meanwhile, as fingerprintSchemas does).
 */
export async function digestSchemas(
  client: Queryable,
  schemas: readonly string[],
  options: FingerprintOptions = {},
): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const unique = [...new Set(schemas)];
  if (unique.length === 0) return digests;
  await withCatalogSearchPath(client, async () => {
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const { rows } = await client.query(DIGEST_SQL, [chunk, options.migrationsTable ?? 'pgmigrations']);
      for (const row of rows as Array<{ schema: string; digest: string }>) digests.set(row.schema, row.digest);
    }
  });
  return digests;
}
