// Tenantry benchmark: brings N empty tenant schemas to the latest of a five-migration set in
// several ways, in one run, on the same machine, and compares them. See bench/README.md and
// `npm run bench -- --help`.
import './env.js'; // first: the bench's service URLs, before the shared helpers read theirs
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../test/helpers/sandbox.js';
import { PG_URL } from '../test/helpers/services.js';
import type { BenchContext, ModeResult } from './context.js';
import { benchDbpt } from './modes/dbpt.js';
import { benchEnqueue } from './modes/enqueue.js';
import { benchFloor } from './modes/floor.js';
import { benchOnboard } from './modes/onboard.js';
import { benchNoop } from './modes/noop.js';
import { benchPlainSql } from './modes/plain.js';
import { benchReconcile } from './modes/reconcile.js';
import { benchScale, type ScaleLayout } from './modes/scale.js';
import { scaleLines } from './report/scale.js';
import { benchRelease } from './modes/release.js';
import { benchRunnerLoop } from './modes/runner.js';
import { benchTenantry, type TenantryDetails } from './modes/tenantry.js';
import { benchTraffic } from './modes/traffic.js';
import { BadOption, HELP, parseOptions, type BenchOptions, type ModeName } from './options.js';
import { report } from './report/report.js';
import { reportTraffic } from './report/traffic.js';
import type { Results } from './results.js';
import { withClient } from './support/db.js';
import { Registry } from './support/registry.js';
import { MIN_FLOOR_PAIRS } from './targets.js';
import { checkPlainSqlMatchesFiles } from './workload.js';

async function main(ctx: BenchContext): Promise<void> {
  const { options: o, log } = ctx;
  checkPlainSqlMatchesFiles();
  // fail fast, with one line, when a service or the build is missing
  await withClient('postgres', (c) => c.query('SELECT 1')).catch((e: Error) => {
    throw new Error(`PostgreSQL at ${PG_URL} is unreachable: ${e.message}`);
  });
  if (!existsSync(path.join(ROOT, 'apps/cli/dist/main.js'))) throw new Error('apps/cli/dist is missing: run `npm run build` first (or `npm run bench`)');
  if (o.traffic) {
    // a question of its own: what the application sees during a rollout; nothing else runs
    log(`run ${ctx.run}: --traffic, ${o.tenants} tenants, ${o.workers} worker(s) × ${o.concurrency}`);
    reportTraffic(ctx, await benchTraffic(ctx));
    return;
  }

  const results: Results = { rows: [], details: {}, prints: {} };
  const add = (r: ModeResult<TenantryDetails | undefined>) => {
    results.rows.push(r.row);
    if (r.print) results.prints[r.row.key] = r.print;
    if (r.details) results.details[r.row.key] = r.details;
  };
  const has = (mode: ModeName) => o.modes.has(mode);
  const tenantry = (label: string, extra: { tenants?: number; workers?: number; concurrency?: number; backup?: boolean } = {}) =>
    benchTenantry(ctx, { tenants: o.tenants, workers: o.workers, concurrency: o.concurrency, label, ...extra });
  const connections = o.workers * o.concurrency;
  log(`run ${ctx.run}: ${o.tenants} tenants, ${o.workerCounts.join(',')} workers, Tenantry concurrency ${o.concurrency}; modes ${[...o.modes].join(',')}`);

  if (has('plain')) add(await benchPlainSql(ctx, { tenants: o.tenants, connections }));
  if (has('runner')) add(await benchRunnerLoop(ctx, { tenants: o.tenants }));
  if (has('tenantry')) add(await tenantry('tenantry'));
  // more plain/Tenantry pairs, in turns: the check then takes the median ratio
  const plainRow = results.rows.find((r) => r.key === 'plain');
  const tenantryRow = results.rows.find((r) => r.key === 'tenantry');
  if (plainRow && tenantryRow && o.pairs > 1) {
    results.pairs = [{ baseMs: plainRow.ms, tenantryMs: tenantryRow.ms }];
    for (let i = 2; i <= o.pairs; i++) {
      log(`pair ${i} of ${o.pairs}`);
      const plain = await benchPlainSql(ctx, { tenants: o.tenants, connections });
      const next = await tenantry(`tenantry-pair${i}`);
      results.pairs.push({ baseMs: plain.row.ms, tenantryMs: next.row.ms });
    }
  }
  // the one-round-trip floor and Tenantry's rollout, in turns; the first pair's rows in the table
  if (has('floor')) {
    const count = Math.max(MIN_FLOOR_PAIRS, o.pairs);
    results.floorPairs = [];
    for (let i = 1; i <= count; i++) {
      log(`floor pair ${i} of ${count}`);
      const floor = await benchFloor(ctx, { tenants: o.tenants, connections, label: i === 1 ? 'floor' : `floor${i}` });
      const rollout = await tenantry(`tenantry-floor${i}`);
      if (i === 1) {
        add(floor);
        add(rollout);
      }
      results.floorPairs.push({ baseMs: floor.row.ms, tenantryMs: rollout.row.ms });
    }
  }
  if (has('backup')) add(await tenantry('backup', { backup: true }));
  // the examples' release over three platforms, without then with pg_dump backups, side by side
  const release = { tenants: o.releaseTenants, workers: o.workers, concurrency: o.concurrency };
  if (has('release')) add(await benchRelease(ctx, { ...release, backup: false }));
  if (has('release-backup')) add(await benchRelease(ctx, { ...release, backup: true }));
  if (has('tenantry-alt') && o.altConcurrency > 0 && o.altConcurrency !== o.concurrency) add(await tenantry('tenantry-alt', { concurrency: o.altConcurrency }));
  if (has('workers')) for (const w of o.workerCounts) add(await tenantry(`workers-${w}`, { workers: w }));
  if (has('enqueue') && o.enqueue > 0) results.enqueue = await benchEnqueue(ctx, { tenants: o.enqueue, repeat: o.enqueueRepeat });
  if (has('noop') && o.noop > 0) results.noop = await benchNoop(ctx, { tenants: o.noop, workers: o.workers, concurrency: o.concurrency, repeat: 3 });
  if (has('reconcile') && o.reconcile > 0) results.reconcile = await benchReconcile(ctx, { runs: o.reconcile });
  if (has('onboard')) results.onboard = await benchOnboard(ctx, { repeat: 3 });
  if (has('dbpt')) {
    results.dbpt = [];
    for (const n of o.dbpt) results.dbpt.push(await benchDbpt(ctx, { tenants: n, workers: o.workers, concurrency: o.altConcurrency || o.concurrency }));
  }
  if (o.scale > 0 && has('scale')) {
    // each layout at a tenth of its size, then at its size: how each command's cost grows
    results.scale = [];
    const fleet = { workers: o.workers, concurrency: o.concurrency };
    const layouts: Array<[ScaleLayout, number]> = [['schema', o.scale], ...(o.scaleDatabases >= 10 ? [['database', o.scaleDatabases] as [ScaleLayout, number]] : [])];
    for (const [layout, size] of layouts) {
      for (const n of [Math.floor(size / 10), size]) results.scale.push(await benchScale(ctx, { ...fleet, tenants: n, layout }));
      // each layout's table as soon as its pair is done: a run of hours stopped later keeps it
      for (const line of scaleLines(results.scale.filter((f) => f.layout === layout))) ctx.log(line);
    }
  }

  const prints = Object.values(results.prints);
  if (prints.length > 1) results.equivalent = prints.every((p) => p === prints[0]);
  report(ctx, results);
}

let options: BenchOptions | undefined;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BadOption)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
if (!options) {
  process.stdout.write(HELP);
  process.exit(0);
}

const run = randomBytes(3).toString('hex');
const registry = new Registry(run);
const json = options.json;
const ctx: BenchContext = {
  run,
  options,
  registry,
  log: (message) => {
    if (!json) process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  },
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}: cleaning up...\n`);
    void registry.cleanup().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  await main(ctx);
} catch (error) {
  if (error instanceof BadOption) {
    process.stderr.write(`bench: ${error.message}\n`);
    await registry.cleanup();
    process.exit(2);
  }
  // after a signal, whatever was running fails because its databases vanished: not news
  process.stderr.write(registry.stopping ? 'bench: interrupted\n' : `bench: ${(error as Error).stack ?? String(error)}\n`);
  exitCode = 1;
} finally {
  await registry.cleanup();
}
process.exit(exitCode);
