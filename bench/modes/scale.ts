// A fleet of N tenants on one platform, and what each command costs on it: registering them, the
// dry run, the enqueue, the rollout, the read commands, the reconciler's pass, the ledger's size,
// with the peak RSS of every CLI process and worker. Schema mode, or one database per tenant.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@tenantry/core';
import type { Sandbox } from '../../test/helpers/sandbox.js';
import { databaseUrl } from '../../test/helpers/services.js';
import { measureDashboardAtScale } from './scale-dashboard.js';
import type { BenchContext } from '../context.js';
import { checkpoint, ledgerSize, ledgerTable, withClient } from '../support/db.js';
import { cpuMeter, sampleRss } from '../support/cpu.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { MIGRATIONS_DIR, PLATFORM, tenantIds, UNSTAGED_FLAGS } from '../workload.js';
import { cli, startWorkers } from './tenantry.js';

export type ScaleLayout = 'schema' | 'database';

/** One timed step: wall time, and the peak RSS of the process that did it. */
export interface ScaleStep {
  step: string;
  ms: number;
  /** the CLI process's peak RSS (every thread), or the workers' highest, MB */
  rssMb?: number;
  /**
   * CPU seconds Tenantry's own process spent on the step (the CLI, or the workers): on a machine
   * shared with other work, wall times stretch with the load, CPU seconds hardly. (PostgreSQL's
   * share is not here: the backends of a CLI exit with it, and their time then lands on the
   * postmaster's account, mixed with everyone else's.)
   */
  cpuSeconds?: number;
  /** what the step is, as a process: a CLI command, the workers, or an in-process call */
  kind: 'cli' | 'workers' | 'reconciler' | 'dashboard';
  /** 'fleet': its work is the whole fleet, its growth is in ms per tenant; 'one': its work does not grow with the fleet, its growth is in ms */
  work: 'fleet' | 'one';
  /** which target it is held to on the large fleet */
  target?: 'enqueue' | 'read' | 'reconcile';
}

export interface ScaleFigures {
  layout: ScaleLayout;
  tenants: number;
  steps: ScaleStep[];
  /** pg_total_relation_size of the control schema's tables, after the rollout */
  ledgerBytes: number;
  ledgerTables: Record<string, { rows: number; bytes: number }>;
  workerMaxRssMb: number;
  /** the whole mode, fleet built and dropped included */
  totalMs: number;
}

/**
 * The dashboard against the populated fleet (modes/scale-dashboard.ts): each answer's server time
 * (the median of its samples), and the fleet view's first rows in Chromium.
 */
async function measureDashboard(configFile: string, tenants: number, log: (s: string) => void): Promise<ScaleStep[]> {
  const timings = await measureDashboardAtScale({ configPath: configFile, tenants, log });
  return timings.map((t) => ({ step: `dashboard ${t.what}`, ms: t.serverMs ?? t.ms, kind: 'dashboard', work: 'fleet' }));
}

const PEAK_RSS_PROBE = fileURLToPath(new URL('../support/peak-rss.mjs', import.meta.url));

/** A CLI command, timed, with its process's peak RSS; throws on an exit code it does not expect. */
async function timedCli(sb: Sandbox, spec: Pick<ScaleStep, 'step' | 'work' | 'target'>, args: readonly string[], expectCodes: readonly number[] = [0]) {
  const { step } = spec;
  const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-bench-rss-'));
  const file = path.join(dir, 'rss');
  try {
    const attempt = () =>
      sb.cli(args, {
        TENANTRY_LOG_LEVEL: 'warn',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${PEAK_RSS_PROBE}`.trim(),
        BENCH_PEAK_RSS_FILE: file,
      });
    let result = await attempt();
    // a server shared with other work may be out of connections for a moment: not this step's doing
    for (let retry = 1; retry <= 3 && result.code !== 0 && /too many clients/.test(result.stderr); retry++) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      result = await attempt();
    }
    if (!expectCodes.includes(result.code)) {
      throw new Error(`scale: ${step}: tenantry ${args.slice(0, 3).join(' ')} … exited ${result.code}: ${result.stderr.trim().slice(-2000)}`);
    }
    const rssKb = Number(readFileSync(file, 'utf8'));
    return { result, row: { ...spec, ms: result.ms, rssMb: rssKb / 1024, kind: 'cli' } satisfies ScaleStep };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function scaleSandbox(ctx: BenchContext, layout: ScaleLayout, n: number): Sandbox {
  const label = `scale${layout === 'database' ? 'db' : ''}${n}`;
  const own = `bench_${ctx.run}_${label}_t_`;
  const sb = ctx.registry.sandbox(label, {
    platforms: {
      [PLATFORM]: {
        migrations: MIGRATIONS_DIR,
        ...(layout === 'database' ? { extra: { tenantDatabaseUrl: databaseUrl('PLACEHOLDER').replace('PLACEHOLDER', `${own}{tenant}`) } } : {}),
      },
    },
    extra: { worker: { heartbeatMs: 1000 }, run: undefined },
  });
  if (layout === 'database') ctx.registry.dropDatabasesStartingWith(own);
  return sb;
}

async function rolloutStatus(sb: Sandbox): Promise<{ id: string; status: string } | undefined> {
  return withClient(sb.controlDb, async (c) => (await c.query<{ id: string; status: string }>(`SELECT id, status FROM ${ledgerTable('rollouts')} ORDER BY created_at DESC LIMIT 1`)).rows[0]);
}

/** One reconciler pass, in this process, the way a worker makes it (see reconcile.ts). */
async function reconcilerPass(sb: Sandbox, step: string, work: ScaleStep['work'], expectChecked: number): Promise<ScaleStep> {
  const { ControlDb, loadConfig } = await import('@tenantry/core');
  const { openQueueStore, reconcile } = await import('@tenantry/queue');
  const config = loadConfig(sb.configFile, process.env);
  const store = openQueueStore(config, { connectionName: 'tenantry bench reconciler', poolSize: 6 });
  const control = new ControlDb(config, { max: 4, applicationName: 'tenantry bench reconciler' });
  const errors: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn() {}, error: (obj, msg) => errors.push(`${msg}: ${JSON.stringify(obj)}`), child: () => logger };
  try {
    await store.assertReachable();
    await control.assertReady();
    await checkpoint();
    const started = performance.now();
    const result = await reconcile({ control, store, config, workerExpiryMs: Math.max(config.worker.heartbeatMs * 6, 3_000), logger });
    const ms = performance.now() - started;
    if (!result) throw new Error(`scale: ${step}: no pass ran: ${errors.join('; ') || 'its lock was busy'}`);
    if (result.checked !== expectChecked || result.requeued !== 0) throw new Error(`scale: ${step}: expected ${expectChecked} runs checked and none requeued, got ${JSON.stringify(result)}`);
    return { step, ms, kind: 'reconciler', work, target: 'reconcile' };
  } finally {
    await store.close().catch(() => {});
    await control.close().catch(() => {});
  }
}

export async function benchScale(ctx: BenchContext, { tenants: n, layout, workers: w, concurrency: c }: { tenants: number; layout: ScaleLayout; workers: number; concurrency: number }): Promise<ScaleFigures> {
  const began = performance.now();
  const sb = scaleSandbox(ctx, layout, n);
  const tenants = tenantIds(n);
  const steps: ScaleStep[] = [];
  let workers: BenchWorker[] = [];
  const say = (what: string) => ctx.log(`scale ${layout} ×${n}: ${what}`);
  const run = async (step: string, args: readonly string[], target?: ScaleStep['target'], work: ScaleStep['work'] = 'fleet') => {
    await checkpoint();
    say(`timing ${step}`);
    const stopCpu = cpuMeter(ctx.run);
    const { result, row } = await timedCli(sb, { step, work, ...(target ? { target } : {}) }, args);
    const cpuSeconds = (await stopCpu()).seconds.cli;
    say(`${step}: ${(row.ms / 1000).toFixed(2)} s (CLI CPU ${cpuSeconds.toFixed(2)} s), peak RSS ${row.rssMb.toFixed(0)} MB`);
    steps.push({ ...row, cpuSeconds });
    return result;
  };
  try {
    await cli(sb, ['init']);
    // one command registers the whole fleet (empty schemas or databases: the platform has no version yet)
    await run(`tenants add ×${n}`, ['tenants', 'add', PLATFORM, ...tenants]);
    await run('migrate --dry-run', ['migrate', '--to', 'latest', '--dry-run', ...UNSTAGED_FLAGS], 'read');
    await run('enqueue (migrate, no --wait)', ['--json', 'migrate', '--to', 'latest', ...UNSTAGED_FLAGS], 'enqueue');
    // the pass every worker makes on its timer, over a queue of n runs waiting
    await new Promise((resolve) => setTimeout(resolve, 2_100)); // runs younger than 2 s are left alone
    steps.push(await reconcilerPass(sb, 'reconciler pass, every run queued', 'fleet', n));

    await checkpoint();
    say(`timing the rollout: ${w} worker(s) × concurrency ${c}`);
    const started = performance.now();
    const workerPids: number[] = []; // read when the meter stops: the workers' whole CPU time is theirs
    const stopCpu = cpuMeter(ctx.run, workerPids);
    workers = await startWorkers(ctx, sb, w, c);
    workerPids.push(...workers.map((x) => x.pid));
    const stopSampling = sampleRss(workers);
    for (;;) {
      const rollout = await rolloutStatus(sb);
      if (rollout && rollout.status !== 'running') {
        if (rollout.status !== 'succeeded') throw new Error(`scale: the rollout ended ${rollout.status}: ${workers.map((x) => x.warnings.join('; ')).join(' | ')}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const rolloutMs = performance.now() - started;
    stopSampling();
    const rolloutCpu = (await stopCpu()).seconds;
    await Promise.all(workers.map((x) => stopChild(x.child)));
    const workerMaxRssMb = Math.max(...workers.map((x) => x.maxRssKb)) / 1024;
    steps.push({
      step: `rollout (${w} workers × ${c})`,
      ms: rolloutMs,
      rssMb: workerMaxRssMb,
      kind: 'workers',
      work: 'fleet',
      cpuSeconds: rolloutCpu.workers,
    });

    // status, versions and consistency show the ledger's records (checked) by default, and read every
    // tenant's own table with --live: both timed; the target holds the default, verify and invariants
    for (const command of [['status'], ['versions'], ['consistency'], ['verify'], ['verify', '--invariants']]) await run(command.join(' '), command, 'read');
    for (const command of [['status', '--live'], ['versions', '--live'], ['consistency', '--live']]) await run(command.join(' '), command);
    steps.push(await reconcilerPass(sb, 'reconciler pass, rollout done', 'one', 0));
    // a new tenant at the platform's current version, beside a fleet of n
    await run('tenants add 1 (at the current version)', ['tenants', 'add', PLATFORM, 'newcomer'], undefined, 'one');

    // the dashboard's figures on this fleet
    steps.push(...(await measureDashboard(sb.configFile, n, say)));

    const size = await ledgerSize(sb.controlDb);
    // the fleet's figures in the log as soon as they exist (the report's table needs both sizes)
    say(`done: ${steps.map((x) => `${x.step} ${(x.ms / 1000).toFixed(2)} s`).join('; ')}; ledger ${(size.bytes / n).toFixed(0)} bytes per tenant`);
    return { layout, tenants: n, steps, ledgerBytes: size.bytes, ledgerTables: size.tables, workerMaxRssMb, totalMs: performance.now() - began };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    say('dropping the fleet');
    await ctx.registry.destroy(sb);
    await ctx.registry.dropDatabasesWithPrefixes();
  }
}
