import {
  InvalidInput,
  describeLockWaits,
  paceRate,
  rolloutLockWaits,
  rolloutPace,
  type RolloutStatus,
} from '@tenantry/core';
import { cliActor } from '../audit.js';
import type { CliContext } from '../context.js';
import { describeFailure, followRollout, printOutcome, waitOptions, warnIfNoWorker } from '../follow.js';
import { CliRollouts } from '../rollouts.js';
import { printGovernor } from '../governor-output.js';
import { ago, formatDuration, parseCount, parseRecordId, printJson, printLine, printTable } from '../output.js';

export async function rolloutStatusCommand(
  ctx: CliContext,
  idArg: string,
  options: { wait?: boolean; timeout?: string },
): Promise<number> {
  const follow = waitOptions(ctx, options);
  parseRecordId('rollout', idArg);
  const { failed, deferrals, servers, ...summary } = await (await CliRollouts.open(ctx)).service.get(idArg);
  const id = summary.id;
  if (options.wait && summary.status === 'running') {
    const followed = await followRollout(ctx.control, id, follow);
    printOutcome(followed.summary, followed.failed, ctx.json);
    return followed.summary.status === 'succeeded' ? 0 : 1;
  }
  const lockWaits = await rolloutLockWaits(ctx.control, id);
  if (ctx.json) {
    printJson({ ...summary, lockWaits, failed, deferrals, servers });
  } else {
    printLine(
      `rollout ${summary.id} ${summary.status}${summary.haltReason ? ` (${summary.haltReason})` : ''}: ${summary.counts.succeeded} succeeded, ${summary.counts.failed} failed of ${summary.total}`,
    );
    printLine(`  ${summary.kind} to ${summary.target}`);
    if (typeof summary.options.retryOf === 'string')
      printLine(`  retry of ${summary.options.retryOf} (its failed tenants)`);
    printLine(
      `  created ${summary.createdAt.toISOString()}${summary.finishedAt ? `, finished ${summary.finishedAt.toISOString()}` : ''}`,
    );
    printLine(
      `  runs: ${Object.entries(summary.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')} (of ${summary.total})`,
    );
    if (summary.wave >= 0)
      printLine(
        `  wave ${summary.wave + 1} of ${summary.waves}${summary.wave === 0 && summary.waves > 1 ? ' (canary)' : ''}`,
      );
    const running = summary.status === 'running';
    const rate = paceRate(await rolloutPace(ctx.control, id), running);
    if (rate !== undefined) {
      const left = summary.counts.waiting + summary.counts.queued + summary.counts.running;
      const note = running
        ? left > 0
          ? `, ETA ${formatDuration(left / rate)}`
          : ''
        : summary.status === 'paused' || summary.status === 'halted'
          ? ` while it ran (${summary.status} now)`
          : '';
      printLine(`  throughput ${rate.toFixed(1)} runs/s${note}`);
    }
    const waited = describeLockWaits(lockWaits);
    if (waited) printLine(`  lock waits: ${waited}`);
    printGovernor(deferrals, servers);
    for (const run of failed) printLine(`  FAILED ${describeFailure(run)}`);
  }
  return summary.status === 'failed' ? 1 : 0;
}

export async function rolloutPauseCommand(ctx: CliContext, idArg: string): Promise<number> {
  parseRecordId('rollout', idArg);
  ctx.noteAudit({ target: idArg });
  const { rolloutId: id } = await (await CliRollouts.open(ctx)).service.pause(idArg);
  ctx.noteAudit({ target: id });
  if (ctx.json) printJson({ rolloutId: id, status: 'paused' });
  else printLine(`rollout ${id} paused: queued runs wait, running runs finish`);
  return 0;
}

/**
 * Resumes a paused or halted rollout; its queued runs are enqueued again (they were skipped).
 * With --retry-failed on a finished, failed rollout: a new rollout of the tenants it left behind.
 */
export async function rolloutResumeCommand(
  ctx: CliContext,
  idArg: string,
  options: { retryFailed?: boolean; wait?: boolean; timeout?: string },
): Promise<number> {
  const follow = waitOptions(ctx, options);
  parseRecordId('rollout', idArg);
  const rollouts = await CliRollouts.open(ctx);
  let followId: string;
  try {
    // the queue is checked before anything is looked up or written
    ctx.noteAudit({ target: idArg });
    const resumed = await rollouts.service.resume(idArg, {
      ...(options.retryFailed ? { retryFailed: true } : {}),
      requestedBy: cliActor(ctx.env).actor,
    });
    ctx.noteAudit({ target: resumed.rolloutId });
    if (resumed.kind === 'retried') {
      const { retry } = resumed;
      if (ctx.json && !options.wait)
        printJson({
          rolloutId: retry.rolloutId,
          retryOf: resumed.rolloutId,
          tenants: retry.tenants,
          runs: retry.runs.length,
        });
      else if (!ctx.json) {
        printLine(
          `rollout ${resumed.rolloutId} had finished (failed): its ${retry.tenants.length} failed tenant(s) are retried as a new rollout, ${retry.rolloutId} (${retry.runs.length} run(s); the failed rollout is kept as it was)`,
        );
      }
      followId = retry.rolloutId;
    } else {
      if (ctx.json && !options.wait)
        printJson({ rolloutId: resumed.rolloutId, status: 'running', requeued: resumed.requeued });
      else if (!ctx.json)
        printLine(
          `rollout ${resumed.rolloutId} resumed: ${resumed.requeued} run(s) queued again${options.retryFailed ? ' (failed runs included)' : ''}`,
        );
      followId = resumed.rolloutId;
    }
    if (!options.wait) await warnIfNoWorker(ctx, followId);
  } finally {
    await rollouts.close();
  }
  if (!options.wait) return 0;
  const followed = await followRollout(ctx.control, followId, follow);
  printOutcome(followed.summary, followed.failed, ctx.json);
  return followed.summary.status === 'succeeded' ? 0 : 1;
}

const STATUSES: readonly RolloutStatus[] = ['running', 'paused', 'halted', 'succeeded', 'failed', 'cancelled'];

/** Recent rollouts, newest first (running ones always shown): the same view as the dashboard's /api/rollouts. */
export async function rolloutListCommand(
  ctx: CliContext,
  options: { limit?: string; status?: string },
): Promise<number> {
  const limit = options.limit === undefined ? 20 : parseCount('--limit', options.limit, 200);
  const status = options.status as RolloutStatus | undefined;
  if (status !== undefined && !STATUSES.includes(status))
    throw new InvalidInput(`--status must be one of ${STATUSES.join(', ')}`);
  await ctx.control.assertReady();
  const { RolloutViews } = await import('@tenantry/dashboard'); // loaded when needed: start-up cost
  const rollouts = await new RolloutViews(ctx.control).list({ status, limit });
  if (ctx.json) {
    printJson(rollouts);
    return 0;
  }
  printTable(
    ['ID', 'STATUS', 'KIND', 'TARGET', 'DONE', 'FAILED', 'CREATED'],
    rollouts.map((r) => [
      r.id.slice(0, 8),
      r.status,
      r.kind,
      r.target,
      `${r.done}/${r.total}`,
      r.counts.failed,
      ago(new Date(r.createdAt)),
    ]),
  );
  if (rollouts.length === 0)
    printLine(status ? `no ${status} rollouts` : 'no rollouts yet: start one with `tenantry migrate --to TARGET`');
  return 0;
}
