export { RUN_QUEUE, RUN_JOB_NAME, BACKUP_BATCH_JOB_NAME, PRIORITY, createRunQueue } from './queues.js';
export type { QueueSettings, TenantryJobData, TenantryQueue } from './queues.js';
export {
  runJobDataSchema,
  parseRunJobData,
  runJobId,
  backupBatchJobDataSchema,
  parseBackupBatchJobData,
  backupBatchJobId,
} from './job-data.js';
export type { RunJobData, BackupBatchJobData } from './job-data.js';
export { createRedis, assertRedisReachable, describeRedis, queuePrefixOf } from './connection.js';
export type { RedisClient } from './connection.js';
export { openQueueStore, queueBackendOf, queueSchemaOf } from './backend.js';
export type { QueueStore, QueueStoreOptions, QueueBackend, WorkerSettings } from './backend.js';
export { enqueueRuns } from './producer.js';
export { RolloutService, endRun, followUpOf, undoOrder, releaseOf } from './rollouts/index.js';
export type {
  RolloutServiceOptions,
  RolloutDetail,
  RolloutDeps,
  CreateDeps,
  CreatedRollout,
  EnqueuedRollout,
  EnqueueOptions,
  ResumedRollout,
  RestoreRollout,
  SharedRollout,
  RetriedRollout,
  AbortedRollout,
  RunEnding,
  FollowUp,
} from './rollouts/index.js';
export { createRunProcessor } from './processor.js';
export type { ProcessorDeps, RunJobResult } from './processor.js';
export type { BackupBatchDeps } from './backup-batch.js';
export { startWorker } from './worker-runtime.js';
export type { WorkerOptions, RunningWorker } from './worker-runtime.js';
export { MigrationCoordinator } from './api/migration-coordinator.js';
export type { MultiPlatformMigration, ResumedHandle, TenantSelection } from './api/migration-coordinator.js';
export { TenantCoordinator } from './api/tenant-coordinator.js';
export type { TenantMigrationStatus, TenantPlatformStatus } from './api/tenant-coordinator.js';
export { SchemaManager } from './api/schema-manager.js';
export type { RolloutHandle, WaitOptions, ApiOptions } from './api/context.js';
export { reconcile } from './reconciler.js';
export type { ReconcileResult } from './reconciler.js';
export { createNotifier } from './notifications/notifier.js';
export type { Notifier, NotificationQueue } from './notifications/notifier.js';
export { startWebhookWorker } from './notifications/webhook-worker.js';
export { createWebhookDelivery } from './notifications/deliver-webhook.js';
export {
  NOTIFICATION_QUEUE,
  WEBHOOK_JOB_NAME,
  webhookJobDataSchema,
  parseWebhookJobData,
} from './notifications/webhook-job.js';
export type { WebhookJobData } from './notifications/webhook-job.js';
export {
  signWebhook,
  webhookRefusal,
  WEBHOOK_HEADERS,
  DEFAULT_TOLERANCE_SECONDS,
} from './notifications/webhook-signature.js';
export type { WebhookToVerify } from './notifications/webhook-signature.js';
export { webhookBody } from './notifications/webhook-body.js';
export { traceJobs } from './tracing/trace-jobs.js';
