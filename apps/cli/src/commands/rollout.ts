import { InvalidInput, NotFound, RolloutLedger, paceRate, rolloutPace, type RolloutStatus } from '@tenantry/core';
import { RolloutViews } from '@tenantry/dashboard';
import { enqueueRuns, openQueueStore, PRIORITY, retryFailedTenants, runJobId } from '@tenantry/queue';
import type { CliContext } from '../context.js';
import { describeFailure, followRollout, printOutcome, waitOptions, warnIfNoWorker } from '../follow.js';
import { resolveRecordId } from '../record-id.js';
import { ago, formatDuration, parseCount, parseRecordId, printJson, printLine, printTable } from '../output.js';


export async function rolloutStatusCommand(ctx: CliContext, idArg: string, options: { wait?: boolean; timeout?: string }): Promise<number> {
  const follow = waitOptions(ctx, options);
  const id = await resolveRecordId(ctx, 'rollout', idArg);
  const ledger = new RolloutLedger(ctx.control);
  const summary = await ledger.getRollout(id);
  if (!summary) throw new NotFound(`no rollout ${id}`);
  if (options.wait && summary.status === 'running') {
    const followed = await followRollout(ctx.control, id, follow);
    printOutcome(followed.summary, followed.failed, ctx.json);
    return followed.summary.status === 'succeeded' ? 0 : 1;
  }
  const failed = summary.counts.failed > 0 ? await ledger.listRuns(id, 'failed') : [];
  if (ctx.json) {
    printJson({ ...summary, failed });
  } else {
    printLine(
      `rollout ${summary.id} ${summary.status}${summary.haltReason ? ` (${summary.haltReason})` : ''}: ${summary.counts.succeeded} succeeded, ${summary.counts.failed} failed of ${summary.total}`,
    );
    printLine(`  ${summary.kind} to ${summary.target}`);
    if (typeof summary.options.retryOf === 'string') printLine(`  retry of ${summary.options.retryOf} (its failed tenants)`);
    printLine(`  created ${summary.createdAt.toISOString()}${summary.finishedAt ? `, finished ${summary.finishedAt.toISOString()}` : ''}`);
    printLine(`  runs: ${Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (of ${summary.total})`);
    if (summary.wave >= 0) printLine(`  wave ${summary.wave + 1} of ${summary.waves}${summary.wave === 0 && summary.waves > 1 ? ' (canary)' : ''}`);
    const running = summary.status === 'running';
    const rate = paceRate(await rolloutPace(ctx.control, id), running);
    if (rate !== undefined) {
      const left = summary.counts.waiting + summary.counts.queued + summary.counts.running;
      const note = running ? (left > 0 ? `, ETA ${formatDuration(left / rate)}` : '') : summary.status === 'paused' || summary.status === 'halted' ? ` while it ran (${summary.status} now)` : '';
      printLine(`  throughput ${rate.toFixed(1)} runs/s${note}`);
    }
    for (const run of failed) printLine(`  FAILED ${describeFailure(run)}`);
  }
  return summary.status === 'failed' ? 1 : 0;
}

export async function rolloutPauseCommand(ctx: CliContext, idArg: string): Promise<number> {
  const id = await resolveRecordId(ctx, 'rollout', idArg);
  const ledger = new RolloutLedger(ctx.control);
  const summary = await ledger.getRollout(id);
  if (!summary) throw new NotFound(`no rollout ${id}`);
  if (!(await ledger.pause(id))) throw new InvalidInput(`rollout ${id} is ${summary.status}: only a running rollout can be paused`);
  if (ctx.json) printJson({ rolloutId: id, status: 'paused' });
  else printLine(`rollout ${id} paused: queued runs wait, running runs finish`);
  return 0;
}

/**
 * Resumes a paused or halted rollout; its queued runs are enqueued again (they were skipped).
 * With --retry-failed on a finished, failed rollout: a new rollout of the tenants it left behind.
 */
export async function rolloutResumeCommand(ctx: CliContext, idArg: string, options: { retryFailed?: boolean; wait?: boolean; timeout?: string }): Promise<number> {
  const follow = waitOptions(ctx, options);
  parseRecordId('rollout', idArg);
  const config = ctx.config;
  const store = openQueueStore(config, { connectionName: 'tenantry cli' });
  let followId: string | undefined;
  try {
    // every server is checked before anything is looked up or written
    await store.assertReachable();
    let id = await resolveRecordId(ctx, 'rollout', idArg);
    const ledger = new RolloutLedger(ctx.control);
    const summary = await ledger.getRollout(id);
    if (!summary) throw new NotFound(`no rollout ${id}`);
    const queue = store.runQueue();
    if (summary.status === 'failed' && options.retryFailed) {
      const retry = await retryFailedTenants(config, ctx.control, ctx.pools, queue, id, process.env.USER ?? 'cli');
      if (ctx.json && !options.wait) printJson({ rolloutId: retry.rolloutId, retryOf: id, tenants: retry.tenants, runs: retry.runs.length });
      else if (!ctx.json) {
        printLine(`rollout ${id} had finished (failed): its ${retry.tenants.length} failed tenant(s) are retried as a new rollout, ${retry.rolloutId} (${retry.runs.length} run(s); the failed rollout is kept as it was)`);
      }
      id = retry.rolloutId;
    } else {
      const runs = await ledger.resume(id, options.retryFailed === true);
      if (!runs) {
        const hint = summary.status === 'failed' ? ': --retry-failed retries its failed tenants as a new rollout' : '';
        throw new InvalidInput(`rollout ${id} is ${summary.status}: only a paused or halted rollout can be resumed${hint}`);
      }
      // a job skipped while the rollout was stopped is finished in BullMQ: remove it to add it again
      for (const run of runs) await queue.remove(runJobId(run.id)).catch(() => 0);
      await enqueueRuns(queue, id, runs, { priority: PRIORITY.fleet });
      const { released } = await ledger.advanceWaves(id);
      if (released.length > 0) await enqueueRuns(queue, id, released, { priority: PRIORITY.fleet });
      if (ctx.json && !options.wait) printJson({ rolloutId: id, status: 'running', requeued: runs.length });
      else if (!ctx.json) printLine(`rollout ${id} resumed: ${runs.length} run(s) queued again${options.retryFailed ? ' (failed runs included)' : ''}`);
    }
    if (!options.wait) await warnIfNoWorker(ctx, id);
    followId = id;
  } finally {
    await store.close();
  }
  if (!options.wait) return 0;
  const followed = await followRollout(ctx.control, followId!, follow);
  printOutcome(followed.summary, followed.failed, ctx.json);
  return followed.summary.status === 'succeeded' ? 0 : 1;
}

const STATUSES: readonly RolloutStatus[] = ['running', 'paused', 'halted', 'succeeded', 'failed', 'cancelled'];

/** Recent rollouts, newest first (running ones always shown): the same view as the dashboard's /api/rollouts. */
export async function rolloutListCommand(ctx: CliContext, options: { limit?: string; status?: string }): Promise<number> {
  const limit = options.limit === undefined ? 20 : parseCount('--limit', options.limit, 200);
  const status = options.status as RolloutStatus | undefined;
  if (status !== undefined && !STATUSES.includes(status)) throw new InvalidInput(`--status must be one of ${STATUSES.join(', ')}`);
  await ctx.control.assertReady();
  const rollouts = await new RolloutViews(ctx.control).list({ status, limit });
  if (ctx.json) {
    printJson(rollouts);
    return 0;
  }
  printTable(
    ['ID', 'STATUS', 'KIND', 'TARGET', 'DONE', 'FAILED', 'CREATED'],
    rollouts.map((r) => [r.id.slice(0, 8), r.status, r.kind, r.target, `${r.done}/${r.total}`, r.counts.failed, ago(new Date(r.createdAt))]),
  );
  if (rollouts.length === 0) printLine(status ? `no ${status} rollouts` : 'no rollouts yet: start one with `tenantry migrate --to TARGET`');
  return 0;
}
