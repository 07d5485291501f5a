import type { Queue } from 'bullmq';
import {
  RolloutLedger,
  TenantRegistry,
  planRollout,
  type ControlDb,
  type CreatedRun,
  type RolloutPlan,
  type RolloutRequest,
  type TenantryConfig,
} from '@tenantry/core';
import { RUN_JOB_NAME } from './queues.js';
import { runJobId, type RunJobData } from './job-data.js';

export interface EnqueuedRollout {
  rolloutId: string;
  plan: RolloutPlan;
  runs: CreatedRun[];
}

const BULK = 1_000;

/** Adds the jobs of these runs. Deterministic ids: adding a run that is already queued is a no-op. */
export async function enqueueRuns(queue: Queue<RunJobData>, rolloutId: string, runs: readonly CreatedRun[]): Promise<void> {
  for (let i = 0; i < runs.length; i += BULK) {
    await queue.addBulk(
      runs.slice(i, i + BULK).map((run) => ({
        name: RUN_JOB_NAME,
        data: { runId: run.id, rolloutId, platform: run.platform, tenant: run.tenant, direction: run.direction, target: run.target },
        opts: { jobId: runJobId(run.id) },
      })),
    );
  }
}

/**
 * The producer: validates the request, writes the rollout and all its runs to the ledger in one
 * transaction, then enqueues their jobs in bulk. The ledger is written first so that a queue that
 * loses jobs (or a producer that dies half-way) can be repaired from it.
 */
export async function enqueueRollout(
  config: TenantryConfig,
  control: ControlDb,
  queue: Queue<RunJobData>,
  request: RolloutRequest & { requestedBy?: string; options?: Record<string, unknown> },
): Promise<EnqueuedRollout> {
  const plan = await planRollout(config, new TenantRegistry(control), request);
  const ledger = new RolloutLedger(control);
  const { rolloutId, runs } = await ledger.createRollout({
    kind: plan.kind,
    target: plan.target,
    options: { platforms: request.platforms ?? [], tenants: request.tenants ?? [], ...request.options },
    ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    runs: plan.runs,
  });
  await enqueueRuns(queue, rolloutId, runs);
  return { rolloutId, plan, runs };
}
