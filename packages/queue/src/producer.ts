import type { Queue } from 'bullmq';
import type { CreatedRun } from '@tenantry/core';
import { currentRolloutTrace } from '@tenantry/core/internal';
import { BACKUP_BATCH_JOB_NAME, RUN_JOB_NAME, type TenantryJobData } from './queues.js';
import { backupBatchJobId, runJobId } from './job-data.js';

const BULK = 1_000;
/** chunks in flight at once: Redis runs one at a time, but the next one is encoded and sent meanwhile */
const BULK_IN_FLIGHT = 4;

/** Adds the jobs of these runs. Deterministic ids: adding a run that is already queued is a no-op. */
export async function enqueueRuns(
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  runs: readonly CreatedRun[],
  options: { priority?: number } = {},
): Promise<void> {
  const chunks: Array<readonly CreatedRun[]> = [];
  for (let i = 0; i < runs.length; i += BULK) chunks.push(runs.slice(i, i + BULK));
  const traceparent = currentRolloutTrace(); // [trace: the rollout's context travels with its jobs]
  const send = async (): Promise<void> => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift())
      await queue.addBulk(
        chunk.map((run) => ({
          name: RUN_JOB_NAME,
          data: {
            runId: run.id,
            rolloutId,
            platform: run.platform,
            tenant: run.tenant,
            direction: run.direction,
            target: run.target,
            ...(run.method && run.method !== 'migrations' ? { method: run.method } : {}),
            ...(run.backup && run.backup !== 'none' ? { backup: run.backup } : {}),
            ...(run.backupId ? { backupId: run.backupId } : {}),
            ...(run.scope === 'shared' ? { scope: 'shared' as const } : {}),
            ...(traceparent ? { traceparent } : {}),
          },
          opts: { jobId: runJobId(run.id), ...(options.priority ? { priority: options.priority } : {}) },
        })),
      );
  };
  await Promise.all(Array.from({ length: Math.min(BULK_IN_FLIGHT, chunks.length) }, send));
}

/**
 * Backup batches: the runs of a rollout that backs up are enqueued by jobs that first dump their
 * tenants together (pg_dump's fixed cost is paid once per batch, not per tenant). A run still
 * checks, under its lock, that a backup of its tenant's current version exists, and takes one
 * itself if not: batching is only a speed-up.
 */
async function enqueueBackupBatches(
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  runs: readonly CreatedRun[],
  batchSize: number,
  priority?: number,
): Promise<void> {
  const jobs: Array<{ name: string; data: TenantryJobData; opts: { jobId: string; priority?: number } }> = [];
  const traceparent = currentRolloutTrace(); // [trace: the rollout's context travels with its jobs]
  const byPlatform = new Map<string, CreatedRun[]>();
  for (const run of runs) {
    const list = byPlatform.get(run.platform);
    if (list) list.push(run);
    else byPlatform.set(run.platform, [run]);
  }
  for (const [platform, unordered] of byPlatform) {
    // batches are slices of the wave in run-id order: the reconciler recomputes them from the ledger
    const platformRuns = [...unordered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i * batchSize < platformRuns.length; i++) {
      const batch = platformRuns.slice(i * batchSize, (i + 1) * batchSize);
      jobs.push({
        name: BACKUP_BATCH_JOB_NAME,
        data: { rolloutId, platform, runIds: batch.map((r) => r.id), ...(traceparent ? { traceparent } : {}) },
        opts: { jobId: backupBatchJobId(batch[0]!.id), ...(priority ? { priority } : {}) },
      });
    }
  }
  for (let i = 0; i < jobs.length; i += BULK) await queue.addBulk(jobs.slice(i, i + BULK));
}

/**
 * Enqueues the runs of a wave: those that back up their tenant first go through backup-batch
 * jobs (one pg_dump for many tenants), the others straight to the queue: a rollout's first wave
 * when it is created, and each wave the rollout service releases.
 */
export async function enqueueWave(
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  runs: readonly CreatedRun[],
  options: { priority: number; backupBatchSize: number },
): Promise<void> {
  const batched: CreatedRun[] = [];
  const direct: CreatedRun[] = [];
  for (const run of runs)
    (run.backup === 'pg_dump' && run.scope !== 'shared' && run.method !== 'restore' ? batched : direct).push(run);
  await enqueueRuns(queue, rolloutId, direct, { priority: options.priority });
  if (batched.length > 0)
    await enqueueBackupBatches(queue, rolloutId, batched, options.backupBatchSize, options.priority);
}
