import type { PlannedRun, RunRecord } from '@tenantry/core';
import { planCompensation } from '@tenantry/core/internal';
import { enqueueRuns } from '../producer.js';
import { PRIORITY } from '../queues.js';
import type { RolloutDeps } from './deps.js';

/**
 * The order a tenant's finished saga steps are undone in: the newest step first (the highest
 * saga step, then the latest finished), so each platform returns before the one it followed.
 */
export function undoOrder<T extends Pick<RunRecord, 'sagaStep' | 'finishedAt'>>(steps: readonly T[]): T[] {
  const time = (step: T) => step.finishedAt?.getTime() ?? 0;
  return [...steps].sort((a, b) => b.sagaStep - a.sagaStep || time(b) - time(a));
}

/**
 * Compensating runs for a tenant's finished steps of a rollout below `belowStep` (all when
 * undefined), newest first, chained so that each waits for the one before. Returns how many.
 */
export async function compensateSaga(
  deps: RolloutDeps,
  rolloutId: string,
  tenant: string,
  belowStep?: number,
): Promise<number> {
  const done = undoOrder(await deps.ledger.doneSteps(rolloutId, tenant, belowStep));
  const plans: Array<PlannedRun & { compensates: string }> = [];
  for (const step of done) {
    const planned = await planCompensation(deps.config, { ...step, status: 'failed' });
    if (planned) plans.push({ ...planned, compensates: step.id, sagaStep: step.sagaStep });
  }
  if (plans.length === 0) return 0;
  const ready = await deps.ledger.addCompensations(rolloutId, plans);
  await enqueueRuns(deps.queue, rolloutId, ready, { priority: PRIORITY.compensation });
  deps.logger.warn(
    { rolloutId, tenant, platforms: plans.map((p) => p.platform) },
    'returning tenant on the platforms it had moved',
  );
  return plans.length;
}

/** Enqueues the compensating run of a failed run, once (the ledger link makes it idempotent). */
export async function compensateRun(deps: RolloutDeps, failedRunId: string): Promise<void> {
  const failed = await deps.ledger.getRun(failedRunId);
  if (!failed || (failed.status !== 'failed' && failed.status !== 'cancelled') || failed.compensatedBy) return;
  const planned = await planCompensation(deps.config, failed);
  if (!planned) return;
  const run = await deps.ledger.addCompensation(failedRunId, planned);
  if (!run) return;
  await enqueueRuns(deps.queue, failed.rolloutId, [run], { priority: PRIORITY.compensation });
  deps.logger.warn(
    {
      runId: failedRunId,
      compensation: run.id,
      platform: run.platform,
      tenant: run.tenant,
      target: run.target,
      method: run.method ?? 'migrations',
    },
    'enqueued compensating run',
  );
}
