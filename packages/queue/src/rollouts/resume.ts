import { InvalidInput, NotFound } from '@tenantry/core';
import { runJobId } from '../job-data.js';
import type { CreateDeps } from './deps.js';
import { requeueRuns } from './release.js';
import { retryFailedTenants, type RetriedRollout } from './retry.js';
import { releaseNextWave } from './waves.js';

export type ResumedRollout =
  /** a paused or halted rollout running again: its queued runs enqueued again (failed ones too with retryFailed) */
  | { kind: 'resumed'; rolloutId: string; requeued: number }
  /** a finished, failed rollout with retryFailed: its failed tenants retried as a new rollout */
  | { kind: 'retried'; rolloutId: string; retry: RetriedRollout };

/**
 * Resumes a paused or halted rollout; its queued runs are enqueued again (their jobs were
 * skipped while it was stopped), and the next wave released if the current one is done. With
 * `retryFailed`, its failed runs run again too; on a finished, failed rollout `retryFailed`
 * retries its failed tenants as a new rollout instead.
 */
export async function resumeRollout(
  deps: CreateDeps,
  rolloutId: string,
  options: { retryFailed?: boolean; requestedBy?: string } = {},
): Promise<ResumedRollout> {
  const summary = await deps.ledger.getRollout(rolloutId);
  if (!summary) throw new NotFound(`no rollout ${rolloutId}`);
  if (summary.status === 'failed' && options.retryFailed) {
    return { kind: 'retried', rolloutId, retry: await retryFailedTenants(deps, rolloutId, options.requestedBy) };
  }
  const runs = await deps.ledger.resume(rolloutId, options.retryFailed === true);
  if (!runs) {
    const hint = summary.status === 'failed' ? ': --retry-failed retries its failed tenants as a new rollout' : '';
    throw new InvalidInput(
      `rollout ${rolloutId} is ${summary.status}: only a paused or halted rollout can be resumed${hint}`,
    );
  }
  // a job skipped while the rollout was stopped is finished in the queue: remove it to add it again
  for (const run of runs) await deps.queue.remove(runJobId(run.id)).catch(() => 0);
  await requeueRuns(
    deps,
    runs.map((run) => ({ ...run, rolloutId })),
  );
  await releaseNextWave(deps, rolloutId);
  return { kind: 'resumed', rolloutId, requeued: runs.length };
}
