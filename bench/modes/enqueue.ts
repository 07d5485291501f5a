// Enqueue speed: `tenantry migrate --to latest` without --wait, no worker running.
import type { Sandbox, TimedCliResult } from '../../test/helpers/sandbox.js';
import { flushPrefix } from '../../test/helpers/services.js';
import type { BenchContext } from '../context.js';
import { checkpoint, databaseStats, ledgerSize, ledgerTable, statsPerTenant, withClient, type LedgerSize, type PerTenantStats } from '../support/db.js';
import { jobFields, waitingJobs } from '../support/queue.js';
import { median } from '../support/stats.js';
import { PLATFORM, UNSTAGED_FLAGS } from '../workload.js';
import { accountsSandbox, cli } from './tenantry.js';

export interface EnqueuePhases {
  toLedgerMs: number;
  ledgerWriteMs: number;
  queueMs: number;
}

export interface EnqueueResult {
  tenants: number;
  /** the median CLI wall time */
  ms: number;
  samples: number[];
  /** Node start-up and loading the CLI's modules: the median of three `--help` runs */
  startupMs: number;
  netMs: number;
  phases: EnqueuePhases;
  ledger: { perTenant: PerTenantStats; size: LedgerSize | undefined };
}

/** Registers tenants straight into the ledger: their schemas are never touched (no worker runs). */
export async function registerInLedger(sb: Sandbox, n: number): Promise<void> {
  await withClient(sb.controlDb, (c) =>
    c.query(`INSERT INTO ${ledgerTable('tenants')} (platform, tenant) SELECT $1, 't' || lpad(g::text, 5, '0') FROM generate_series(1, $2::int) g`, [PLATFORM, n]),
  );
}

/**
 * One `tenantry migrate` (no --wait) cut into phases on one clock, from recorded timestamps:
 * spawn → the rollout's `created_at` (the ledger transaction's start: Node start-up, config,
 * planning), → the first job's BullMQ `timestamp` (the rollout and its runs written and
 * committed), → process exit (every job added with addBulk, connections closed).
 */
async function enqueuePhases(sb: Sandbox, result: TimedCliResult): Promise<EnqueuePhases> {
  const { createdAt, runIds } = await withClient(sb.controlDb, async (c) => {
    const rollout = await c.query<{ at: string }>(`SELECT extract(epoch FROM created_at) * 1000 AS at FROM ${ledgerTable('rollouts')}`);
    const runs = await c.query<{ id: string }>(`SELECT id FROM ${ledgerTable('runs')}`);
    return { createdAt: Number(rollout.rows[0]?.at), runIds: runs.rows.map((r) => r.id) };
  });
  const { runJobId } = await import('@tenantry/queue');
  const jobs = await jobFields(sb.prefix, runIds.map(runJobId), ['timestamp']);
  const firstJob = Math.min(...jobs.map((j) => Number(j.timestamp)));
  return { toLedgerMs: createdAt - result.spawnedAt, ledgerWriteMs: firstJob - createdAt, queueMs: result.exitedAt - firstJob };
}

export async function benchEnqueue(ctx: BenchContext, { tenants: n, repeat }: { tenants: number; repeat: number }): Promise<EnqueueResult> {
  const sb = accountsSandbox(ctx, 'enqueue');
  try {
    ctx.log(`enqueue: init + inserting ${n} tenants into the ledger (not timed)`);
    await cli(sb, ['init']);
    await registerInLedger(sb, n);

    const helps: number[] = [];
    for (let i = 0; i < 3; i++) helps.push((await cli(sb, ['--help'])).ms);
    const startupMs = median(helps);

    // one CLI run is a noisy sample: take the median of several, each from an empty ledger and queue
    const samples: number[] = [];
    const phases: EnqueuePhases[] = [];
    const ledgerStats: PerTenantStats[] = [];
    let size: LedgerSize | undefined;
    for (let i = 0; i < repeat; i++) {
      // TRUNCATE, not DELETE: each sample starts from empty tables, with no dead rows of the last
      await withClient(sb.controlDb, (c) => c.query(`TRUNCATE ${ledgerTable('rollouts')} CASCADE`)); // runs and backups too
      await flushPrefix(sb.prefix);
      await checkpoint();
      const statsBefore = await databaseStats([sb.controlDb]);
      ctx.log(`enqueue: timing \`tenantry migrate --to latest\` for ${n} tenants (no --wait, no worker), ${i + 1}/${repeat}`);
      const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', ...UNSTAGED_FLAGS]);
      const out = JSON.parse(result.stdout) as { runs?: unknown }; // one (pretty-printed) JSON object
      if (out.runs !== n) throw new Error(`enqueue: expected ${n} runs, the CLI reported ${String(out.runs)}`);
      // the CLI has exited, so its backend has reported: what it cost the control database
      ledgerStats.push(statsPerTenant(statsBefore, await databaseStats([sb.controlDb]), sb.controlDb, n));

      // the jobs really are in the queue, and the runs in the ledger
      const waiting = await waitingJobs(sb.prefix);
      const queuedRuns = await withClient(sb.controlDb, async (c) => Number((await c.query<{ count: string }>(`SELECT count(*) FROM tenantry.runs WHERE status = 'queued'`)).rows[0]?.count));
      if (waiting !== n || queuedRuns !== n) throw new Error(`enqueue: expected ${n} waiting jobs and queued runs, found ${waiting} and ${queuedRuns}`);
      samples.push(result.ms);
      phases.push(await enqueuePhases(sb, result));
      size ??= await ledgerSize(sb.controlDb); // what n queued runs occupy (first sample: fresh tables)
    }
    const ms = median(samples);
    const pick = <T>(list: readonly T[], key: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]) => median(list.map((x) => x[key] as number));
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
    await ctx.registry.destroy(sb);
  }
}
