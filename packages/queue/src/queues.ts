import { Queue } from 'bullmq';
import type { RedisClient } from './connection.js';
import type { BackupBatchJobData, RunJobData } from './job-data.js';

/** The queue every tenant and platform run goes through. */
export const RUN_QUEUE = 'tenantry-runs';
export const RUN_JOB_NAME = 'run';
export const BACKUP_BATCH_JOB_NAME = 'backup-batch';

/** Job priorities (lower runs first): putting tenants back comes before moving the fleet on. */
export const PRIORITY = { compensation: 1, emergency: 2, fleet: 10 } as const;

export type TenantryJobData = RunJobData | BackupBatchJobData;
export type TenantryQueue = Queue<TenantryJobData>;

export interface QueueSettings {
  connection: RedisClient;
  prefix: string;
  attempts: number;
}

/** Job options of the run queue, on every backend. */
export function RUN_JOB_DEFAULTS(attempts: number) {
  return {
    attempts,
    backoff: { type: 'exponential' as const, delay: 1_000 },
    // the ledger keeps the history; the queue keeps enough to look at in Bull Board
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The run queue on Redis. Most callers want openQueueStore (backend.ts), which picks the backend. */
export function createRunQueue(settings: QueueSettings): TenantryQueue {
  return new Queue<TenantryJobData>(RUN_QUEUE, {
    connection: settings.connection,
    prefix: settings.prefix,
    defaultJobOptions: RUN_JOB_DEFAULTS(settings.attempts),
  });
}
