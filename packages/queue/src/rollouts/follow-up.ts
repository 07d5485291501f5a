import type { ClosedRolloutStatus, RunRecord } from '@tenantry/core';
import { compensateSaga } from './compensation.js';
import { eventsOf, type RolloutDeps } from './deps.js';
import { enqueueReleased } from './release.js';
import { releaseNextWave } from './waves.js';

/**
 * After a run finished: queue the runs waiting for it (the tenant's next platform, the next
 * compensation of a chain); when a release step failed, return the tenant on the platforms it
 * already moved, newest first (the saga's compensation), so it is not left split between releases.
 */
export async function followRun(deps: RolloutDeps, finished: RunRecord | string, succeeded: boolean): Promise<void> {
  const run = typeof finished === 'string' ? await deps.ledger.getRun(finished) : finished;
  if (!run) return;
  if (succeeded) return followSuccess(deps, run);
  try {
    await followFailure(deps, run);
  } finally {
    // its rollout may close now, its compensations written (or given up on: an error is logged)
    rolloutClosed(deps, run.rolloutId, await deps.ledger.settleFailure(run));
  }
}

/** rollout:finished, from the one caller whose ledger write closed the rollout. */
export function rolloutClosed(
  deps: Pick<RolloutDeps, 'events' | 'logger'>,
  rolloutId: string,
  closed: ClosedRolloutStatus | undefined,
): void {
  if (closed) eventsOf(deps).emit('rollout:finished', { rolloutId, status: closed }); // [event: rollout:finished]
}

/** Its dependants queued, the rollout closed if it was the last run, the next wave released. */
async function followSuccess(deps: RolloutDeps, run: RunRecord): Promise<void> {
  const settled = await deps.ledger.settleSuccess(run);
  rolloutClosed(deps, run.rolloutId, settled.closed);
  await enqueueReleased(deps, run, true, settled.released);
  if (settled.advance) await releaseNextWave(deps, run.rolloutId);
  // it finished after its rollout was aborted with --compensate: return its tenant too, and only
  // then may the rollout close (settleSuccess leaves such a rollout open)
  if (settled.aborted && settled.compensate) {
    if (run.compensates === null && run.scope === 'tenant') await compensateSaga(deps, run.rolloutId, run.tenant);
    rolloutClosed(deps, run.rolloutId, await deps.ledger.finalizeRollout(run.rolloutId));
  }
}

/** What depended on it cancelled (compensations still queued), the failure budget checked, the tenant returned on the platforms it had moved. */
async function followFailure(deps: RolloutDeps, run: RunRecord): Promise<void> {
  const released = await deps.ledger.releaseAfterFailure(run.id);
  await enqueueReleased(deps, run, false, released);
  await releaseNextWave(deps, run.rolloutId);
  if (run.sagaStep > 1 && run.compensates === null) await compensateSaga(deps, run.rolloutId, run.tenant, run.sagaStep);
}
