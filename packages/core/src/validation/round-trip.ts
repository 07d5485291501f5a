import { escapeIdentifier } from '../db/connect.js';
import { errorMessage } from '../errors.js';
import { migrationLoaderStrategies } from '../migrator/loader.js';
import { describeDifference, diffFingerprints } from '../verification/diff.js';
import { fingerprintSchema, type Queryable, type SchemaFingerprint } from '../verification/fingerprint.js';
import type { LoadedMigration } from './module-load.js';
import type { ProblemSink } from './problems.js';

export interface RoundTripOptions {
  client: Queryable;
  dir: string;
  /** the schema the set runs in (created when missing) */
  schema: string;
  migrationsTable: string;
  /** every migration of the set, loaded, in run order */
  migrations: readonly LoadedMigration[];
  problems: ProblemSink;
}

export interface RoundTripResult {
  /** whether the round trip went all the way (up, down, up) */
  completed: boolean;
  /** per migration name: the existing tables its `up` rewrote (their relfilenode changed) */
  rewrites: Map<string, Set<string>>;
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The runner as a run calls it (one transaction, no global lock, checkOrder), one migration at a time. */
async function step(options: RoundTripOptions, direction: 'up' | 'down'): Promise<void> {
  const { runner } = await import('node-pg-migrate'); // loaded when needed: start-up cost
  await runner({
    dbClient: options.client as never,
    dir: options.dir,
    schema: options.schema,
    createSchema: true,
    migrationsTable: options.migrationsTable,
    direction,
    count: 1,
    singleTransaction: true,
    noLock: true,
    checkOrder: true,
    migrationLoaderStrategies,
    logger: quiet,
  });
}

async function relfilenodes(client: Queryable, schema: string): Promise<Map<string, string>> {
  const { rows } = await client.query(
    `SELECT c.relname, c.relfilenode::text AS node FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
    [schema],
  );
  return new Map((rows as Array<{ relname: string; node: string }>).map((r) => [r.relname, r.node]));
}

/** The runner cannot revert it: `down = false`, an SQL file without a down section, an up it cannot reverse. */
function irreversible(m: LoadedMigration): boolean {
  return m.downKind === 'none';
}

function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? '';
}

/**
 * Up one migration at a time to the end, down to zero (or to just after the last migration that
 * declares itself irreversible), and up again, on a real PostgreSQL (PGlite or a throwaway
 * database). Proves each down reverses its up: the schema after going down must equal the schema
 * the first pass had at that point, and the second up must rebuild exactly the first one. Also
 * records which existing tables each up rewrote, which is how TNT005 tells a rewriting type
 * change from a cheap one (varchar(50) → varchar(100) keeps the table's file).
 */
export async function roundTrip(options: RoundTripOptions): Promise<RoundTripResult> {
  const { client, schema, migrations, problems } = options;
  const rewrites = new Map<string, Set<string>>();
  const n = migrations.length;
  const floor = migrations.reduce((f, m, i) => (irreversible(m) ? i + 1 : f), 0);
  const print = () => fingerprintSchema(client, schema, { migrationsTable: options.migrationsTable });
  let atFloor: SchemaFingerprint | undefined = floor === 0 ? await print() : undefined;

  for (let i = 0; i < n; i++) {
    const m = migrations[i]!;
    const before = await relfilenodes(client, schema);
    try {
      await step(options, 'up');
    } catch (error) {
      problems.error('TNT201', `${m.file.file}: up fails: ${firstLine(error)}`, m.file.file);
      return { completed: false, rewrites };
    }
    const after = await relfilenodes(client, schema);
    const rewritten = new Set(
      [...before].filter(([table, node]) => after.has(table) && after.get(table) !== node).map(([table]) => table),
    );
    rewrites.set(m.file.name, rewritten);
    if (i + 1 === floor) atFloor = await print();
  }
  const top = await print();

  for (let i = n - 1; i >= floor; i--) {
    const m = migrations[i]!;
    try {
      await step(options, 'down');
    } catch (error) {
      problems.error('TNT202', `${m.file.file}: down fails after up: ${firstLine(error)}`, m.file.file);
      return { completed: false, rewrites };
    }
  }
  const where = floor === 0 ? 'zero' : migrations[floor - 1]!.file.name;
  if (floor > 0) {
    problems.info(
      'TNT205',
      `round trip went down to ${where} only: ${migrations[floor - 1]!.file.file} declares itself irreversible`,
      migrations[floor - 1]!.file.file,
    );
  }
  const left = diffFingerprints(atFloor!, await print());
  if (left.length > 0) {
    const blamed = migrations[floor]?.file.file;
    problems.error(
      'TNT203',
      `going down to ${where} does not restore the schema it had there: ${left.map(describeDifference).join('; ')}`,
      blamed,
    );
  }

  for (let i = floor; i < n; i++) {
    const m = migrations[i]!;
    try {
      await step(options, 'up');
    } catch (error) {
      problems.error(
        'TNT201',
        `${m.file.file}: up fails the second time, after down: ${firstLine(error)}`,
        m.file.file,
      );
      return { completed: false, rewrites };
    }
  }
  const again = diffFingerprints(top, await print());
  if (again.length > 0) {
    problems.error(
      'TNT204',
      `up after down builds a different schema than the first up: ${again.map(describeDifference).join('; ')}`,
    );
  }
  return { completed: left.length === 0 && again.length === 0, rewrites };
}

/**
 * Empties a scratch database between platforms: drops every schema but the system ones and
 * recreates public, so each platform's shared and tenant sets start from a new database.
 */
export async function resetScratch(client: Queryable): Promise<void> {
  const { rows } = await client.query(
    `SELECT nspname FROM pg_catalog.pg_namespace
     WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  for (const { nspname } of rows as Array<{ nspname: string }>) {
    await client.query(`DROP SCHEMA ${escapeIdentifier(nspname)} CASCADE`);
  }
  await client.query('CREATE SCHEMA public');
}
