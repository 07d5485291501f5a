import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import { LifecycleEvents, errorMessage, logLifecycleEvents, type Logger, type TenantryConfig } from '@tenantry/core';
import { WEBHOOK_JOB_NAME, webhookJobOptions, type WebhookJobData } from './webhook-job.js';

export type NotificationQueue = Queue<WebhookJobData>;

export interface Notifier {
  /** the process's emitter: rollout and run events go in here */
  readonly events: LifecycleEvents;
  /** waits (bounded by the caller) for deliveries still being queued */
  flush(): Promise<void>;
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
        const delivery = { deliveryId: randomUUID(), event, occurredAt: new Date().toISOString(), data: { ...payload } as Record<string, unknown> };
        const adding = openQueue()
          .addBulk(hooks.map((hook) => ({ name: WEBHOOK_JOB_NAME, data: { webhook: hook.name, ...delivery }, opts: webhookJobOptions(hook, delivery.deliveryId) })))
          .catch((error: unknown) => logger.error({ event, webhooks: hooks.map((h) => h.name), err: errorMessage(error) }, 'could not queue webhook deliveries'))
          .finally(() => pending.delete(adding));
        pending.add(adding);
      }),
    );
  }
  return {
    events,
    async flush() {
      await Promise.all([...pending]);
    },
    close() {
      for (const stop of stops) stop();
    },
  };
}
