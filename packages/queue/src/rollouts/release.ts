import type { CreatedRun, RunRecord } from '@tenantry/core';
import { enqueueRuns, enqueueWave } from '../producer.js';
import { PRIORITY } from '../queues.js';
import type { RolloutDeps } from './deps.js';

/**
 * How runs released by a finished run reach the queue. The last shared run's success releases
 * the first wave's tenants all at once: their backups are taken in batches, like any wave's.
 * Otherwise the runs follow one at a time (the tenant's next platform, the next compensation of
 * a chain; after a failure, only compensations), a compensation's ahead of the fleet.
 */
export function releaseOf(
  finished: Pick<RunRecord, 'scope' | 'compensates'>,
  succeeded: boolean,
): { asWave: boolean; priority: number } {
  if (finished.compensates) return { asWave: false, priority: PRIORITY.compensation };
  return { asWave: succeeded && finished.scope === 'shared', priority: PRIORITY.fleet };
}

/** Enqueues the runs a finished run released, the way `releaseOf` says. */
export async function enqueueReleased(
  deps: RolloutDeps,
  finished: RunRecord,
  succeeded: boolean,
  released: readonly CreatedRun[],
): Promise<void> {
  if (released.length === 0) return;
  const { asWave, priority } = releaseOf(finished, succeeded);
  if (asWave)
    await enqueueWave(deps.queue, finished.rolloutId, released, {
      priority,
      backupBatchSize: deps.config.backup.batchSize,
    });
  else await enqueueRuns(deps.queue, finished.rolloutId, released, { priority });
}

/** Runs to enqueue again (the reconciler's repair), by rollout, each rollout's compensations ahead of its fleet runs. */
export async function requeueRuns(
  deps: RolloutDeps,
  runs: ReadonlyArray<CreatedRun & { rolloutId: string }>,
): Promise<void> {
  const byRollout = new Map<string, CreatedRun[]>();
  for (const run of runs) {
    const list = byRollout.get(run.rolloutId);
    if (list) list.push(run);
    else byRollout.set(run.rolloutId, [run]);
  }
  for (const [rolloutId, list] of byRollout) {
    const compensations = list.filter((r) => r.compensates);
    const fleet = list.filter((r) => !r.compensates);
    if (compensations.length > 0)
      await enqueueRuns(deps.queue, rolloutId, compensations, { priority: PRIORITY.compensation });
    if (fleet.length > 0) await enqueueRuns(deps.queue, rolloutId, fleet, { priority: PRIORITY.fleet });
  }
}
