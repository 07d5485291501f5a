// `tenantry verify` benchmark: N tenants at the latest migration of a realistic set (the billing
// example: 9 migrations, enums, foreign keys, checks, partial indexes), then times
// `tenantry verify --json` over all of them: process spawn → exit, Node start-up included.
//
//   npm run bench:verify -- [--tenants N] [--set DIR] [--repeat R] [--connections C] [--json]
//
// The setup (not timed) migrates every tenant schema with node-pg-migrate's runner, the way a
// run does, over C connections, and registers the tenants in the ledger. Every database and
// temp dir it creates is removed at the end, also on failure and on SIGINT/SIGTERM.
import './env.js'; // first: the bench's service URLs, before the shared helpers read theirs
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { ROOT } from '../test/helpers/sandbox.js';
import { databaseUrl } from '../test/helpers/services.js';
import { withClient } from './support/db.js';
import { Registry } from './support/registry.js';

const PLATFORM = 'billing';

function options() {
  const { values } = parseArgs({
    options: {
      tenants: { type: 'string', default: '1000' },
      set: { type: 'string', default: path.join(ROOT, 'examples/billing/tenant') },
      repeat: { type: 'string', default: '3' },
      connections: { type: 'string', default: '4' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const [tenants, repeat, connections] = [values.tenants, values.repeat, values.connections].map(Number) as [number, number, number];
  if (![tenants, repeat, connections].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--tenants, --repeat and --connections must be positive integers');
  return { tenants, repeat, connections, set: path.resolve(values.set), json: values.json };
}

/** Every tenant schema migrated to the latest with the runner, `connections` at a time. */
async function migrateTenants(database: string, set: string, tenants: readonly string[], connections: number): Promise<void> {
  let next = 0;
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl(database) });
      await client.connect();
      try {
        while (next < tenants.length) {
          const tenant = tenants[next++]!;
          await runner({ dbClient: client, dir: set, schema: `tenant_${tenant}`, createSchema: true, migrationsTable: 'pgmigrations', direction: 'up', singleTransaction: true, noLock: true, checkOrder: true, logger: quiet });
        }
      } finally {
        await client.end();
      }
    }),
  );
}

async function main(o: ReturnType<typeof options>, registry: Registry): Promise<void> {
  const log = (message: string) => {
    if (!o.json) process.stderr.write(`[bench-verify ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  };
  const sb = registry.sandbox('verify', { platforms: { [PLATFORM]: { migrations: o.set } }, extra: { redis: undefined, worker: undefined, run: undefined } });
  const init = await sb.cli(['init']);
  if (init.code !== 0) throw new Error(`tenantry init failed: ${init.stderr}`);
  const tenants = Array.from({ length: o.tenants }, (_, i) => `t${String(i + 1).padStart(5, '0')}`);
  log(`setting up ${o.tenants} tenants at the latest of ${path.relative(ROOT, o.set)} over ${o.connections} connection(s) (not timed)`);
  const setupStarted = performance.now();
  await migrateTenants(sb.platformDbs[PLATFORM]!, o.set, tenants, o.connections);
  await withClient(sb.controlDb, (c) => c.query("INSERT INTO tenantry.tenants (platform, tenant) SELECT 'billing', unnest($1::text[])", [tenants]));
  log(`setup took ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; timing \`tenantry verify --json\` ${o.repeat} time(s)`);

  const runs: Array<{ wallMs: number; verifyMs: number }> = [];
  for (let i = 0; i < o.repeat; i++) {
    const result = await sb.cli(['verify', '--json']);
    const report = JSON.parse(result.stdout || '{}') as { checked?: number; matched?: number; ms?: number };
    if (result.code !== 0 || report.checked !== o.tenants || report.matched !== o.tenants) {
      throw new Error(`verify did not find ${o.tenants} matching tenants (exit ${result.code}): ${result.stderr || result.stdout.slice(0, 500)}`);
    }
    runs.push({ wallMs: Math.round(result.ms), verifyMs: report.ms ?? Number.NaN });
    log(`run ${i + 1}: ${(result.ms / 1000).toFixed(2)} s wall (verify itself ${((report.ms ?? Number.NaN) / 1000).toFixed(2)} s)`);
  }
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const summary = { tenants: o.tenants, set: path.relative(ROOT, o.set), cpus: cpus().length, node: process.version, runs, bestWallSeconds: best.wallMs / 1000 };
  if (o.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stdout.write(`verify: ${o.tenants} tenants in ${(best.wallMs / 1000).toFixed(2)} s wall (best of ${o.repeat}; verify itself ${(best.verifyMs / 1000).toFixed(2)} s) on ${cpus().length} CPU(s)\n`);
}

let parsed: ReturnType<typeof options>;
try {
  parsed = options();
} catch (error) {
  process.stderr.write(`bench-verify: ${(error as Error).message}\n`);
  process.exit(2);
}
const registry = new Registry(randomBytes(3).toString('hex'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void registry.cleanup().finally(() => process.exit(130)));
try {
  await main(parsed, registry);
} catch (error) {
  process.stderr.write(`bench-verify: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await registry.cleanup();
}
