import { z } from 'zod';
import {
  ID_PATTERN,
  InvalidInput,
  MAX_ID_LENGTH,
  MAX_MIGRATION_NAME_LENGTH,
  MIGRATION_NAME_PATTERN,
} from '@tenantry/core';

const id = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
/** W3C trace context of the job's rollout (tracing on): its runs' spans join the rollout's trace */
const traceparent = z.string().regex(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/);

/**
 * A run job as stored in the queue. Validated again by the worker: data read back from Redis is
 * input like any other (anyone with access to Redis can write it).
 */
export const runJobDataSchema = z
  .strictObject({
    runId: uuid,
    rolloutId: uuid,
    platform: id,
    tenant: z.union([id, z.literal('_shared')]),
    scope: z.enum(['tenant', 'shared']).optional(),
    direction: z.enum(['up', 'down']),
    // a migration name as the catalog accepts it (the runner's names), or 0
    target: z
      .string()
      .max(MAX_MIGRATION_NAME_LENGTH)
      .refine((v) => MIGRATION_NAME_PATTERN.test(v), { message: 'must be a migration name or 0' }),
    method: z.enum(['migrations', 'restore']).optional(),
    backup: z.enum(['none', 'pg_dump']).optional(),
    backupId: uuid.optional(),
    traceparent: traceparent.optional(),
  })
  .refine((d) => (d.tenant === '_shared') === (d.scope === 'shared'), {
    message: 'shared runs, and only they, carry tenant _shared',
    path: ['tenant'],
  });

export type RunJobData = z.infer<typeof runJobDataSchema>;

/** Backs up the tenants of some runs together in one pg_dump, then enqueues those runs. */
export const backupBatchJobDataSchema = z.strictObject({
  rolloutId: uuid,
  platform: id,
  runIds: z.array(uuid).min(1).max(1000),
  traceparent: traceparent.optional(),
});

export type BackupBatchJobData = z.infer<typeof backupBatchJobDataSchema>;

function parseWith<T>(schema: z.ZodType<T>, kind: string, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidInput(
      `invalid ${kind} job data: ${issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'unknown problem'}`,
    );
  }
  return result.data;
}

export function parseRunJobData(data: unknown): RunJobData {
  return parseWith(runJobDataSchema, 'run', data);
}

export function parseBackupBatchJobData(data: unknown): BackupBatchJobData {
  return parseWith(backupBatchJobDataSchema, 'backup-batch', data);
}

/** Deterministic, so a run is never in the queue twice (the reconciler re-adds with the same id). No `:`. */
export function runJobId(runId: string): string {
  return `run-${runId}`;
}

/**
 * Named after the batch's first run: deterministic for the same batch, distinct for every batch
 * of a rollout (a batch numbered within its wave would collide with the wave before it, and an
 * add under an existing job id is silently dropped).
 */
export function backupBatchJobId(firstRunId: string): string {
  return `backup-${firstRunId}`;
}
