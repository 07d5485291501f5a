#!/usr/bin/env node
// `tenantry verify` benchmark: N tenants at the latest migration of a realistic set (the billing
// example: 9 migrations, enums, foreign keys, checks, partial indexes), then times
// `tenantry verify --json` over all of them: process spawn → exit, Node start-up included.
//
//   node bench/verify.js [--tenants N] [--set DIR] [--repeat R] [--connections C] [--json]
//
// The setup (not timed) migrates every tenant schema with node-pg-migrate's runner, the way a
// run does, over C connections, and registers the tenants in the ledger. Every database and
// temp dir it creates is removed at the end, also on failure and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runner } from 'node-pg-migrate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'apps/cli/bin/tenantry.js');
const PG_BASE = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');

const { values: args } = parseArgs({
  options: {
    tenants: { type: 'string', default: '1000' },
    set: { type: 'string', default: path.join(ROOT, 'examples/billing/tenant') },
    repeat: { type: 'string', default: '3' },
    connections: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
  strict: true,
});
const N = Number(args.tenants);
const REPEAT = Number(args.repeat);
const CONNECTIONS = Number(args.connections);
if (![N, REPEAT, CONNECTIONS].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write('bench: --tenants, --repeat and --connections must be positive integers\n');
  process.exit(2);
}
const SET = path.resolve(args.set);
const RUN = randomBytes(3).toString('hex');
const CONTROL_DB = `tenantry_bench_verify_${RUN}_control`;
const PLATFORM_DB = `tenantry_bench_verify_${RUN}_billing`;
const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-bench-verify-'));
const configFile = path.join(dir, 'tenantry.config.json');

const log = (message) => {
  if (!args.json) process.stderr.write(`[bench-verify ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
const url = (db) => `${PG_BASE}/${db}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: url('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function cli(argv) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...argv], { env: { ...process.env, TENANTRY_CONFIG: configFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const db of [CONTROL_DB, PLATFORM_DB]) await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

/** Every tenant schema migrated to the latest with the runner, `CONNECTIONS` at a time. */
async function migrateTenants(tenants) {
  let next = 0;
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url(PLATFORM_DB) });
      await client.connect();
      try {
        while (next < tenants.length) {
          const tenant = tenants[next++];
          await runner({ dbClient: client, dir: SET, schema: `tenant_${tenant}`, createSchema: true, migrationsTable: 'pgmigrations', direction: 'up', singleTransaction: true, noLock: true, checkOrder: true, logger: quiet });
        }
      } finally {
        await client.end();
      }
    }),
  );
}

async function main() {
  writeFileSync(
    configFile,
    JSON.stringify({
      control: { databaseUrl: url(CONTROL_DB) },
      platforms: { billing: { databaseUrl: url(PLATFORM_DB), migrations: { tenant: SET } } },
    }),
  );
  const init = await cli(['init']);
  if (init.code !== 0) throw new Error(`tenantry init failed: ${init.stderr}`);
  const tenants = Array.from({ length: N }, (_, i) => `t${String(i + 1).padStart(5, '0')}`);
  log(`setting up ${N} tenants at the latest of ${path.relative(ROOT, SET)} over ${CONNECTIONS} connection(s) (not timed)`);
  const setupStarted = performance.now();
  await migrateTenants(tenants);
  const control = new pg.Client({ connectionString: url(CONTROL_DB) });
  await control.connect();
  await control.query("INSERT INTO tenantry.tenants (platform, tenant) SELECT 'billing', unnest($1::text[])", [tenants]);
  await control.end();
  log(`setup took ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; timing \`tenantry verify --json\` ${REPEAT} time(s)`);

  const runs = [];
  for (let i = 0; i < REPEAT; i++) {
    const result = await cli(['verify', '--json']);
    const report = JSON.parse(result.stdout || '{}');
    if (result.code !== 0 || report.checked !== N || report.matched !== N) {
      throw new Error(`verify did not find ${N} matching tenants (exit ${result.code}): ${result.stderr || result.stdout.slice(0, 500)}`);
    }
    runs.push({ wallMs: Math.round(result.ms), verifyMs: report.ms });
    log(`run ${i + 1}: ${(result.ms / 1000).toFixed(2)} s wall (verify itself ${(report.ms / 1000).toFixed(2)} s)`);
  }
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const summary = { tenants: N, set: path.relative(ROOT, SET), cpus: cpus().length, node: process.version, runs, bestWallSeconds: best.wallMs / 1000 };
  if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stdout.write(`verify: ${N} tenants in ${(best.wallMs / 1000).toFixed(2)} s wall (best of ${REPEAT}; verify itself ${(best.verifyMs / 1000).toFixed(2)} s) on ${cpus().length} CPU(s)\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench-verify: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
