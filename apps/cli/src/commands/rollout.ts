import { InvalidInput, NotFound, RolloutLedger } from '@tenantry/core';
import { enqueueRuns, openQueueStore, PRIORITY, runJobId } from '@tenantry/queue';
import type { CliContext } from '../context.js';
import { describeFailure, followRollout, printOutcome, waitOptions } from '../follow.js';
import { printJson, printLine, parseRecordId } from '../output.js';


export async function rolloutStatusCommand(ctx: CliContext, id: string, options: { wait?: boolean; timeout?: string }): Promise<number> {
  parseRecordId('rollout', id);
  const follow = waitOptions(ctx, options);
  await ctx.control.assertReady();
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
    printLine(`  created ${summary.createdAt.toISOString()}${summary.finishedAt ? `, finished ${summary.finishedAt.toISOString()}` : ''}`);
    printLine(`  runs: ${Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (of ${summary.total})`);
    if (summary.wave >= 0) printLine(`  wave ${summary.wave + 1} of ${summary.waves}${summary.wave === 0 && summary.waves > 1 ? ' (canary)' : ''}`);
    const done = summary.counts.succeeded + summary.counts.failed + summary.counts.cancelled;
    const seconds = ((summary.finishedAt ?? new Date()).getTime() - summary.createdAt.getTime()) / 1000;
    if (done > 0 && seconds > 0) {
      const rate = done / seconds;
      const left = summary.total - done;
      printLine(`  throughput ${rate.toFixed(1)} runs/s${summary.status === 'running' && left > 0 ? `, ETA ${Math.ceil(left / rate)}s` : ''}`);
    }
    for (const run of failed) printLine(`  FAILED ${describeFailure(run)}`);
  }
  return summary.status === 'failed' ? 1 : 0;
}

export async function rolloutPauseCommand(ctx: CliContext, id: string): Promise<number> {
  parseRecordId('rollout', id);
  await ctx.control.assertReady();
  const ledger = new RolloutLedger(ctx.control);
  const summary = await ledger.getRollout(id);
  if (!summary) throw new NotFound(`no rollout ${id}`);
  if (!(await ledger.pause(id))) throw new InvalidInput(`rollout ${id} is ${summary.status}: only a running rollout can be paused`);
  if (ctx.json) printJson({ rolloutId: id, status: 'paused' });
  else printLine(`rollout ${id} paused: queued runs wait, running runs finish`);
  return 0;
}

/** Resumes a paused or halted rollout; its queued runs are enqueued again (they were skipped). */
export async function rolloutResumeCommand(ctx: CliContext, id: string, options: { retryFailed?: boolean; wait?: boolean; timeout?: string }): Promise<number> {
  parseRecordId('rollout', id);
  const follow = waitOptions(ctx, options);
  const config = ctx.config;
  const store = openQueueStore(config, { connectionName: 'tenantry cli' });
  await store.assertReachable();
  await ctx.control.assertReady();
  const ledger = new RolloutLedger(ctx.control);
  const summary = await ledger.getRollout(id);
  if (!summary) throw new NotFound(`no rollout ${id}`);
  const runs = await ledger.resume(id, options.retryFailed === true);
  if (!runs) throw new InvalidInput(`rollout ${id} is ${summary.status}: only a paused or halted rollout can be resumed`);
  const queue = store.runQueue();
  try {
    // a job skipped while the rollout was stopped is finished in BullMQ: remove it to add it again
    for (const run of runs) await queue.remove(runJobId(run.id)).catch(() => 0);
    await enqueueRuns(queue, id, runs, { priority: PRIORITY.fleet });
    const { released } = await ledger.advanceWaves(id);
    if (released.length > 0) await enqueueRuns(queue, id, released, { priority: PRIORITY.fleet });
  } finally {
    await store.close();
  }
  if (ctx.json && !options.wait) printJson({ rolloutId: id, status: 'running', requeued: runs.length });
  else if (!ctx.json) printLine(`rollout ${id} resumed: ${runs.length} run(s) queued again${options.retryFailed ? ' (failed runs included)' : ''}`);
  if (!options.wait) return 0;
  const followed = await followRollout(ctx.control, id, follow);
  printOutcome(followed.summary, followed.failed, ctx.json);
  return followed.summary.status === 'succeeded' ? 0 : 1;
}
