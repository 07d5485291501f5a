import { InvalidInput, NotFound } from '@tenantry/core';
import { compensateSaga } from './compensation.js';
import type { RolloutDeps } from './deps.js';
import { rolloutClosed } from './follow-up.js';

export interface AbortedRollout {
  rolloutId: string;
  /** runs that had not started, cancelled */
  cancelled: number;
  /** running runs their workers are stopping */
  stopping: number;
  /** compensating runs enqueued (with compensate) */
  compensations: number;
}

/**
 * Stops a rollout in the ledger: no queued run starts, running ones are stopped by their workers.
 * With `compensate` (a finished rollout may be given too), the rollout stays open until the
 * tenants it moved are returned: `compensateRollout` next, and the worker of each run still
 * running when that run ends. Without, it needs no queue.
 */
export async function abortRollout(
  deps: Pick<RolloutDeps, 'ledger' | 'logger' | 'events'>,
  rolloutId: string,
  options: { compensate?: boolean } = {},
): Promise<Omit<AbortedRollout, 'compensations'>> {
  const { ledger } = deps;
  const compensate = options.compensate === true;
  const summary = await ledger.getRollout(rolloutId);
  if (!summary) throw new NotFound(`no rollout ${rolloutId}`);
  if (summary.status !== 'running' && !compensate)
    throw new InvalidInput(`rollout ${rolloutId} is already ${summary.status}`);
  const { cancelled, stopping, closed } = await ledger.abort(rolloutId, compensate);
  // nothing was running: the abort itself closed the rollout (else its last run's worker does)
  rolloutClosed(deps, rolloutId, closed);
  return { rolloutId, cancelled, stopping };
}

/** Returns every tenant an aborted rollout moved, each platform in reverse order; how many compensating runs were enqueued. */
export async function compensateRollout(deps: RolloutDeps, rolloutId: string): Promise<number> {
  let compensations = 0;
  for (const tenant of await deps.ledger.touchedTenants(rolloutId))
    compensations += await compensateSaga(deps, rolloutId, tenant);
  return compensations;
}
