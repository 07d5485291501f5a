import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { databaseUrl } from '../helpers/services.js';

const run = promisify(execFile);
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * node-pg-migrate's own runner, as a user calls it: its default options, pointed at one schema
 * (created when missing) of one database.
 */
export async function runnerMove(
  database: string,
  schema: string,
  dir: string,
  direction: 'up' | 'down',
  count = Number.POSITIVE_INFINITY,
): Promise<void> {
  await runner({
    databaseUrl: databaseUrl(database),
    dir,
    schema,
    createSchema: true,
    migrationsTable: 'pgmigrations',
    direction,
    count,
    logger: quiet,
  });
}

/** The history a tenant's table records, in the order both read it (run_on, id). */
export async function history(database: string, schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM ${pg.escapeIdentifier(schema)}.pgmigrations ORDER BY run_on, id`,
    );
    return rows.map((r) => r.name);
  } catch (error) {
    if ((error as { code?: string }).code === '42P01' || (error as { code?: string }).code === '3F000') return [];
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * pg_dump of the given schemas of one database (structure and data; the history table's rows
 * and sequence are compared by name instead: their timestamps and ids differ by nature), cut
 * into one sorted list of blocks per schema, each schema's name replaced by SCHEMA. Two schemas
 * built alike give equal lists.
 */
export async function dumpSchemas(database: string, schemas: readonly string[]): Promise<Map<string, string[]>> {
  const args = [
    '--no-owner',
    '--exclude-table-data=*.pgmigrations',
    '--exclude-table-data=*.pgmigrations_id_seq',
    '-d',
    databaseUrl(database),
  ];
  for (const s of schemas) args.push('-n', s);
  const { stdout } = await run('pg_dump', args, { maxBuffer: 64 * 1024 * 1024 });
  const blocks = new Map<string, string[]>(schemas.map((s) => [s, []]));
  for (const block of stdout.split(/\n(?=--\n-- (?:Data for )?Name: )/)) {
    const header = /^--\n-- (?:Data for )?Name: (.*?); Type: (.*?); Schema: (.*?);/.exec(block);
    if (!header) continue;
    const owner = schemas.includes(header[3]!) ? header[3]! : schemas.find((s) => block.includes(s));
    if (!owner) continue;
    // session settings and the dump's trailer fall between blocks: not part of any object
    const body = block
      .split(/\n--\n-- PostgreSQL database dump complete/)[0]!
      .split('\n')
      .filter((line) => !/^(SET |SELECT pg_catalog\.set_config\('search_path'|\\(un)?restrict )/.test(line))
      .join('\n')
      .replaceAll(owner, 'SCHEMA')
      .trim();
    blocks.get(owner)!.push(body);
  }
  for (const list of blocks.values()) list.sort();
  return blocks;
}

/** The first block that differs, for a readable failure. */
export function firstDifference(a: readonly string[], b: readonly string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `--- reference:\n${a[i] ?? '(none)'}\n--- tenant:\n${b[i] ?? '(none)'}`;
  }
  return '(none)';
}
