import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import { LifecycleEvents, errorMessage, type Logger, type TenantryConfig } from '@tenantry/core';
import { logLifecycleEvents } from '@tenantry/core/internal';
import { WEBHOOK_JOB_NAME, webhookJobOptions, type WebhookJobData } from './webhook-job.js';

export type NotificationQueue = Queue<WebhookJobData>;

/** How long a stopping process waits for deliveries still being queued. */
const FLUSH_TIMEOUT_MS = 5_000;

export interface Notifier {
  /** the process's emitter: rollout and run events go in here */
  readonly events: LifecycleEvents;
  /** waits for deliveries still being queued, at most `timeoutMs` (a queue that is away must not hold up an exit) */
  flush(timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * The process's lifecycle events, fed to the logs and, for each webhook that takes an event, to
 * a delivery job on the notification queue. Queueing is started, never waited for by the emitter:
 * a run goes on whatever the queue or the receivers do; a delivery that cannot be queued is logged.
 */
export function createNotifier(config: TenantryConfig, openQueue: () => NotificationQueue, logger: Logger): Notifier {
  const events = new LifecycleEvents(logger);
  const stops = [logLifecycleEvents(events, logger)];
  const pending = new Set<Promise<unknown>>();
  const webhooks = config.notifications.webhooks;
  if (webhooks.length > 0) {
    stops.push(
      events.onAny((event, payload) => {
        const hooks = webhooks.filter((hook) => hook.events.includes(event));
        if (hooks.length === 0) return;
        const delivery = {
          deliveryId: randomUUID(),
          event,
          occurredAt: new Date().toISOString(),
          data: { ...payload } as Record<string, unknown>,
        };
        const adding = openQueue()
          .addBulk(
            hooks.map((hook) => ({
              name: WEBHOOK_JOB_NAME,
              data: { webhook: hook.name, ...delivery },
              opts: webhookJobOptions(hook, delivery.deliveryId),
            })),
          )
          .catch((error: unknown) =>
            logger.error(
              { event, webhooks: hooks.map((h) => h.name), err: errorMessage(error) },
              'could not queue webhook deliveries',
            ),
          )
          .finally(() => pending.delete(adding));
        pending.add(adding);
      }),
    );
  }
  return {
    events,
    async flush(timeoutMs = FLUSH_TIMEOUT_MS) {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      const outcome = await Promise.race([Promise.all([...pending]).then(() => 'done' as const), gaveUp]);
      clearTimeout(timer);
      if (outcome === 'timeout')
        logger.error(
          { deliveries: pending.size },
          'webhook deliveries could not be queued in time; their events are only in the logs',
        );
    },
    close() {
      for (const stop of stops) stop();
    },
  };
}
