// A deploy with nothing to do: N tenants all at the target, `tenantry migrate --to latest --wait`
// end to end, beside the same deploy with --recheck (every tenant queued and read under its lock).
import type { Sandbox } from '../../test/helpers/sandbox.js';
import type { BenchContext } from '../context.js';
import { checkpoint, ledgerTable, withClient } from '../support/db.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { waitingJobs } from '../support/queue.js';
import { median } from '../support/stats.js';
import { PLAIN_STEPS, PLATFORM, chunks, finishedEvent, oneRoundTripSql, schemaOf, tenantIds, verifyTenants, type FinishedEvent } from '../workload.js';
import { sendEach } from './one-round-trip.js';
import { accountsSandbox, cli, startWorkers } from './tenantry.js';

export interface NoopResult {
  tenants: number;
  /** the median CLI wall time of the deploy with nothing to do */
  ms: number;
  samples: number[];
  /** runs the ledger showed at the target, so queued no job (each sample) */
  skipped: number;
  /** the same deploy with --recheck: every tenant queued, each run a no-op */
  recheckMs: number;
  recheckRuns: number;
}

const LATEST = PLAIN_STEPS.at(-1)!.name;

/** Jobs in the queue and runs in the ledger: a deploy with nothing to do adds neither. */
async function queuedWork(sb: Sandbox): Promise<{ jobs: number; runs: number }> {
  const runs = await withClient(sb.controlDb, async (c) => Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${ledgerTable('runs')}`)).rows[0]?.n));
  return { jobs: await waitingJobs(sb.prefix), runs };
}

function assertFinished(label: string, event: FinishedEvent | undefined, code: number | null, succeeded: number): FinishedEvent & { skippedAtTarget?: number } {
  if (code !== 0 || event?.status !== 'succeeded' || event.counts.succeeded !== succeeded) {
    throw new Error(`noop: ${label} exited ${code}, rollout ${event?.status ?? '?'} ${JSON.stringify(event?.counts ?? {})}, expected ${succeeded} succeeded`);
  }
  return event;
}

export async function benchNoop(ctx: BenchContext, { tenants: n, workers: w, concurrency: c, repeat }: { tenants: number; workers: number; concurrency: number; repeat: number }): Promise<NoopResult> {
  const sb = accountsSandbox(ctx, 'noop');
  const platformDb = sb.platformDbs[PLATFORM]!;
  const tenants = tenantIds(n);
  let workers: BenchWorker[] = [];
  try {
    ctx.log(`noop: init, registering ${n} tenants and bringing them to latest with plain SQL (not timed)`);
    await cli(sb, ['init']);
    for (const part of chunks(tenants, 1000)) await cli(sb, ['tenants', 'add', PLATFORM, ...part]);
    // the same DDL and history a deploy leaves, in one round trip a tenant; the ledger's record as
    // that deploy's runs would have written it
    await sendEach(ctx, platformDb, tenants.map((t) => oneRoundTripSql(schemaOf(t), PLAIN_STEPS)), 4);
    await withClient(sb.controlDb, (client) => client.query(`UPDATE ${ledgerTable('tenants')} SET known_version = $1`, [LATEST]));
    workers = await startWorkers(ctx, sb, w, c);

    const samples: number[] = [];
    let skipped = 0;
    for (let i = 0; i < repeat; i++) {
      await checkpoint();
      ctx.log(`noop: timing \`tenantry migrate --to latest --wait\` of ${n} tenants all at target, ${i + 1}/${repeat}`);
      const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait'], false);
      const finished = assertFinished('the deploy', finishedEvent(result.stdout), result.code, 0);
      skipped = finished.skippedAtTarget ?? 0;
      const work = await queuedWork(sb);
      if (skipped !== n || work.jobs !== 0 || work.runs !== 0) throw new Error(`noop: expected ${n} skipped and nothing queued, found ${skipped} skipped, ${work.jobs} jobs, ${work.runs} runs`);
      samples.push(result.ms);
    }

    await checkpoint();
    ctx.log(`noop: timing the same deploy with --recheck (${n} runs, each a no-op)`);
    const recheck = await cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait', '--recheck'], false);
    assertFinished('the deploy with --recheck', finishedEvent(recheck.stdout), recheck.code, n);
    const noops = await withClient(sb.controlDb, async (client) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ledgerTable('runs')} WHERE noop`)).rows[0]?.n));
    if (noops !== n) throw new Error(`noop: --recheck should find every tenant at the target, ${noops} of ${n} runs were no-ops`);
    await verifyTenants(platformDb, tenants);
    return { tenants: n, ms: median(samples), samples, skipped, recheckMs: recheck.ms, recheckRuns: noops };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await ctx.registry.destroy(sb);
  }
}
