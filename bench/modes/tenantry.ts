// Tenantry: the real CLI, real worker processes, BullMQ on Redis.
import type { Sandbox } from '../../test/helpers/sandbox.js';
import type { BenchContext, ModeResult } from '../context.js';
import { cpuMeter, readRssKb, sampleRss } from '../support/cpu.js';
import { checkpoint, databaseStats, ledgerSize, statsPerTenant, withClient, type LedgerSize, type PerTenantStats } from '../support/db.js';
import { startWorker, stopChild, type BenchWorker } from '../support/processes.js';
import { chunks, fingerprint, finishedEvent, MIGRATIONS_DIR, PLATFORM, schemaOf, tenantIds, UNSTAGED_FLAGS, verifyTenants } from '../workload.js';
import { backupCosts, pgDumpProbe, type BackupCosts } from './backup-costs.js';

export interface WorkerFigures {
  pid: number;
  runs: number;
  failed: number;
  cpuSeconds: number | undefined;
  idleRssMb?: number;
  maxRssMb: number;
}

export interface TenantryDetails {
  rolloutMs?: number;
  runsSpanMs?: number;
  avgRunMs?: number;
  avgGapMs?: number | undefined;
  ledgerCost?: { control: PerTenantStats; tenantDb: PerTenantStats; size: LedgerSize };
  backups?: BackupCosts;
  /** the release modes: runs in the rollout, and per platform its dumps */
  runs?: number;
  dumps?: Record<string, { backedUp: number; files: number; inRun: number }>;
  workers: WorkerFigures[];
  maxRssMb: number;
}

/** A sandbox of the accounts platform; with `backup`, backup.strategy is pg_dump (dumps go to its temp dir). */
export function accountsSandbox(ctx: BenchContext, label: string, backup = false): Sandbox {
  const pgBinDir = ctx.options.pgBinDir;
  return ctx.registry.sandbox(label, {
    platforms: { [PLATFORM]: { migrations: MIGRATIONS_DIR } },
    extra: {
      // the bench's own worker settings, not the tests' (no faster reconciler, no busy retry)
      worker: { heartbeatMs: 1000 },
      run: undefined,
      ...(backup ? { backup: { strategy: 'pg_dump', dir: './backups', ...(pgBinDir ? { binDir: pgBinDir } : {}) } } : {}),
    },
  });
}

/** Runs the CLI quietly; throws with its stderr on a non-zero exit. */
export async function cli(sandbox: Sandbox, args: readonly string[], check = true) {
  const result = await sandbox.cli(args, { TENANTRY_LOG_LEVEL: 'warn' });
  if (check && result.code !== 0) {
    throw new Error(`tenantry ${args.slice(0, 3).join(' ')} … exited ${result.code}: ${result.stderr.trim().slice(-2000)}`);
  }
  return result;
}

/** W workers of the sandbox, each logged "worker started"; their idle RSS taken. */
export async function startWorkers(ctx: BenchContext, sandbox: Sandbox, count: number, concurrency: number): Promise<BenchWorker[]> {
  ctx.registry.assertNotStopping();
  const workers = Array.from({ length: count }, () => startWorker(sandbox, concurrency, ctx.options.cpuProfDir));
  await Promise.all(workers.map((x) => x.started));
  for (const x of workers) x.idleRssKb = readRssKb(x.pid);
  return workers;
}

export function workerFigures(workers: readonly BenchWorker[]): Pick<TenantryDetails, 'workers' | 'maxRssMb'> {
  return {
    workers: workers.map((x) => ({ pid: x.pid, runs: x.succeeded, failed: x.failed, cpuSeconds: x.cpuSeconds, idleRssMb: x.idleRssKb / 1024, maxRssMb: x.maxRssKb / 1024 })),
    maxRssMb: Math.max(...workers.map((x) => x.maxRssKb)) / 1024,
  };
}

export interface TenantryRun {
  tenants: number;
  workers: number;
  concurrency: number;
  label: string;
  backup?: boolean;
}

/**
 * W real `tenantry worker --concurrency C` processes, then `tenantry migrate --to latest --wait`
 * timed from spawn to exit. Not timed: init, registering the tenants (which creates their schemas).
 */
export async function benchTenantry(ctx: BenchContext, { tenants: n, workers: w, concurrency: c, label, backup = false }: TenantryRun): Promise<ModeResult<TenantryDetails>> {
  const sb = accountsSandbox(ctx, label, backup);
  const platformDb = sb.platformDbs[PLATFORM]!;
  const tenants = tenantIds(n);
  let workers: BenchWorker[] = [];
  try {
    ctx.log(`${label}: init + registering ${n} tenants (not timed)`);
    await cli(sb, ['init']);
    for (const part of chunks(tenants, 500)) await cli(sb, ['tenants', 'add', PLATFORM, ...part]);
    workers = await startWorkers(ctx, sb, w, c);

    await checkpoint();
    ctx.log(`${label}: ${w} worker(s) × concurrency ${c} started; timing \`tenantry migrate --to latest --wait\`${backup ? ' with backup.strategy pg_dump' : ''}`);
    const statsBefore = await databaseStats([sb.controlDb, platformDb]);
    const stopSampling = sampleRss(workers);
    const stopCpu = cpuMeter(ctx.run, workers.map((x) => x.pid));
    const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait', ...(ctx.options.unstaged ? UNSTAGED_FLAGS : [])], false);
    const cpu = await stopCpu();
    stopSampling();
    const finished = finishedEvent(result.stdout);
    if (result.code !== 0 || finished?.status !== 'succeeded' || finished.counts.succeeded !== n) {
      throw new Error(
        `${label}: migrate exited ${result.code}, rollout ${finished?.status ?? '?'} ${JSON.stringify(finished?.counts ?? {})}: ${result.stderr.trim().slice(-1000)} ${workers.map((x) => x.warnings.join('; ')).join(' | ')}`,
      );
    }

    // stopped first: their backends report their statistics to pg_stat_database when they exit
    await Promise.all(workers.map((x) => stopChild(x.child)));
    const statsAfter = await databaseStats([sb.controlDb, platformDb]);
    const ledger = await ledgerTimings(sb.controlDb, c);
    const ledgerCost = {
      // the CLI's planning, rollout creation and --wait polls, and every worker's ledger writes
      control: statsPerTenant(statsBefore, statsAfter, sb.controlDb, n),
      // the runs themselves (node-pg-migrate, locks, version reads; pg_dump's own session too)
      tenantDb: statsPerTenant(statsBefore, statsAfter, platformDb, n),
      size: await ledgerSize(sb.controlDb),
    };
    const backups = backup ? { ...(await backupCosts(sb, n)), probe: await pgDumpProbe(ctx, sb, tenants) } : undefined;
    await verifyTenants(platformDb, tenants);
    const print = await fingerprint(platformDb, schemaOf(tenants[0]!));
    return {
      row: { mode: `Tenantry${label.startsWith('scale') ? ' scale' : ''}${label.startsWith('tenantry-floor') ? ', floor pair' : ''}${backup ? ' + pg_dump' : ''} (W=${w}, C=${c})`, key: label, tenants: n, connections: w * c, ms: result.ms, cpu },
      print,
      details: { ...ledger, ledgerCost, ...(backups ? { backups } : {}), ...workerFigures(workers) },
    };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await ctx.registry.destroy(sb);
  }
}

/** The ledger's own view: excludes CLI start-up and the --wait poll interval (500 ms). */
export async function ledgerTimings(controlDb: string, concurrency: number): Promise<Pick<TenantryDetails, 'rolloutMs' | 'runsSpanMs' | 'avgRunMs' | 'avgGapMs'>> {
  return withClient(controlDb, async (client) => {
    const { rows } = await client.query<{ rollout_ms: string; runs_span_ms: string; avg_run_ms: string; avg_gap_ms: string }>(`SELECT
        extract(epoch FROM r.finished_at - r.created_at) * 1000 AS rollout_ms,
        (SELECT extract(epoch FROM max(finished_at) - min(started_at)) * 1000 FROM tenantry.runs WHERE rollout_id = r.id) AS runs_span_ms,
        (SELECT avg(extract(epoch FROM finished_at - started_at)) * 1000 FROM tenantry.runs WHERE rollout_id = r.id) AS avg_run_ms,
        -- with one run at a time per worker: the time between one run's end and the next one's
        -- claim, i.e. what the queue and the ledger bookkeeping cost around each run
        (SELECT avg(extract(epoch FROM started_at - prev_finished)) * 1000 FROM
           (SELECT started_at, lag(finished_at) OVER (PARTITION BY worker_id ORDER BY started_at) AS prev_finished
            FROM tenantry.runs WHERE rollout_id = r.id) g WHERE prev_finished IS NOT NULL) AS avg_gap_ms
      FROM tenantry.rollouts r`);
    const row = rows[0];
    return {
      rolloutMs: Number(row?.rollout_ms),
      runsSpanMs: Number(row?.runs_span_ms),
      avgRunMs: Number(row?.avg_run_ms),
      avgGapMs: concurrency === 1 ? Number(row?.avg_gap_ms) : undefined,
    };
  });
}
