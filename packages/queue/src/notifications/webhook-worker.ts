import type { Worker } from 'bullmq';
import { errorMessage, type Logger, type TenantryConfig } from '@tenantry/core';
import type { QueueStore } from '../backend.js';
import { createWebhookDelivery } from './deliver-webhook.js';
import type { WebhookJobData } from './webhook-job.js';

/** Deliveries sent at once by one worker process. */
const DELIVERY_CONCURRENCY = 4;

/**
 * Sends the queued webhook deliveries from this worker process (every worker takes a share).
 * None when no webhook is configured. A delivery given up after its last attempt is logged as an
 * error: the event is then only in the logs and the ledger.
 */
export function startWebhookWorker(
  config: TenantryConfig,
  store: QueueStore,
  logger: Logger,
): Worker<WebhookJobData> | undefined {
  if (config.notifications.webhooks.length === 0) return undefined;
  const worker = store.createNotificationWorker(createWebhookDelivery(config), { concurrency: DELIVERY_CONCURRENCY });
  worker.on('error', (error) => logger.error({ err: errorMessage(error) }, 'notification queue error'));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    const where = {
      webhook: job.data.webhook,
      event: job.data.event,
      deliveryId: job.data.deliveryId,
      attempt: job.attemptsMade,
      err: errorMessage(error),
    };
    if (final) logger.error(where, 'webhook delivery given up');
    else logger.warn(where, 'webhook delivery failed; it will be tried again');
  });
  return worker;
}
