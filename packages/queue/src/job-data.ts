import { z } from 'zod';
import { ID_PATTERN, InvalidInput, MAX_ID_LENGTH } from '@tenantry/core';

const id = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/**
 * A run job as stored in the queue. Validated again by the worker: data read back from Redis is
 * input like any other (anyone with access to Redis can write it).
 */
export const runJobDataSchema = z.strictObject({
  runId: uuid,
  rolloutId: uuid,
  platform: id,
  tenant: id,
  direction: z.enum(['up', 'down']),
  target: z.string().regex(/^(0|\d+_[A-Za-z0-9][A-Za-z0-9_.-]*)$/).max(200),
});

export type RunJobData = z.infer<typeof runJobDataSchema>;

export function parseRunJobData(data: unknown): RunJobData {
  const result = runJobDataSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidInput(`invalid run job data: ${issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'unknown problem'}`);
  }
  return result.data;
}

/** Deterministic, so a run is never in the queue twice (the reconciler re-adds with the same id). No `:`. */
export function runJobId(runId: string): string {
  return `run-${runId}`;
}
