#!/usr/bin/env node
// Tenantry benchmark: brings N empty tenant schemas to the latest of a five-migration set in
// several ways, in one run, on the same machine, and compares them. See bench/README.md.
//
//   node bench/run.js [--tenants N] [--workers W|W1,W2,...] [--concurrency C] [--alt-concurrency C2]
//                     [--backup none|pg_dump] [--pg-bin-dir DIR] [--enqueue N] [--enqueue-repeat R] [--reconcile N]
//                     [--scale] [--unstaged] [--pairs P] [--only a,b] [--json] [--cpu-prof DIR]
//
//   --pairs 3          plain SQL and Tenantry timed 3 times each, in turns; the Tenantry ÷ plain
//                      check takes the median of the 3 side-by-side ratios (a shared machine's
//                      noise moves single runs by ±40%)
//
//   --backup pg_dump   the same Tenantry rollout with and without pg_dump backups, side by side
//   --workers 1,2,4    Tenantry throughput per worker count, plus the enqueue, ledger and
//                      reconciler figures at 10,000 tenants
//
// Every database, Redis key, temp dir and process it creates is removed at the end, also on
// failure and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Redis } from 'ioredis';
import { runner } from 'node-pg-migrate';
import { benchRelease } from './release.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'apps/cli/bin/tenantry.js');
const MIGRATIONS_DIR = path.join(ROOT, 'test/fixtures/migrations/accounts');
const PG_BASE = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PLATFORM = 'accounts';
const CONTROL_SCHEMA = 'tenantry'; // the config's default control.schema
const RUN_QUEUE_KEY = 'tenantry-runs'; // BullMQ's queue name: job hashes are <prefix>:tenantry-runs:<job id>

// ---------------------------------------------------------------------------------------------
// arguments

const { values: args } = parseArgs({
  options: {
    tenants: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '1' },
    'alt-concurrency': { type: 'string', default: '4' },
    enqueue: { type: 'string', default: '10000' },
    'enqueue-repeat': { type: 'string', default: '3' },
    backup: { type: 'string', default: 'none' },
    'pg-bin-dir': { type: 'string' },
    reconcile: { type: 'string', default: '10000' },
    'release-tenants': { type: 'string', default: '200' },
    scale: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '1' },
    unstaged: { type: 'boolean', default: false },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (args.help) {
  // the comment block at the top of this file is the help text
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
  process.stdout.write(`${header.map((l) => l.replace(/^\/\/ ?/, '')).join('\n')}\n`);
  process.exit(0);
}
function positiveInt(name, value, min = 1) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench: --${name} must be an integer >= ${min}\n`);
    process.exit(2);
  }
  return n;
}
const N = positiveInt('tenants', args.tenants);
// one worker count (every mode uses it), or a list: the `workers` mode times one rollout per count
const WORKER_COUNTS = [...new Set(args.workers.split(',').map((w) => positiveInt('workers', w.trim())))];
const W = WORKER_COUNTS[0];
const WORKER_SCALING = WORKER_COUNTS.length > 1;
const C = positiveInt('concurrency', args.concurrency);
const C_ALT = positiveInt('alt-concurrency', args['alt-concurrency'], 0); // 0 skips
const ENQUEUE_N = positiveInt('enqueue', args.enqueue, 0); // 0 skips
const ENQUEUE_REPEAT = positiveInt('enqueue-repeat', args['enqueue-repeat']);
const RECONCILE_N = positiveInt('reconcile', args.reconcile, 0); // 0 skips
const PAIRS = positiveInt('pairs', args.pairs);
const RELEASE_N = positiveInt('release-tenants', args['release-tenants']); // tenants per platform of the release modes
if (!['none', 'pg_dump'].includes(args.backup)) {
  process.stderr.write('bench: --backup must be none or pg_dump\n');
  process.exit(2);
}
const BACKUP = args.backup === 'pg_dump';
// backup.binDir for the pg_dump rollout (default: pg_dump from PATH)
const PG_BIN_DIR = args['pg-bin-dir'] ? path.resolve(args['pg-bin-dir']) : undefined;
// --backup and a --workers list each ask a question of their own: by default they run only the
// modes that answer it (both, when both are given); --only still picks any modes
const DEFAULT_MODES =
  BACKUP || WORKER_SCALING
    ? [...(BACKUP ? ['tenantry', 'backup', 'release', 'release-backup'] : []), ...(WORKER_SCALING ? ['workers', 'enqueue', 'reconcile'] : [])]
    : ['plain', 'runner', 'tenantry', 'tenantry-alt', 'enqueue', 'reconcile', 'scale'];
const MODES = new Set((args.only ?? DEFAULT_MODES.join(',')).split(',').map((s) => s.trim()));
const JSON_ONLY = args.json;
// `tenantry migrate` stages a rollout by default (a canary, then waves); these flags release
// every tenant at once. Always used by the enqueue test (all 10,000 jobs are added up front),
// and by the timed rollouts with --unstaged.
const UNSTAGED_FLAGS = ['--canary', '0', '--wave-size', '100%'];
const CPU_PROF_DIR = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;

const RUN = randomBytes(3).toString('hex'); // one id per bench run: every name it creates contains it

function log(message) {
  if (!JSON_ONLY) process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// what we create, so that cleanup can remove exactly that (and nothing else)

const created = { databases: new Set(), prefixes: new Set(), dirs: new Set(), children: new Set() };
let cleaning; // the cleanup promise, once started

const dbUrl = (name) => `${PG_BASE}/${name}`;

/** After a signal, cleanup is running: nothing new may be created behind its back. */
function assertNotStopping() {
  if (cleaning) throw new Error('stopping: cleanup is in progress');
}

async function withClient(database, fn) {
  const client = new pg.Client({ connectionString: dbUrl(database) });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabase(name) {
  assertNotStopping();
  created.databases.add(name);
  await withClient('postgres', (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
}

async function dropDatabase(name) {
  await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
  created.databases.delete(name);
}

/** Deletes every key under `prefix:` with SCAN + UNLINK (never KEYS, never FLUSH). */
async function deleteRedisPrefix(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    let cursor = '0';
    let removed = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) removed += await redis.unlink(...keys);
    } while (cursor !== '0');
    created.prefixes.delete(prefix);
    return removed;
  } finally {
    redis.disconnect();
  }
}

async function stopChild(child, timeoutMs = 20_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Idempotent; runs on success, failure and signals. Every step is best effort. */
function cleanup() {
  cleaning ??= (async () => {
    await Promise.all([...created.children].map((c) => stopChild(c, 5_000).catch(() => {})));
    for (const name of [...created.databases]) {
      await dropDatabase(name).catch((e) => process.stderr.write(`bench: could not drop database ${name}: ${e.message}\n`));
    }
    for (const prefix of [...created.prefixes]) {
      await deleteRedisPrefix(prefix).catch((e) => process.stderr.write(`bench: could not delete Redis keys ${prefix}:*: ${e.message}\n`));
    }
    for (const dir of created.dirs) rmSync(dir, { recursive: true, force: true });
    created.dirs.clear();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}: cleaning up...\n`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// the migration set, written by hand as plain SQL (mode 2). Keep in step with the files in
// test/fixtures/migrations/accounts: `checkPlainSqlMatchesFiles` fails the bench if the file
// names drift, and `fingerprint` compares the resulting schemas across modes.

const PLAIN_STEPS = [
  {
    name: '1710000000001_create-accounts',
    sql: `CREATE TABLE applied_steps (id serial PRIMARY KEY, migration text NOT NULL);
CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, created_at timestamptz DEFAULT now() NOT NULL);
INSERT INTO applied_steps (migration) VALUES ('1710000000001');`,
  },
  {
    name: '1710000000002_add-account-name',
    sql: `ALTER TABLE accounts ADD name text;
INSERT INTO applied_steps (migration) VALUES ('1710000000002');`,
  },
  {
    name: '1710000000003_unique-account-email',
    sql: `ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
INSERT INTO applied_steps (migration) VALUES ('1710000000003');`,
  },
  {
    name: '1710000000004_create-sessions',
    sql: `CREATE TABLE sessions (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE, expires_at timestamptz NOT NULL);
CREATE INDEX sessions_account_id_index ON sessions (account_id);
SELECT pg_sleep(coalesce((SELECT 0.05 * count(*) FROM accounts WHERE email LIKE 'slow%'), 0));
INSERT INTO applied_steps (migration) VALUES ('1710000000004');`,
  },
  {
    name: '1710000000005_account-status',
    sql: `CREATE TYPE account_status AS ENUM ('active', 'suspended', 'closed');
ALTER TABLE accounts ADD status account_status DEFAULT 'active' NOT NULL;
INSERT INTO applied_steps (migration) VALUES ('1710000000005');`,
  },
];

function checkPlainSqlMatchesFiles() {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).sort();
  const mine = PLAIN_STEPS.map((s) => s.name);
  if (JSON.stringify(files) !== JSON.stringify(mine)) {
    throw new Error(`bench/run.js PLAIN_STEPS (${mine.join(', ')}) no longer match ${MIGRATIONS_DIR} (${files.join(', ')})`);
  }
}

/** One tenant, one transaction, one round trip: what a hand-written SQL script would send. */
function plainTenantSql(schema) {
  const s = pg.escapeIdentifier(schema);
  const steps = PLAIN_STEPS.map(
    (step) => `${step.sql}\nINSERT INTO ${s}."pgmigrations" (name, run_on) VALUES (${pg.escapeLiteral(step.name)}, NOW());`,
  );
  return [
    'BEGIN;',
    `CREATE SCHEMA IF NOT EXISTS ${s};`,
    `SET LOCAL search_path TO ${s};`, // like node-pg-migrate's search_path, without leaking past COMMIT
    `CREATE TABLE ${s}."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);`,
    ...steps,
    'COMMIT;',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// helpers shared by the modes

const tenantIds = (n) => Array.from({ length: n }, (_, i) => `t${String(i + 1).padStart(5, '0')}`);
const schemaOf = (tenant) => `tenant_${tenant}`;

function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * A fresh control + platform database, a config file and a Redis prefix, all named after RUN.
 * With `backup`, the config's backup.strategy is pg_dump (dumps go to the sandbox's temp dir).
 */
function newSandbox(label, { backup = false } = {}) {
  assertNotStopping();
  const id = `bench_${RUN}_${label}`;
  const sb = {
    label,
    prefix: `bench-${RUN}-${label}`,
    controlDb: `${id}_control`,
    platformDb: `${id}_${PLATFORM}`,
    dir: mkdtempSync(path.join(tmpdir(), 'tenantry-bench-')),
  };
  sb.configFile = path.join(sb.dir, 'tenantry.config.json');
  created.dirs.add(sb.dir);
  created.prefixes.add(sb.prefix);
  // registered before `tenantry init` creates them, so a failed init is still cleaned up
  created.databases.add(sb.controlDb);
  created.databases.add(sb.platformDb);
  writeFileSync(
    sb.configFile,
    JSON.stringify(
      {
        redis: { url: REDIS_URL, prefix: sb.prefix },
        control: { databaseUrl: dbUrl(sb.controlDb) },
        platforms: { [PLATFORM]: { databaseUrl: dbUrl(sb.platformDb), migrations: { tenant: MIGRATIONS_DIR } } },
        worker: { heartbeatMs: 1000 },
        ...(backup ? { backup: { strategy: 'pg_dump', dir: './backups', ...(PG_BIN_DIR ? { binDir: PG_BIN_DIR } : {}) } } : {}),
      },
      null,
      2,
    ),
  );
  return sb;
}

async function destroySandbox(sb) {
  await dropDatabase(sb.controlDb).catch(() => {});
  await dropDatabase(sb.platformDb).catch(() => {});
  await deleteRedisPrefix(sb.prefix).catch(() => {});
  rmSync(sb.dir, { recursive: true, force: true });
  created.dirs.delete(sb.dir);
}

/** Runs `node <args>`; `ms` is spawn → process exit (what a person or a script waits for). */
function runNode(nodeArgs, env = {}) {
  assertNotStopping();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let exitedAt = started;
    const child = spawn(process.execPath, nodeArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    created.children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', () => (exitedAt = performance.now()));
    child.on('close', (code, signal) => {
      created.children.delete(child);
      // epoch times too, to place the process on the same clock as the ledger's timestamps
      resolve({ code, signal, stdout, stderr, ms: exitedAt - started, spawnedAt: performance.timeOrigin + started, exitedAt: performance.timeOrigin + exitedAt });
    });
  });
}

async function cli(sb, cliArgs, { check = true } = {}) {
  const result = await runNode([CLI, ...cliArgs], { TENANTRY_CONFIG: sb.configFile, TENANTRY_LOG_LEVEL: 'warn' });
  if (check && result.code !== 0) {
    throw new Error(`tenantry ${cliArgs.slice(0, 3).join(' ')} … exited ${result.code ?? result.signal}: ${result.stderr.trim().slice(-2000)}`);
  }
  return result;
}

/** A real worker process; resolves `started` on its "worker started" log line. */
function startWorker(sb, concurrency) {
  assertNotStopping();
  const nodeFlags = CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR] : [];
  const child = spawn(process.execPath, [...nodeFlags, CLI, 'worker', '--concurrency', String(concurrency)], {
    env: { ...process.env, TENANTRY_CONFIG: sb.configFile, TENANTRY_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  created.children.add(child);
  child.on('exit', () => created.children.delete(child));
  const worker = { child, pid: child.pid, succeeded: 0, failed: 0, warnings: [], idleRssKb: 0, maxRssKb: 0, stderr: '' };
  let buffer = '';
  worker.started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${child.pid} did not log "worker started" within 30 s: ${worker.stderr.slice(-500)}`)), 30_000);
    child.stdout.on('data', (data) => {
      buffer += data;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (entry.msg === 'worker started') {
          clearTimeout(timer);
          resolve();
        } else if (entry.msg === 'run succeeded') worker.succeeded += 1;
        else if (typeof entry.msg === 'string' && entry.msg.startsWith('run failed')) worker.failed += 1;
        if (entry.level >= 40 && worker.warnings.length < 5) worker.warnings.push(entry.msg);
      }
    });
    child.stderr.on('data', (d) => (worker.stderr += d));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker ${child.pid} exited (${code ?? signal}) before it started: ${worker.stderr.slice(-500)}`));
    });
  });
  worker.started.catch(() => {}); // observed by the caller; never an unhandled rejection
  return worker;
}

function readRssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process is gone
  }
}

/** /proc/<pid>/stat → { comm, ppid, cpu: own user+system seconds, children: reaped children's seconds }. */
function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' '); // f[0] is field 3 (state)
    // fields 14-17: utime, stime, cutime, cstime, in clock ticks (USER_HZ = 100 on Linux)
    return {
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(f[1]),
      cpu: (Number(f[11]) + Number(f[12])) / 100,
      children: (Number(f[13]) + Number(f[14])) / 100,
    };
  } catch {
    return undefined; // gone
  }
}

/** Samples each worker's RSS (and CPU time) every 200 ms; returns a stop function. */
function sampleRss(workers) {
  for (const w of workers) w.cpuAtStart = readStat(w.pid)?.cpu ?? 0;
  const sample = () => {
    for (const w of workers) {
      w.maxRssKb = Math.max(w.maxRssKb, readRssKb(w.pid));
      const cpu = readStat(w.pid)?.cpu;
      if (cpu !== undefined) w.cpuSeconds = cpu - w.cpuAtStart; // keeps the last value once it exits
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    sample();
    clearInterval(timer);
  };
}

function snapshotCpu() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat) processes.set(Number(entry), stat);
  }
  return { idle: ticks[3] + ticks[4], total: ticks.reduce((a, b) => a + b, 0), processes };
}

/**
 * PostgreSQL processes whose CPU is ours: backends on this run's databases, the server's own
 * background processes (no database) and the postmaster. Another session's backends are not.
 */
async function ourPostgresPids(processes) {
  const { rows } = await withClient('postgres', (c) =>
    c.query(`SELECT pid FROM pg_stat_activity WHERE datname IS NULL OR datname LIKE $1`, [`bench\\_${RUN}\\_%`]),
  );
  const pids = new Set(rows.map((r) => r.pid));
  for (const [pid, stat] of processes) {
    if (stat.comm === 'postgres' && processes.get(stat.ppid)?.comm !== 'postgres') pids.add(pid); // the postmaster
  }
  return pids;
}

/**
 * Where the machine's CPU went during a timed phase: call to start, await the result to stop.
 * Groups: postgres (ours, see above), redis, the worker processes, tools (programs the workers ran
 * and reaped: pg_dump), the CLI (this bench's children
 * that exited during the phase), this bench process, and `other`: the rest of the machine's busy
 * time (the kernel, and anything else running on the machine: a large value means interference).
 */
function cpuMeter(workerPids = []) {
  const start = snapshotCpu();
  return async () => {
    const end = snapshotCpu();
    const ours = await ourPostgresPids(end.processes);
    const groups = { postgres: 0, redis: 0, workers: 0, tools: 0, cli: 0, bench: 0, other: 0 };
    for (const [pid, now] of end.processes) {
      const used = now.cpu - (start.processes.get(pid)?.cpu ?? 0); // new processes: all of it
      if (now.comm === 'postgres') groups.postgres += ours.has(pid) ? used : 0;
      else if (now.comm === 'redis-server') groups.redis += used;
      else if (workerPids.includes(pid)) {
        groups.workers += used;
        // the programs the workers ran and reaped (pg_dump)
        groups.tools += now.children - (start.processes.get(pid)?.children ?? 0);
      }
      else if (pid === process.pid) {
        groups.bench += used;
        groups.cli += now.children - start.processes.get(pid).children;
      }
    }
    const busySeconds = (end.total - end.idle - (start.total - start.idle)) / 100;
    groups.other = Math.max(0, busySeconds - Object.values(groups).reduce((a, b) => a + b, 0));
    const total = end.total - start.total;
    return { busy: total > 0 ? 1 - (end.idle - start.idle) / total : undefined, seconds: groups };
  };
}

/** A CHECKPOINT before each timed phase, so one mode does not pay for the previous mode's WAL. */
async function checkpoint() {
  await withClient('postgres', (c) => c.query('CHECKPOINT'));
}

/** Every tenant schema really is at the latest migration: N migrations tables, 5 rows each. */
async function verifyTenants(database, tenants) {
  const schemas = tenants.map(schemaOf);
  await withClient(database, async (c) => {
    let rows = 0;
    let steps = 0;
    for (const part of chunks(schemas, 500)) {
      const sql = part
        .map((s) => `SELECT (SELECT count(*) FROM ${pg.escapeIdentifier(s)}.pgmigrations) AS m, (SELECT count(*) FROM ${pg.escapeIdentifier(s)}.applied_steps) AS a`)
        .join(' UNION ALL ');
      const { rows: counts } = await c.query(`SELECT sum(m)::int AS m, sum(a)::int AS a FROM (${sql}) x`);
      rows += counts[0].m;
      steps += counts[0].a;
    }
    const expected = tenants.length * PLAIN_STEPS.length;
    if (rows !== expected || steps !== expected) {
      throw new Error(`${database}: expected ${expected} migration rows and applied steps, found ${rows} and ${steps}`);
    }
  });
}

/**
 * What one tenant schema looks like in the catalog: tables, columns, defaults, constraints,
 * indexes, enum labels and recorded migrations. Equal fingerprints = equivalent DDL.
 */
async function fingerprint(database, schema) {
  return withClient(database, async (c) => {
    const q = async (sql) => (await c.query(sql, [schema])).rows;
    return JSON.stringify({
      columns: await q(`SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS def
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY 1, a.attnum`),
      relations: await q(`SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 ORDER BY 1`),
      constraints: await q(`SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = $1::regnamespace ORDER BY 1`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY 1`),
      enums: await q(`SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = $1::regnamespace ORDER BY 1, e.enumsortorder`),
      migrations: (await c.query(`SELECT name FROM ${pg.escapeIdentifier(schema)}.pgmigrations ORDER BY id`)).rows.map((r) => r.name),
      steps: (await c.query(`SELECT migration FROM ${pg.escapeIdentifier(schema)}.applied_steps ORDER BY id`)).rows.map((r) => r.migration),
    });
  });
}

/**
 * The final event of `tenantry --json migrate --wait`. Progress events are one JSON object per
 * line, but the final one is pretty-printed over several lines: parse from its opening `{`.
 */
function finishedEvent(stdout) {
  const lines = stdout.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith('{')) {
      try {
        const event = JSON.parse(lines.slice(i).join('\n'));
        if (event.event === 'finished') return event;
      } catch {
        // not the start of the final object; keep looking
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// what the ledger costs: PostgreSQL's own counters and sizes, and the queue's job timestamps

/**
 * pg_stat_database counters of these databases: transactions, rows written, and `active_time`
 * (ms spent executing statements). A backend reports them when it goes idle (at most once a
 * second) and when it exits: read them once the processes of a phase have exited. A fresh
 * connection each time, since a session caches the statistics it has read.
 */
async function databaseStats(names) {
  const { rows } = await withClient('postgres', (c) =>
    c.query(
      `SELECT datname, xact_commit + xact_rollback AS xacts, tup_inserted + tup_updated + tup_deleted AS written, active_time
       FROM pg_stat_database WHERE datname = ANY($1)`,
      [names],
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.datname, { xacts: Number(r.xacts), written: Number(r.written), activeMs: Number(r.active_time) }]));
}

/** Per tenant: what happened in `database` between two `databaseStats` snapshots. */
function statsPerTenant(before, after, database, tenants) {
  const b = before[database] ?? { xacts: 0, written: 0, activeMs: 0 };
  const a = after[database] ?? b;
  return { xacts: (a.xacts - b.xacts) / tenants, rowsWritten: (a.written - b.written) / tenants, activeMs: (a.activeMs - b.activeMs) / tenants };
}

/** Rows and bytes (heap + indexes + TOAST, dead rows included) of each ledger table. */
async function ledgerSize(database) {
  return withClient(database, async (c) => {
    const { rows } = await c.query(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> 'pgmigrations' ORDER BY 1`,
      [CONTROL_SCHEMA],
    );
    const tables = {};
    for (const { name, bytes } of rows) {
      const counted = await c.query(`SELECT count(*)::int AS n FROM ${pg.escapeIdentifier(CONTROL_SCHEMA)}.${pg.escapeIdentifier(name)}`);
      tables[name] = { rows: counted.rows[0].n, bytes: Number(bytes) };
    }
    const total = (key) => Object.values(tables).reduce((sum, t) => sum + t[key], 0);
    return { tables, rows: total('rows'), bytes: total('bytes') };
  });
}

/** Fields of BullMQ job hashes (`timestamp` = added, `processedOn`, `finishedOn`: epoch ms), by job id. */
async function jobFields(prefix, jobIds, fields) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    const pipeline = redis.pipeline();
    for (const id of jobIds) pipeline.hmget(`${prefix}:${RUN_QUEUE_KEY}:${id}`, ...fields);
    const replies = (await pipeline.exec()) ?? [];
    return jobIds.map((_, i) => Object.fromEntries(fields.map((f, j) => [f, replies[i]?.[1]?.[j] ?? null])));
  } finally {
    redis.disconnect();
  }
}

/** Ids of the backup-batch jobs still in the queue (BullMQ keeps completed jobs: removeOnComplete). */
async function backupBatchJobIds(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    const ids = [];
    const head = `${prefix}:${RUN_QUEUE_KEY}:`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${head}backup-*`, 'COUNT', 1000);
      cursor = next;
      // a job's own hash; its `:logs`/`:lock` keys have one more segment (job ids contain no `:`)
      for (const key of keys) if (!key.slice(head.length).includes(':')) ids.push(key.slice(head.length));
    } while (cursor !== '0');
    return ids;
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// mode 1: Tenantry — real CLI, real worker processes, BullMQ on Redis

async function benchTenantry({ tenants: n, workers: w, concurrency: c, label, backup = false }) {
  const sb = newSandbox(label, { backup });
  const tenants = tenantIds(n);
  const workers = [];
  try {
    log(`${label}: init + registering ${n} tenants (not timed)`);
    await cli(sb, ['init']);
    for (const part of chunks(tenants, 500)) await cli(sb, ['tenants', 'add', PLATFORM, ...part]);

    for (let i = 0; i < w; i++) workers.push(startWorker(sb, c));
    await Promise.all(workers.map((x) => x.started));
    for (const x of workers) x.idleRssKb = readRssKb(x.pid);

    await checkpoint();
    log(`${label}: ${w} worker(s) × concurrency ${c} started; timing \`tenantry migrate --to latest --wait\`${backup ? ' with backup.strategy pg_dump' : ''}`);
    const statsBefore = await databaseStats([sb.controlDb, sb.platformDb]);
    const stopSampling = sampleRss(workers);
    const stopCpu = cpuMeter(workers.map((x) => x.pid));
    const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait', ...(args.unstaged ? UNSTAGED_FLAGS : [])], { check: false });
    const cpu = await stopCpu();
    stopSampling();
    const finished = finishedEvent(result.stdout);
    if (result.code !== 0 || finished?.status !== 'succeeded' || finished.counts.succeeded !== n) {
      throw new Error(`${label}: migrate exited ${result.code}, rollout ${finished?.status ?? '?'} ${JSON.stringify(finished?.counts ?? {})}: ${result.stderr.trim().slice(-1000)} ${workers.map((x) => x.warnings.join('; ')).join(' | ')}`);
    }

    // stopped first: their backends report their statistics to pg_stat_database when they exit
    await Promise.all(workers.map((x) => stopChild(x.child)));
    const statsAfter = await databaseStats([sb.controlDb, sb.platformDb]);

    // the ledger's own view: excludes CLI start-up and the --wait poll interval (500 ms)
    const ledger = await withClient(sb.controlDb, async (client) => {
      const { rows } = await client.query(`SELECT
          extract(epoch FROM r.finished_at - r.created_at) * 1000 AS rollout_ms,
          (SELECT extract(epoch FROM max(finished_at) - min(started_at)) * 1000 FROM tenantry.runs WHERE rollout_id = r.id) AS runs_span_ms,
          (SELECT avg(extract(epoch FROM finished_at - started_at)) * 1000 FROM tenantry.runs WHERE rollout_id = r.id) AS avg_run_ms,
          -- with one run at a time per worker: the time between one run's end and the next one's
          -- claim, i.e. what the queue and the ledger bookkeeping cost around each run
          (SELECT avg(extract(epoch FROM started_at - prev_finished)) * 1000 FROM
             (SELECT started_at, lag(finished_at) OVER (PARTITION BY worker_id ORDER BY started_at) AS prev_finished
              FROM tenantry.runs WHERE rollout_id = r.id) g WHERE prev_finished IS NOT NULL) AS avg_gap_ms
        FROM tenantry.rollouts r`);
      return {
        rolloutMs: Number(rows[0].rollout_ms),
        runsSpanMs: Number(rows[0].runs_span_ms),
        avgRunMs: Number(rows[0].avg_run_ms),
        avgGapMs: c === 1 ? Number(rows[0].avg_gap_ms) : undefined,
      };
    });

    const ledgerCost = {
      // the CLI's planning, rollout creation and --wait polls, and every worker's ledger writes
      control: statsPerTenant(statsBefore, statsAfter, sb.controlDb, n),
      // the runs themselves (node-pg-migrate, locks, version reads; pg_dump's own session too)
      tenantDb: statsPerTenant(statsBefore, statsAfter, sb.platformDb, n),
      size: await ledgerSize(sb.controlDb),
    };
    const backups = backup ? { ...(await backupCosts(sb, n)), probe: await pgDumpProbe(sb, tenants) } : undefined;
    await verifyTenants(sb.platformDb, tenants);
    const print = await fingerprint(sb.platformDb, schemaOf(tenants[0]));
    return {
      row: { mode: `Tenantry${label.startsWith('scale') ? ' scale' : ''}${backup ? ' + pg_dump' : ''} (W=${w}, C=${c})`, key: label, tenants: n, connections: w * c, ms: result.ms, cpu },
      print,
      details: {
        ...ledger,
        ledgerCost,
        ...(backups ? { backups } : {}),
        workers: workers.map((x) => ({ pid: x.pid, runs: x.succeeded, failed: x.failed, cpuSeconds: x.cpuSeconds, idleRssMb: x.idleRssKb / 1024, maxRssMb: x.maxRssKb / 1024 })),
        maxRssMb: Math.max(...workers.map((x) => x.maxRssKb)) / 1024,
      },
    };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await destroySandbox(sb);
  }
}

/**
 * Where a rollout's backups came from and what they cost, from recorded timings only:
 * - a backup taken by a backup-batch job before its runs were enqueued (created before its run
 *   started): the batch's worker time is BullMQ's processedOn → finishedOn of that job;
 * - a backup taken inside the run, under the tenant's lock (a tenant no batch covered): the
 *   ledger's run start → the backup's `created_at` (written right after pg_dump exits).
 * A run's migration cost is its start → finish, less the backup taken inside it.
 */
async function backupCosts(sb, tenants) {
  const t = (name) => `${pg.escapeIdentifier(CONTROL_SCHEMA)}.${pg.escapeIdentifier(name)}`;
  const ledger = await withClient(sb.controlDb, async (c) => {
    const { rows } = await c.query(`SELECT count(*)::int AS backed_up,
        count(*) FILTER (WHERE b.created_at < r.started_at)::int AS batched,
        count(*) FILTER (WHERE b.created_at >= r.started_at)::int AS in_run,
        coalesce(sum(extract(epoch FROM b.created_at - r.started_at) * 1000) FILTER (WHERE b.created_at >= r.started_at), 0) AS in_run_backup_ms,
        sum(extract(epoch FROM r.finished_at - greatest(r.started_at, b.created_at)) * 1000) AS migrate_ms,
        (SELECT count(DISTINCT location)::int FROM ${t('backups')}) AS dumps,
        (SELECT sum(bytes)::bigint FROM (SELECT DISTINCT location, bytes FROM ${t('backups')}) d) AS dump_bytes
      FROM ${t('runs')} r JOIN ${t('backups')} b ON b.run_id = r.id
      WHERE r.scope = 'tenant' AND r.status = 'succeeded'`);
    return rows[0];
  });
  if (ledger.backed_up !== tenants) throw new Error(`backup: expected ${tenants} backups in the ledger, found ${ledger.backed_up}`);
  const ids = await backupBatchJobIds(sb.prefix);
  const jobs = await jobFields(sb.prefix, ids, ['processedOn', 'finishedOn', 'data']);
  const batchMs = jobs.reduce((sum, j) => sum + (Number(j.finishedOn) - Number(j.processedOn)), 0);
  const inRunBackupMs = Number(ledger.in_run_backup_ms);
  return {
    backedUp: ledger.backed_up,
    dumps: ledger.dumps,
    dumpBytes: Number(ledger.dump_bytes),
    batched: { tenants: ledger.batched, jobs: jobs.length, workerMs: batchMs, msPerJob: batchMs / jobs.length, msPerTenant: batchMs / ledger.batched },
    inRun: { tenants: ledger.in_run, workerMs: inRunBackupMs, msPerTenant: inRunBackupMs / ledger.in_run },
    // worker time per tenant: all backup work over all tenants, beside the migration work
    backupMsPerTenant: (batchMs + inRunBackupMs) / tenants,
    migrationMsPerTenant: Number(ledger.migrate_ms) / tenants,
  };
}

/** The pg_dump Tenantry's workers run: in --pg-bin-dir, else the first on PATH. */
function pgDumpPath() {
  const dirs = PG_BIN_DIR ? [PG_BIN_DIR] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, 'pg_dump');
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`pg_dump not found in ${PG_BIN_DIR ?? 'PATH'}`);
}

/** Spawns a command and resolves with its wall time (spawn → exit); rejects on a non-zero exit. */
function timeProcess(command, commandArgs) {
  assertNotStopping();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    created.children.add(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      created.children.delete(child);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} exited ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * pg_dump on its own, on the rollout's database after it (every tenant at the latest version),
 * median of three: the process alone (`--version`), one schema, and one batch's worth of schemas
 * (backup.batchSize, 50), with the options Tenantry's dumps use. Not part of any timed rollout.
 */
async function pgDumpProbe(sb, tenants) {
  const batch = Math.min(50, tenants.length);
  const dump = (schemas) => [
    `--dbname=${dbUrl(sb.platformDb)}`,
    '--format=custom',
    '--strict-names',
    '--no-owner',
    '--no-privileges',
    ...schemas.flatMap((s) => ['--schema', s]),
    '--file',
    path.join(sb.dir, 'probe.dump'),
  ];
  const program = pgDumpPath();
  const times = async (commandArgs) => {
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await timeProcess(program, commandArgs));
    return median(samples);
  };
  log(`${sb.label}: pg_dump probe: --version, 1 schema, ${batch} schemas (3 times each, not timed as part of the rollout)`);
  const versionMs = await times(['--version']);
  const oneMs = await times(dump([schemaOf(tenants[0])]));
  const batchMs = await times(dump(tenants.slice(0, batch).map(schemaOf)));
  // Debian's /usr/bin/pg_dump is pg_wrapper, a Perl script that picks the version, then runs the binary
  const script = readFileSync(program).subarray(0, 2).toString() === '#!'; // a binary is read once, here
  return { program, script, schemasInDatabase: tenants.length, versionMs, oneSchemaMs: oneMs, batchSchemas: batch, batchMs, msPerExtraSchema: batch > 1 ? (batchMs - oneMs) / (batch - 1) : undefined };
}

// ---------------------------------------------------------------------------------------------
// mode 2: plain SQL over W connections — the floor: the same DDL, no tooling at all

async function benchPlainSql({ tenants: n, connections }) {
  const database = `bench_${RUN}_plain`;
  const tenants = tenantIds(n);
  const clients = [];
  try {
    await createDatabase(database);
    for (let i = 0; i < connections; i++) {
      const client = new pg.Client({ connectionString: dbUrl(database) });
      client.on('error', () => {});
      await client.connect(); // connected before timing: it is the DDL we measure
      clients.push(client);
    }
    const sql = tenants.map((t) => plainTenantSql(schemaOf(t))); // built before timing too
    await checkpoint();
    log(`plain SQL: ${n} tenants over ${connections} connection(s)`);
    let next = 0;
    const stopCpu = cpuMeter();
    const started = performance.now();
    // each connection takes the next tenant until none is left (same work-sharing as a queue)
    await Promise.all(
      clients.map(async (client) => {
        while (next < n) await client.query(sql[next++]);
      }),
    );
    const ms = performance.now() - started;
    const cpu = await stopCpu();
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]));
    return { row: { mode: `plain SQL (${connections} conn)`, key: 'plain', tenants: n, connections, ms, cpu }, print };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await dropDatabase(database).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// mode 3: node-pg-migrate's runner, one tenant after another on one connection

async function benchRunnerLoop({ tenants: n }) {
  const database = `bench_${RUN}_runner`;
  const tenants = tenantIds(n);
  const client = new pg.Client({ connectionString: dbUrl(database) });
  client.on('error', () => {});
  try {
    await createDatabase(database);
    await client.connect();
    await checkpoint();
    log(`runner loop: ${n} tenants, one connection`);
    const stopCpu = cpuMeter();
    const started = performance.now();
    for (const tenant of tenants) {
      await runner({
        dbClient: client,
        schema: schemaOf(tenant),
        createSchema: true,
        migrationsTable: 'pgmigrations',
        dir: MIGRATIONS_DIR,
        direction: 'up',
        singleTransaction: true,
        noLock: true,
        checkOrder: true,
        log: () => {},
      });
    }
    const ms = performance.now() - started;
    const cpu = await stopCpu();
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]));
    return { row: { mode: 'node-pg-migrate runner loop', key: 'runner', tenants: n, connections: 1, ms, cpu }, print };
  } finally {
    await client.end().catch(() => {});
    await dropDatabase(database).catch(() => {});
  }
}

/**
 * Jobs waiting in the run queue, wherever BullMQ keeps them: the `wait` (or `paused`) list for
 * plain jobs, the `prioritized` sorted set for jobs added with a priority (Tenantry's runs are).
 */
async function waitingJobs(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    const key = (name) => `${prefix}:tenantry-runs:${name}`;
    const [wait, paused, prioritized] = await Promise.all([redis.llen(key('wait')), redis.llen(key('paused')), redis.zcard(key('prioritized'))]);
    return wait + paused + prioritized;
  } finally {
    redis.disconnect();
  }
}

/** Registers tenants straight into the ledger: their schemas are never touched (no worker runs). */
async function registerInLedger(sb, n) {
  await withClient(sb.controlDb, (c) =>
    c.query(`INSERT INTO ${pg.escapeIdentifier(CONTROL_SCHEMA)}.tenants (platform, tenant) SELECT $1, 't' || lpad(g::text, 5, '0') FROM generate_series(1, $2::int) g`, [PLATFORM, n]),
  );
}

/**
 * One `tenantry migrate` (no --wait) cut into phases on one clock, from recorded timestamps:
 * spawn → the rollout's `created_at` (the ledger transaction's start: Node start-up, config,
 * planning), → the first job's BullMQ `timestamp` (the rollout and its runs written and
 * committed), → process exit (every job added with addBulk, connections closed).
 */
async function enqueuePhases(sb, result) {
  const { createdAt, runIds } = await withClient(sb.controlDb, async (c) => {
    const rollout = await c.query(`SELECT extract(epoch FROM created_at) * 1000 AS at FROM ${pg.escapeIdentifier(CONTROL_SCHEMA)}.rollouts`);
    const runs = await c.query(`SELECT id FROM ${pg.escapeIdentifier(CONTROL_SCHEMA)}.runs`);
    return { createdAt: Number(rollout.rows[0].at), runIds: runs.rows.map((r) => r.id) };
  });
  const { runJobId } = await import('@tenantry/queue');
  const jobs = await jobFields(sb.prefix, runIds.map(runJobId), ['timestamp']);
  const firstJob = Math.min(...jobs.map((j) => Number(j.timestamp)));
  return { toLedgerMs: createdAt - result.spawnedAt, ledgerWriteMs: firstJob - createdAt, queueMs: result.exitedAt - firstJob };
}

// ---------------------------------------------------------------------------------------------
// mode 4: enqueue speed — `tenantry migrate --to latest` without --wait, no worker running

async function benchEnqueue({ tenants: n }) {
  const sb = newSandbox('enqueue');
  try {
    log(`enqueue: init + inserting ${n} tenants into the ledger (not timed)`);
    await cli(sb, ['init']);
    await registerInLedger(sb, n);

    // Node start-up + loading the CLI's modules: the median of three `--help` runs
    const helps = [];
    for (let i = 0; i < 3; i++) helps.push((await cli(sb, ['--help'])).ms);
    const startupMs = helps.sort((a, b) => a - b)[1];

    // one CLI run is a noisy sample: take the median of three, each from an empty ledger and queue
    const samples = [];
    const phases = [];
    const ledgerStats = [];
    let size;
    for (let i = 0; i < ENQUEUE_REPEAT; i++) {
      // TRUNCATE, not DELETE: each sample starts from empty tables, with no dead rows of the last
      await withClient(sb.controlDb, (c) => c.query(`TRUNCATE ${pg.escapeIdentifier(CONTROL_SCHEMA)}.rollouts CASCADE`)); // runs and backups too
      await deleteRedisPrefix(sb.prefix);
      created.prefixes.add(sb.prefix);
      await checkpoint();
      const statsBefore = await databaseStats([sb.controlDb]);
      log(`enqueue: timing \`tenantry migrate --to latest\` for ${n} tenants (no --wait, no worker), ${i + 1}/${ENQUEUE_REPEAT}`);
      const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', ...UNSTAGED_FLAGS]);
      const out = JSON.parse(result.stdout); // one (pretty-printed) JSON object
      if (out.runs !== n) throw new Error(`enqueue: expected ${n} runs, the CLI reported ${out.runs}`);
      // the CLI has exited, so its backend has reported: what it cost the control database
      ledgerStats.push(statsPerTenant(statsBefore, await databaseStats([sb.controlDb]), sb.controlDb, n));

      // the jobs really are in the queue, and the runs in the ledger
      const waiting = await waitingJobs(sb.prefix);
      const queuedRuns = await withClient(sb.controlDb, async (c) => Number((await c.query(`SELECT count(*) FROM tenantry.runs WHERE status = 'queued'`)).rows[0].count));
      if (waiting !== n || queuedRuns !== n) throw new Error(`enqueue: expected ${n} waiting jobs and queued runs, found ${waiting} and ${queuedRuns}`);
      samples.push(result.ms);
      phases.push(await enqueuePhases(sb, result));
      size ??= await ledgerSize(sb.controlDb); // what n queued runs occupy (first sample: fresh tables)
    }
    const ms = median(samples);
    const pick = (list, key) => median(list.map((x) => x[key]));
    return {
      ms,
      samples,
      startupMs,
      netMs: ms - startupMs,
      tenants: n,
      // medians over the samples, each phase on its own
      phases: { toLedgerMs: pick(phases, 'toLedgerMs'), ledgerWriteMs: pick(phases, 'ledgerWriteMs'), queueMs: pick(phases, 'queueMs') },
      ledger: { perTenant: { xacts: pick(ledgerStats, 'xacts'), rowsWritten: pick(ledgerStats, 'rowsWritten'), activeMs: pick(ledgerStats, 'activeMs') }, size },
    };
  } finally {
    await destroySandbox(sb);
  }
}

// ---------------------------------------------------------------------------------------------
// mode 5: one reconciler pass over N unfinished runs left by a worker that died

/**
 * A rollout of n runs, no worker. Then a worker that died mid-rollout is staged in the ledger:
 * registered, its heartbeat an hour old, every other run `running` on it, the rest `queued`. One
 * pass of the reconciler (packages/queue/src/reconciler.ts), called in this process the way the
 * worker runtime calls it (same ControlDb and queue store options, opened and checked first), is
 * timed four times: with the queue intact (it revives n/2 runs and finds every job), first as the
 * process's first pass, then again; after the queue lost every key (it revives n/2 and enqueues
 * all n again); and once more with nothing left to repair (the pass every worker makes every
 * reconcileIntervalMs).
 */
async function benchReconcile({ runs: n }) {
  const sb = newSandbox('reconcile');
  let control;
  let store;
  try {
    log(`reconcile: init + ${n} tenants + a rollout of ${n} runs, no worker (not timed)`);
    await cli(sb, ['init']);
    await registerInLedger(sb, n);
    await cli(sb, ['--json', 'migrate', '--to', 'latest', ...UNSTAGED_FLAGS]);

    const { ControlDb, loadConfig } = await import('@tenantry/core');
    const { openQueueStore, reconcile } = await import('@tenantry/queue');
    const config = loadConfig(sb.configFile, process.env);
    const concurrency = config.worker.concurrency;
    store = openQueueStore(config, { connectionName: 'tenantry bench reconciler', poolSize: Math.min(concurrency + 2, 20) });
    await store.assertReachable();
    control = new ControlDb(config, { max: Math.min(2 * concurrency + 2, 40), applicationName: 'tenantry bench reconciler' });
    await control.assertReady();
    const workerExpiryMs = Math.max(config.worker.heartbeatMs * 6, 3_000);
    const errors = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (obj, msg) => errors.push(`${msg}: ${JSON.stringify(obj)}`), child: () => logger };

    const t = (name) => `${pg.escapeIdentifier(CONTROL_SCHEMA)}.${pg.escapeIdentifier(name)}`;
    const strand = () =>
      withClient(sb.controlDb, async (c) => {
        await c.query(
          `INSERT INTO ${t('workers')} (id, host, pid, concurrency, started_at, heartbeat_at) VALUES ('bench-dead-worker', 'bench', 1, 4, now() - interval '1 hour', now() - interval '1 hour')
           ON CONFLICT (id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at, stopped_at = NULL`,
        );
        // older than the 2 s the reconciler leaves a just-written run alone
        await c.query(`UPDATE ${t('runs')} SET status = 'queued', queued_at = now() - interval '1 hour'`);
        await c.query(
          `UPDATE ${t('runs')} SET status = 'running', worker_id = 'bench-dead-worker', attempt = 1, started_at = now() - interval '30 minutes'
           WHERE substr(tenant, 2)::int % 2 = 0`,
        );
        await c.query(`ANALYZE ${t('runs')}`);
      });
    const pass = async (name, expect) => {
      await checkpoint();
      log(`reconcile: timing one pass over ${n} unfinished runs (${name})`);
      const stopCpu = cpuMeter();
      const started = performance.now();
      const result = await reconcile({ control, store, config, workerExpiryMs, logger });
      const ms = performance.now() - started;
      const cpu = await stopCpu(); // where the pass spent its time: PostgreSQL, Redis, or this process (the reconciler's Node side)
      if (!result) throw new Error(`reconcile (${name}): no pass ran: ${errors.join('; ') || 'its lock was busy'}`);
      for (const [key, value] of Object.entries(expect)) {
        if (result[key] !== value) throw new Error(`reconcile (${name}): expected ${key} ${value}, got ${JSON.stringify(result)}`);
      }
      return { name, ms, ...result, cpuSeconds: cpu.seconds };
    };

    const half = Math.floor(n / 2);
    // the first pass in a process also loads and compiles the code it runs (a worker's pass at start-up)
    await strand();
    const cold = await pass('queue intact, first pass', { revived: half, requeued: 0, checked: n });
    await strand();
    const intact = await pass('queue intact', { revived: half, requeued: 0, checked: n });
    await strand();
    await deleteRedisPrefix(sb.prefix); // the queue lost every key
    created.prefixes.add(sb.prefix);
    const lost = await pass('queue lost', { revived: half, requeued: n, checked: n });
    const waiting = await waitingJobs(sb.prefix);
    if (waiting !== n) throw new Error(`reconcile: expected ${n} jobs waiting after the pass, found ${waiting}`);
    const idle = await pass('nothing to repair', { revived: 0, requeued: 0, checked: n });
    return { runs: n, passes: [cold, intact, lost, idle] };
  } finally {
    await store?.close().catch(() => {});
    await control?.close().catch(() => {});
    await destroySandbox(sb);
  }
}

// ---------------------------------------------------------------------------------------------
// report

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

function table(headers, rows, alignRight = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (alignRight.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Other processes took more than 20% of the CPU a row used: its timing is not reliable. */
function disturbed(cpu) {
  if (!cpu) return undefined;
  return cpu.seconds.other > 0.2 * Object.values(cpu.seconds).reduce((a, b) => a + b, 0);
}

function report(results) {
  const rows = results.rows.map((r) => ({
    ...r,
    seconds: r.ms / 1000,
    tenantsPerSecond: r.tenants / (r.ms / 1000),
    msPerTenant: r.ms / r.tenants,
  }));
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
  const tenantry = byKey.tenantry;
  const checks = [];
  const check = (name, value, target, pass, unit = '') => checks.push({ name, value, target, pass: Number.isFinite(value) ? pass(value) : null, unit });
  if (results.pairs) {
    const ratios = results.pairs.map((p) => p.tenantryMs / p.plainMs).sort((a, b) => a - b);
    check(`Tenantry ÷ plain SQL (wall, median of ${ratios.length} pairs)`, ratios[Math.floor(ratios.length / 2)], '≤ 1.5', (v) => v <= 1.5, '×');
  } else if (tenantry && byKey.plain) check('Tenantry ÷ plain SQL (wall)', tenantry.ms / byKey.plain.ms, '≤ 1.5', (v) => v <= 1.5, '×');
  if (tenantry && byKey.runner) check('runner loop ÷ Tenantry (wall)', byKey.runner.ms / tenantry.ms, '≥ 1.8', (v) => v >= 1.8, '×');
  if (tenantry && byKey.backup) check('Tenantry + pg_dump ÷ Tenantry (wall)', byKey.backup.ms / tenantry.ms, '≤ 1.5', (v) => v <= 1.5, '×');
  if (byKey.release && byKey['release-backup']) check('release of 3 platforms, + pg_dump ÷ without (wall)', byKey['release-backup'].ms / byKey.release.ms, '≤ 1.3', (v) => v <= 1.3, '×');
  if (results.enqueue) check(`enqueue ${results.enqueue.tenants} runs (CLI wall, median)`, results.enqueue.ms / 1000, '< 2 s', (v) => v < 2, ' s');
  for (const p of results.reconcile?.passes ?? []) check(`reconciler pass, ${results.reconcile.runs} unfinished runs, ${p.name}`, p.ms / 1000, '< 1 s', (v) => v < 1, ' s');
  const detailKeys = Object.keys(results.details); // every Tenantry mode: its rows line up with results.rows
  if (detailKeys.length > 0) {
    const rss = Math.max(...detailKeys.map((k) => results.details[k].maxRssMb));
    check('worker max RSS', rss, '< 200 MB', (v) => v < 200, ' MB');
  }
  if (byKey['scale-small'] && byKey['scale-large']) {
    check(`ms/tenant ${byKey['scale-large'].tenants} ÷ ${byKey['scale-small'].tenants}`, byKey['scale-large'].msPerTenant / byKey['scale-small'].msPerTenant, '≤ 1.3', (v) => v <= 1.3, '×');
  }

  // throughput per worker count, against the first (normally 1 worker): CLI wall and ledger span
  const scaling = rows
    .filter((r) => r.key.startsWith('workers-'))
    .map((r) => ({
      workers: Number(r.key.slice('workers-'.length)),
      tenants: r.tenants,
      tenantsPerSecond: r.tenantsPerSecond,
      ledgerTenantsPerSecond: r.tenants / (results.details[r.key].runsSpanMs / 1000),
      disturbed: disturbed(r.cpu),
    }));
  for (const s of scaling) {
    s.ratio = s.tenantsPerSecond / scaling[0].tenantsPerSecond;
    s.ledgerRatio = s.ledgerTenantsPerSecond / scaling[0].ledgerTenantsPerSecond;
  }

  const json = {
    run: RUN,
    machine: { node: process.version, cpus: cpus().length },
    options: {
      tenants: N,
      workers: WORKER_SCALING ? WORKER_COUNTS : W,
      concurrency: C,
      altConcurrency: C_ALT,
      backup: args.backup,
      enqueue: ENQUEUE_N,
      enqueueRepeat: ENQUEUE_REPEAT,
      reconcile: RECONCILE_N,
      scale: args.scale,
      unstaged: args.unstaged,
      pairs: PAIRS,
    },
    results: rows.map((r) => ({
      mode: r.mode,
      key: r.key,
      tenants: r.tenants,
      connections: r.connections,
      seconds: r.seconds,
      tenantsPerSecond: r.tenantsPerSecond,
      msPerTenant: r.msPerTenant,
      cpuBusy: r.cpu?.busy,
      cpuSeconds: r.cpu?.seconds,
      disturbed: disturbed(r.cpu),
    })),
    tenantryDetails: results.details,
    enqueue: results.enqueue
      ? {
          tenants: results.enqueue.tenants,
          seconds: results.enqueue.ms / 1000,
          samplesSeconds: results.enqueue.samples.map((x) => x / 1000),
          nodeStartupSeconds: results.enqueue.startupMs / 1000,
          netSeconds: results.enqueue.netMs / 1000,
          phasesMs: results.enqueue.phases,
          ledger: results.enqueue.ledger,
        }
      : undefined,
    workerScaling: scaling.length > 0 ? scaling : undefined,
    pairs: results.pairs?.map((p) => ({ plainSeconds: p.plainMs / 1000, tenantrySeconds: p.tenantryMs / 1000, ratio: p.tenantryMs / p.plainMs })),
    reconcile: results.reconcile,
    ddlEquivalent: results.equivalent,
    checks: checks.map((c) => ({ name: c.name, value: c.value, target: c.target, pass: c.pass })),
  };

  if (!JSON_ONLY) {
    const out = [];
    out.push('');
    out.push(
      table(
        ['MODE', 'TENANTS', 'CONNS', 'WALL s', 'TENANTS/s', 'ms/TENANT', 'CPU BUSY'],
        rows.map((r) => [r.mode, r.tenants, r.connections, fmt(r.seconds), fmt(r.tenantsPerSecond, 1), fmt(r.msPerTenant), r.cpu?.busy === undefined ? '-' : `${fmt(r.cpu.busy * 100, 0)}%`]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
    out.push(`  CPU BUSY = share of all ${cpus().length} CPUs of this machine in use during the timed phase (PostgreSQL, Redis and Node together).`);
    out.push('  CPU ms per tenant, by process (what each way of migrating costs the machine; "other" = kernel + anything else running):');
    for (const r of rows.filter((x) => x.cpu)) {
      const parts = Object.entries(r.cpu.seconds).filter(([, v]) => v > 0.005).map(([k, v]) => `${k} ${fmt((v * 1000) / r.tenants, 1)}`);
      const total = Object.values(r.cpu.seconds).reduce((a, b) => a + b, 0);
      // other processes taking a large share of the CPU make the row's timing unreliable
      const flag = disturbed(r.cpu) ? `  << DISTURBED: ${fmt((100 * r.cpu.seconds.other) / total, 0)}% of the CPU went elsewhere` : '';
      out.push(`    ${`${r.mode} ×${r.tenants}`.padEnd(36)} ${fmt((total * 1000) / r.tenants, 1).padStart(6)} ms  (${parts.join(', ')})${flag}`);
    }
    out.push('  CONNS = connections to the tenant database (Tenantry workers also hold control-database and Redis connections).');
    out.push(
      `  Tenantry wall = \`tenantry migrate --to latest --wait${args.unstaged ? ` ${UNSTAGED_FLAGS.join(' ')}` : ''}\` spawn → exit, including Node start-up and the --wait poll` +
        (args.unstaged ? '.' : ' (staged: the default canary and waves).'),
    );
    for (const key of detailKeys) {
      const d = results.details[key];
      if (!d.ledgerCost) continue; // the release modes: their own line below
      out.push(
        `  ${byKey[key].mode} ×${byKey[key].tenants}: ledger rollout ${fmt(d.rolloutMs / 1000)} s (first run start → last run end ${fmt(d.runsSpanMs / 1000)} s), ` +
          `avg run ${fmt(d.avgRunMs)} ms${d.avgGapMs === undefined ? '' : ` + ${fmt(d.avgGapMs)} ms between runs`}; runs per worker ${d.workers.map((x) => x.runs).join('/')}; worker CPU ${d.workers.map((x) => fmt(x.cpuSeconds, 1)).join('/')} s; ` +
          `RSS idle ${d.workers.map((x) => fmt(x.idleRssMb, 0)).join('/')} MB, max ${d.workers.map((x) => fmt(x.maxRssMb, 0)).join('/')} MB`,
      );
      const l = d.ledgerCost;
      out.push(
        `    per tenant: control database (ledger) ${fmt(l.control.activeMs)} ms of statements, ${fmt(l.control.xacts, 1)} transactions, ${fmt(l.control.rowsWritten, 1)} rows written; ` +
          `tenant database ${fmt(l.tenantDb.activeMs)} ms of statements; ledger size ${fmt(l.size.rows / byKey[key].tenants, 1)} rows, ${fmt(l.size.bytes / byKey[key].tenants, 0)} bytes`,
      );
    }
    if (results.details.backup) {
      const b = results.details.backup.backups;
      const p = b.probe;
      const without = results.details.tenantry;
      out.push(
        `  pg_dump backups (${byKey.backup.mode}): ${b.backedUp} tenants in ${b.dumps} dump files (${fmt(b.dumpBytes / 1048576, 1)} MB); ` +
          `${b.batched.tenants} batched before their runs by ${b.batched.jobs} backup-batch jobs (${fmt(b.batched.msPerJob, 0)} ms each), ` +
          `${b.inRun.tenants} taken inside their run, one pg_dump each (${fmt(b.inRun.msPerTenant, 0)} ms each)`,
      );
      out.push(
        `    worker time per tenant: backup ${fmt(b.backupMsPerTenant, 1)} ms beside migration ${fmt(b.migrationMsPerTenant, 1)} ms (the same rollout's runs net of their backup)` +
          (without ? `; without backups a run takes ${fmt(without.avgRunMs, 1)} ms` : ''),
      );
      out.push(
        `    ${p.program}${p.script ? ' (a script wrapper)' : ''} alone on this database (${p.schemasInDatabase} tenant schemas): the process (\`--version\`) ${fmt(p.versionMs, 0)} ms, ` +
          `1 schema ${fmt(p.oneSchemaMs, 0)} ms, ${p.batchSchemas} schemas ${fmt(p.batchMs, 0)} ms (${fmt(p.msPerExtraSchema, 1)} ms per extra schema)`,
      );
    }
    if (results.details['release-backup']?.dumps) {
      const parts = Object.entries(results.details['release-backup'].dumps).map(([p, d]) => `${p} ${d.backedUp} tenants in ${d.files} dump files (${d.inRun} inside their run)`);
      out.push(`  pg_dump backups of the release (${byKey['release-backup'].mode}): ${parts.join('; ')}`);
    }
    if (scaling.length > 0) {
      out.push('  Throughput per worker count (tenants/s; CLI = spawn → exit of `migrate --wait`, ledger = first run start → last run end):');
      const first = scaling[0].workers;
      for (const s of scaling) {
        out.push(
          `    W=${String(s.workers).padEnd(3)} CLI ${fmt(s.tenantsPerSecond, 1).padStart(6)} (×${fmt(s.ratio)} of W=${first})   ledger ${fmt(s.ledgerTenantsPerSecond, 1).padStart(6)} (×${fmt(s.ledgerRatio)})` +
            (s.disturbed ? '  << DISTURBED' : ''),
        );
      }
    }
    if (results.enqueue) {
      const e = results.enqueue;
      out.push(
        `  enqueue ${e.tenants}: CLI wall ${fmt(e.ms / 1000)} s (median of ${e.samples.map((x) => fmt(x / 1000)).join(', ')}), ` +
          `Node start-up (\`--help\`) ${fmt(e.startupMs / 1000)} s, net ${fmt(e.netMs / 1000)} s`,
      );
      const ph = e.phases;
      const lg = e.ledger;
      out.push(
        `    phases (median): spawn → ledger transaction ${fmt(ph.toLedgerMs / 1000)} s, ledger write ${fmt(ph.ledgerWriteMs / 1000)} s (${fmt((ph.ledgerWriteMs * 1000) / e.tenants, 1)} µs/tenant), ` +
          `addBulk → exit ${fmt(ph.queueMs / 1000)} s (${fmt((ph.queueMs * 1000) / e.tenants, 1)} µs/tenant)`,
      );
      out.push(
        `    ledger per tenant: ${fmt(lg.perTenant.activeMs * 1000, 1)} µs of statements on the control database, ${fmt(lg.perTenant.rowsWritten, 2)} rows written; ` +
          `size ${fmt(lg.size.rows / e.tenants, 2)} rows, ${fmt(lg.size.bytes / e.tenants, 0)} bytes (${Object.entries(lg.size.tables).map(([k, v]) => `${k} ${fmt(v.bytes / e.tenants, 0)}`).join(', ')})`,
      );
    }
    if (results.reconcile) {
      out.push(
        `  reconciler, ${results.reconcile.runs} unfinished runs (half \`running\` on a dead worker): ` +
          results.reconcile.passes.map((p) => `${p.name} ${fmt(p.ms, 0)} ms (revived ${p.revived}, requeued ${p.requeued}, checked ${p.checked})`).join('; '),
      );
      out.push(
        `    CPU ms of each pass: ${results.reconcile.passes
          .map((p) => `${p.name}: ${Object.entries(p.cpuSeconds).filter(([k, v]) => v > 0.005 && k !== 'other').map(([k, v]) => `${k === 'bench' ? 'reconciler (Node)' : k} ${fmt(v * 1000, 0)}`).join(', ')}`)
          .join('; ')}`,
      );
    }
    if (results.pairs) {
      out.push(`  pairs (plain SQL / Tenantry, in turns): ${results.pairs.map((p) => `${fmt(p.plainMs / 1000)} / ${fmt(p.tenantryMs / 1000)} s = ${fmt(p.tenantryMs / p.plainMs)}×`).join(', ')}`);
    }
    if (results.equivalent !== undefined) out.push(`  DDL equivalence (catalog fingerprint of ${schemaOf('t00001')} across modes): ${results.equivalent ? 'identical' : 'DIFFERENT'}`);
    out.push('');
    out.push(table(['CHECK', 'VALUE', 'TARGET', 'RESULT'], checks.map((c) => [c.name, `${fmt(c.value)}${c.unit}`, c.target, c.pass === null ? '-' : c.pass ? 'PASS' : 'MISS']), [1]));
    out.push('');
    process.stdout.write(out.join('\n') + '\n');
  }
  process.stdout.write(`${JSON.stringify(json, null, JSON_ONLY ? 2 : 0)}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  checkPlainSqlMatchesFiles();
  // fail fast, with one line, when a service or the build is missing
  await withClient('postgres', (c) => c.query('SELECT 1')).catch((e) => {
    throw new Error(`PostgreSQL at ${PG_BASE} is unreachable: ${e.message}`);
  });
  try {
    readFileSync(path.join(ROOT, 'apps/cli/dist/main.js'));
  } catch {
    throw new Error('apps/cli/dist is missing: run `npm run build` first (or `npm run bench`)');
  }

  const results = { rows: [], details: {}, prints: {}, enqueue: undefined, equivalent: undefined };
  const add = (r) => {
    results.rows.push(r.row);
    if (r.print) results.prints[r.row.key] = r.print;
    if (r.details) results.details[r.row.key] = r.details;
  };
  log(`run ${RUN}: ${N} tenants, ${WORKER_COUNTS.join(',')} workers, Tenantry concurrency ${C}; modes ${[...MODES].join(',')}`);

  if (MODES.has('plain')) add(await benchPlainSql({ tenants: N, connections: W * C }));
  if (MODES.has('runner')) add(await benchRunnerLoop({ tenants: N }));
  if (MODES.has('tenantry')) add(await benchTenantry({ tenants: N, workers: W, concurrency: C, label: 'tenantry' }));
  // more plain/Tenantry pairs, in turns: the check then takes the median ratio
  if (MODES.has('plain') && MODES.has('tenantry') && PAIRS > 1) {
    results.pairs = [{ plainMs: results.rows.find((r) => r.key === 'plain').ms, tenantryMs: results.rows.find((r) => r.key === 'tenantry').ms }];
    for (let i = 2; i <= PAIRS; i++) {
      log(`pair ${i} of ${PAIRS}`);
      const plain = await benchPlainSql({ tenants: N, connections: W * C });
      const tenantry = await benchTenantry({ tenants: N, workers: W, concurrency: C, label: `tenantry-pair${i}` });
      results.pairs.push({ plainMs: plain.row.ms, tenantryMs: tenantry.row.ms });
    }
  }
  if (MODES.has('backup')) add(await benchTenantry({ tenants: N, workers: W, concurrency: C, label: 'backup', backup: true }));
  // the examples' release over three platforms, without then with pg_dump backups, side by side
  const releaseHelpers = {
    RUN, ROOT, REDIS_URL, PG_BIN_DIR, UNSTAGED_FLAGS, unstaged: args.unstaged, created, log, dbUrl, assertNotStopping, tenantIds, chunks, cli, startWorker,
    checkpoint, sampleRss, cpuMeter, finishedEvent, stopChild, withClient, dropDatabase, deleteRedisPrefix,
    rmDir: (dir) => {
      rmSync(dir, { recursive: true, force: true });
      created.dirs.delete(dir);
    },
  };
  if (MODES.has('release')) add(await benchRelease({ tenants: RELEASE_N, workers: W, concurrency: C, backup: false }, releaseHelpers));
  if (MODES.has('release-backup')) add(await benchRelease({ tenants: RELEASE_N, workers: W, concurrency: C, backup: true }, releaseHelpers));
  if (MODES.has('tenantry-alt') && C_ALT > 0 && C_ALT !== C) add(await benchTenantry({ tenants: N, workers: W, concurrency: C_ALT, label: 'tenantry-alt' }));
  if (MODES.has('workers')) for (const w of WORKER_COUNTS) add(await benchTenantry({ tenants: N, workers: w, concurrency: C, label: `workers-${w}` }));
  if (MODES.has('enqueue') && ENQUEUE_N > 0) results.enqueue = await benchEnqueue({ tenants: ENQUEUE_N });
  if (MODES.has('reconcile') && RECONCILE_N > 0) results.reconcile = await benchReconcile({ runs: RECONCILE_N });
  if (args.scale && MODES.has('scale')) {
    add(await benchTenantry({ tenants: 300, workers: W, concurrency: C, label: 'scale-small' }));
    add(await benchTenantry({ tenants: 3000, workers: W, concurrency: C, label: 'scale-large' }));
  }

  const prints = Object.values(results.prints);
  if (prints.length > 1) results.equivalent = prints.every((p) => p === prints[0]);
  report(results);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  // after a signal, whatever was running fails because its databases vanished: not news
  process.stderr.write(cleaning ? 'bench: interrupted\n' : `bench: ${error.stack ?? error}\n`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
