import { expect } from 'chai';
import pg from 'pg';
import { type Sandbox } from '../helpers/sandbox.js';
import { CANARY_TABLE } from './inputs.js';
import { runCli } from '../../apps/cli/dist/program.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tenantry` in this process (the function the bin calls) with stdout and stderr captured:
 * the generated set goes through the real parser and validators without 1,000 process starts.
 */
export async function cliInProcess(configFile: string, args: readonly string[]): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += chunk.toString()),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += chunk.toString()),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await runCli(['node', 'tenantry', '--config', configFile, ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** What a refusal must look like: exit 2, one line (commander may add a usage hint), no stack. */
export function expectTypedRefusal(result: { code: number; stdout: string; stderr: string }, what: string): void {
  const where = `${what}\n${result.stderr}`;
  expect(result.code, where).to.equal(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines.length, where).to.be.at.most(2);
  expect(lines[0], where).to.match(/^tenantry: \S/);
  expect(result.stderr, where).to.not.match(/^\s+at /m);
  expect(result.stderr, where).to.not.match(
    /unexpected error|syntax error|unterminated|TypeError|RangeError|ReferenceError/,
  );
}

/** Exit 0 (a harmless valid value) or a typed refusal; never 1, never a stack trace. */
export function expectHandled(result: { code: number; stdout: string; stderr: string }, what: string): void {
  if (result.code === 0) {
    expect(result.stderr, what).to.not.match(/^\s+at /m);
    return;
  }
  expectTypedRefusal(result, what);
}

/** Creates the canary table (one row) in the public schema and in every tenant schema of a database. */
export async function plantCanaries(
  sandbox: Sandbox,
  database: string,
  schemas: readonly string[] = ['public'],
): Promise<void> {
  for (const schema of schemas) {
    const table = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(CANARY_TABLE)}`;
    await sandbox.query(database, `CREATE TABLE IF NOT EXISTS ${table} (id int); INSERT INTO ${table} VALUES (1)`);
  }
}

/**
 * Everything hostile input could have changed, as text: every schema and table, the canary rows,
 * the ledger's tenants, rollouts, runs and backups, and each tenant's applied migrations. Worker
 * heartbeats are left out (a live worker writes them).
 */
export async function snapshot(sandbox: Sandbox): Promise<string> {
  const parts: string[] = [];
  for (const database of [sandbox.controlDb, ...Object.values(sandbox.platformDbs)]) {
    const tables = await sandbox.query<{ schemaname: string; tablename: string }>(
      database,
      `SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    );
    const schemas = await sandbox.query<{ nspname: string }>(
      database,
      `SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY 1`,
    );
    parts.push(
      `${database}: schemas ${schemas.map((s) => s.nspname).join(',')}`,
      `${database}: tables ${tables.map((t) => `${t.schemaname}.${t.tablename}`).join(',')}`,
    );
    for (const { schemaname, tablename } of tables) {
      if (tablename !== CANARY_TABLE && tablename !== 'pgmigrations') continue;
      const rows = await sandbox.query(
        database,
        `SELECT * FROM ${pg.escapeIdentifier(schemaname)}.${pg.escapeIdentifier(tablename)} ORDER BY 1`,
      );
      parts.push(
        `${database}: ${schemaname}.${tablename} ${JSON.stringify(rows.map((r) => ({ ...r, run_on: undefined })))}`,
      );
    }
  }
  for (const table of ['tenants', 'rollouts', 'runs', 'backups']) {
    const rows = await sandbox.ledger(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM tenantry.${table} t`,
    );
    parts.push(`ledger ${table}: ${JSON.stringify(rows[0])}`);
  }
  return parts.join('\n');
}

/** Catches unhandled rejections and uncaught exceptions while a block runs in this process. */
export async function noUnhandled<T>(body: () => Promise<T>): Promise<T> {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    const value = await body();
    await new Promise((r) => setImmediate(r));
    expect(seen.map(String), 'unhandled rejections').to.deep.equal([]);
    return value;
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}
