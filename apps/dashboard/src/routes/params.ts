import { z } from 'zod';
import { InvalidInput, isValidId, type RunStatus } from '@tenantry/core';
import { RUN_STATUSES } from '../read-model/statuses.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids through the same allow-list as the CLI, the config and job data. */
export const idParam = z.string().refine(isValidId, 'must be lower-case letters, digits and _');
export const uuidParam = z.string().regex(UUID, 'must be a rollout id (a UUID)');
export const limitParam = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, 'must be a positive integer')
    .transform(Number)
    .pipe(z.number().max(max, `must be at most ${max}`))
    .optional()
    .transform((n) => n ?? fallback);
export const runStatusParam = z.enum(RUN_STATUSES as [RunStatus, ...RunStatus[]]);
export const rolloutStatusParam = z.enum(['running', 'succeeded', 'failed', 'cancelled']);

/** Parses a query or path object; anything unknown or malformed is a 400 with one line naming it. */
export function parseParams<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'request';
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown parameter ${issue.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`
      : `${where}: ${issue?.message ?? 'invalid'}`;
  throw new InvalidInput(message);
}
