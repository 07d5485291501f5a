// The read commands at scale on their own: status, versions, consistency (default and --live),
// verify and verify --invariants over a fleet of N tenant schemas, for each N, with each CLI's
// peak RSS and how each command's cost grows from the smallest N to the largest. Not part of
// `npm run bench` (its --scale mode times the same commands on a fleet built by a real rollout,
// which at 50,000 tenants takes hours on a loaded machine).
//
//   npm run build && node --import tsx bench/read-scale.ts --tenants 5000,50000 [--database NAME] [--keep] [--json]
//
// The fleet, the fastest honest way: one platform database whose schemas tenant_t000001… are
// built by a procedure in the server, each with the DDL the five migrations of
// test/fixtures/migrations/accounts leave (checked: `verify` must find every tenant matching its
// reference) and their five rows in pgmigrations. The schemas of the largest N are built once,
// and every N registers the first N of them in name order, so the catalog is the largest fleet's
// at every N: the growth figures are per tenant on the same catalog. The ledger is written by SQL
// as a rollout leaves it: each tenant registered with the version its run recorded
// (tenants.known_version) and one succeeded run. `--database` reuses a database built before
// (with `--keep`), or one whose build was stopped part-way (it is completed when it holds fewer
// schemas than the largest N).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runToEnd } from '../test/helpers/processes.js';
import { CLI } from '../test/helpers/sandbox.js';
import { databaseUrl } from '../test/helpers/services.js';
import { checkpoint, withClient } from './support/db.js';
import { MIGRATIONS_DIR, PLATFORM } from './workload.js';

const LATEST = '1710000000005_account-status';
const NAMES = [
  '1710000000001_create-accounts',
  '1710000000002_add-account-name',
  '1710000000003_unique-account-email',
  '1710000000004_create-sessions',
  LATEST,
];
const PEAK_RSS_PROBE = fileURLToPath(new URL('./support/peak-rss.mjs', import.meta.url));

const COMMANDS: ReadonlyArray<{ args: string[]; target: boolean }> = [
  // the CLI's start-up alone, side by side with the others: on a loaded machine it is much of each figure
  { args: ['--version'], target: false },
  { args: ['status'], target: true },
  { args: ['versions'], target: true },
  { args: ['consistency'], target: true },
  { args: ['verify'], target: true },
  { args: ['verify', '--invariants'], target: true },
  { args: ['status', '--live'], target: false },
  { args: ['versions', '--live'], target: false },
  { args: ['consistency', '--live'], target: false },
];

function usage(message: string): never {
  process.stderr.write(
    `read-scale: ${message}\nusage: node --import tsx bench/read-scale.ts --tenants N[,N...] [--database NAME] [--keep] [--json]\n`,
  );
  process.exit(2);
}

/** The schemas' builder: the five migrations' DDL and history rows, committed every 20 schemas (each holds ~20 relation locks). */
const BUILDER = `
CREATE OR REPLACE PROCEDURE pg_temp.bench_tenants(a int, b int) LANGUAGE plpgsql AS $$
DECLARE s text;
BEGIN
FOR i IN a..b LOOP
  s := format('tenant_t%s', lpad(i::text, 6, '0'));
  CONTINUE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s);
  EXECUTE format($f$
  CREATE SCHEMA %1$I;
  CREATE TABLE %1$I.pgmigrations (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
  CREATE TABLE %1$I.applied_steps (id serial primary key, migration text not null);
  CREATE TABLE %1$I.accounts (id serial primary key, email text not null, created_at timestamptz not null default now(), name text);
  ALTER TABLE %1$I.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
  CREATE TABLE %1$I.sessions (id serial primary key, account_id integer not null references %1$I.accounts ON DELETE CASCADE, expires_at timestamptz not null);
  CREATE INDEX sessions_account_id_index ON %1$I.sessions (account_id);
  CREATE TYPE %1$I.account_status AS ENUM ('active','suspended','closed');
  ALTER TABLE %1$I.accounts ADD COLUMN status %1$I.account_status NOT NULL DEFAULT 'active';
  INSERT INTO %1$I.applied_steps (migration) VALUES ('1'),('2'),('3'),('4'),('5');
  INSERT INTO %1$I.pgmigrations (name, run_on) SELECT n, now() FROM unnest(%2$L::text[]) WITH ORDINALITY AS m(n, o) ORDER BY o;
  $f$, s, ARRAY[${NAMES.map((n) => `'${n}'`).join(', ')}]);
  IF i % 20 = 0 THEN COMMIT; END IF;
END LOOP;
COMMIT;
END $$`;

async function buildSchemas(database: string, n: number, log: (s: string) => void): Promise<void> {
  const have = await withClient(database, async (c) =>
    Number(
      (await c.query<{ n: string }>(`SELECT count(*) AS n FROM pg_namespace WHERE nspname LIKE 'tenant\\_t%'`)).rows[0]!
        .n,
    ),
  );
  if (have >= n) return;
  log(`read-scale: building ${n - have} tenant schemas of tenant_t000001…${n} in ${database} (two sessions; not timed)`);
  const started = performance.now();
  const half = Math.ceil(n / 2);
  await Promise.all(
    [
      [1, half],
      [half + 1, n],
    ]
      .filter(([a, b]) => a! <= b!)
      .map(([a, b]) =>
        withClient(database, async (c) => {
          await c.query(BUILDER);
          await c.query('CALL pg_temp.bench_tenants($1, $2)', [a, b]);
        }),
      ),
  );
  log(`read-scale: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Timing {
  command: string;
  ms: number;
  rssMb: number;
  target: boolean;
  /** the last lines of its output (what it said it showed) */
  said: string;
}

async function timeCommand(configFile: string, args: readonly string[], dir: string): Promise<Omit<Timing, 'target'>> {
  const file = path.join(dir, 'rss');
  await checkpoint();
  const started = performance.now();
  const result = await runToEnd(process.execPath, [CLI, ...args], {
    env: {
      ...process.env,
      TENANTRY_CONFIG: configFile,
      TENANTRY_LOG_LEVEL: 'warn',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${PEAK_RSS_PROBE}`.trim(),
      BENCH_PEAK_RSS_FILE: file,
    },
  });
  const ms = performance.now() - started;
  if (result.code !== 0) throw new Error(`tenantry ${args.join(' ')} exited ${result.code}: ${result.stderr.trim().slice(-2000)}`);
  const lines = result.stdout.trim().split('\n');
  return {
    command: args.join(' '),
    ms,
    rssMb: Number(readFileSync(file, 'utf8')) / 1024,
    said: lines.slice(-2).join(' / ').slice(0, 400),
  };
}

async function measure(database: string, n: number, log: (s: string) => void): Promise<Timing[]> {
  const control = `${database}_ctl${n}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-read-scale-'));
  const configFile = path.join(dir, 'tenantry.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      control: { databaseUrl: databaseUrl(control) },
      platforms: { [PLATFORM]: { databaseUrl: databaseUrl(database), migrations: { tenant: MIGRATIONS_DIR } } },
      redis: { url: process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: `tenantry-read-scale-${process.pid}` },
    }),
  );
  await withClient('postgres', async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${control}`);
    await c.query(`CREATE DATABASE ${control}`);
  });
  try {
    const run = async (args: string[]) => {
      const result = await runToEnd(process.execPath, [CLI, ...args], {
        env: { ...process.env, TENANTRY_CONFIG: configFile, TENANTRY_LOG_LEVEL: 'warn' },
      });
      if (result.code !== 0) throw new Error(`tenantry ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
    };
    await run(['init']);
    // the first n schemas of the database, in order (a database built in parts may have gaps)
    const ids = await withClient(database, async (c) =>
      (
        await c.query<{ id: string }>(
          `SELECT substr(nspname, 8) AS id FROM pg_namespace WHERE nspname LIKE 'tenant\\_t%' ORDER BY nspname LIMIT $1`,
          [n],
        )
      ).rows.map((r) => r.id),
    );
    if (ids.length < n) throw new Error(`read-scale: ${database} has ${ids.length} tenant schemas, not ${n}`);
    // the first tenant the ordinary way (its schema exists: adopted), the rest as its row says
    await run(['tenants', 'adopt', PLATFORM, ids[0]!]);
    const started = performance.now();
    await withClient(control, async (c) => {
      await c.query(
        `INSERT INTO tenantry.tenants (platform, tenant, server, database, schema, server_id, labels, known_version)
         SELECT $1, id, a.server, a.database, 'tenant_' || id, a.server_id, '{}'::jsonb, $2
           FROM unnest($3::text[]) AS i(id)
           CROSS JOIN (SELECT server, database, server_id FROM tenantry.tenants LIMIT 1) a`,
        [PLATFORM, LATEST, ids.slice(1)],
      );
      await c.query(`UPDATE tenantry.tenants SET known_version = $1`, [LATEST]);
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO tenantry.rollouts (kind, target, status, created_at, finished_at)
         VALUES ('migrate', $1, 'succeeded', now() - interval '1 hour', now() - interval '30 minutes') RETURNING id`,
        [LATEST],
      );
      await c.query(
        `INSERT INTO tenantry.runs (rollout_id, platform, tenant, direction, target, status, attempt, from_version, to_version, noop, queued_at, started_at, finished_at)
         SELECT $1, platform, tenant, 'up', $2, 'succeeded', 1, '0', $2, false, now() - interval '1 hour', s, s + interval '50 milliseconds'
           FROM tenantry.tenants CROSS JOIN LATERAL (SELECT now() - interval '1 hour' + random() * interval '30 minutes' AS s) t`,
        [rows[0]!.id, LATEST],
      );
      await c.query('ANALYZE tenantry.tenants; ANALYZE tenantry.runs');
    });
    log(`read-scale ×${n}: ${n} tenants and runs written into the ledger in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed)`);
    const timings: Timing[] = [];
    for (const { args, target } of COMMANDS) {
      const t = await timeCommand(configFile, args, dir);
      log(`read-scale ×${n}: ${t.command}: ${(t.ms / 1000).toFixed(2)} s, peak RSS ${t.rssMb.toFixed(0)} MB — ${t.said}`);
      timings.push({ ...t, target });
    }
    return timings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${control} WITH (FORCE)`)).catch(() => {});
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        tenants: { type: 'string', default: '5000,50000' },
        database: { type: 'string' },
        keep: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  const sizes = values.tenants.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2 || n > 999_999)) usage('--tenants must be integers from 2 to 999999');
  if (values.database !== undefined && !/^[a-z_][a-z0-9_]*$/.test(values.database)) usage('--database must be a plain database name');
  const database = values.database ?? `bench_read_scale_${process.pid}`;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const created = await withClient('postgres', async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await c.query(`CREATE DATABASE ${database}`);
    return true;
  });
  const results = new Map<number, Timing[]>();
  try {
    await buildSchemas(database, Math.max(...sizes), log);
    for (const n of sizes) results.set(n, await measure(database, n, log));
  } finally {
    if (created && !values.keep)
      await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch(() => {});
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results), null, 2)}\n`);
    return;
  }
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const rows = COMMANDS.map(({ args, target }) => {
    const command = args.join(' ');
    const at = (n: number) => results.get(n)!.find((t) => t.command === command)!;
    const growth = at(large).ms / large / (at(small).ms / small);
    return `${command.padEnd(22)} ${sizes.map((n) => `${(at(n).ms / 1000).toFixed(2).padStart(8)} s ${at(n).rssMb.toFixed(0).padStart(4)} MB`).join('  ')}   ${growth.toFixed(2)}× per tenant${target ? `   ${at(large).ms < 5000 ? 'PASS' : 'MISS'} (< 5 s)` : ''}`;
  });
  process.stdout.write(`${'command'.padEnd(22)} ${sizes.map((n) => `×${n}`.padStart(17)).join('  ')}   growth ×${large} ÷ ×${small}\n${rows.join('\n')}\n`);
}

await main();
