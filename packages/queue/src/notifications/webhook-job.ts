import { z } from 'zod';
import { ID_PATTERN, LIFECYCLE_EVENTS, MAX_ID_LENGTH, InvalidInput, type WebhookConfig } from '@tenantry/core';

/** The queue of webhook deliveries, beside the run queue: a slow receiver never holds up a run. */
export const NOTIFICATION_QUEUE = 'tenantry-notifications';
export const WEBHOOK_JOB_NAME = 'webhook';

/**
 * A delivery as stored in the queue: the webhook's name and the event, never its URL or secret
 * (read from the config when it is sent, so a changed secret applies to queued deliveries too).
 */
export const webhookJobDataSchema = z.strictObject({
  webhook: z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN),
  deliveryId: z.uuid(),
  event: z.enum(LIFECYCLE_EVENTS),
  occurredAt: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
});

export type WebhookJobData = z.infer<typeof webhookJobDataSchema>;

export function parseWebhookJobData(data: unknown): WebhookJobData {
  const result = webhookJobDataSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidInput(
      `invalid webhook job data: ${issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'unknown problem'}`,
    );
  }
  return result.data;
}

/** Job options of one delivery: its webhook's attempts, exponential backoff from its first delay. */
export function webhookJobOptions(hook: WebhookConfig, deliveryId: string) {
  return {
    jobId: `${hook.name}-${deliveryId}`,
    attempts: hook.attempts,
    backoff: { type: 'exponential' as const, delay: hook.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
