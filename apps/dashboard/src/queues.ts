import type { Queue } from 'bullmq';
import type { TenantryConfig } from '@tenantry/core';
import { openQueueStore } from '@tenantry/queue';

/** BullMQ's job states, as getJobCounts names them. */
export const JOB_STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'completed',
  'failed',
] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface DashboardQueues {
  /** every Tenantry queue, under the config's prefix */
  queues: Queue[];
  /** job counts per queue and state; rejects after `timeoutMs` when the queue's server does not answer */
  counts(timeoutMs: number): Promise<Array<{ queue: string; counts: Record<JobState, number> }>>;
  close(): Promise<void>;
}

/**
 * Opens every Tenantry queue (the run queue, and the webhook deliveries' when webhooks are
 * configured: its failed jobs are the deliveries given up) for looking at. Commands fail fast when
 * Redis is away (one retry, no endless offline queue), so a page or a scrape answers instead of
 * hanging; BullMQ reconnects by itself.
 */
export function openQueues(config: TenantryConfig): DashboardQueues {
  const store = openQueueStore(config, {
    connectionName: 'tenantry dashboard',
    redisOptions: { maxRetriesPerRequest: 1, connectionName: 'tenantry dashboard' },
  });
  const queues = [
    store.runQueue() as unknown as Queue,
    ...(config.notifications.webhooks.length > 0 ? [store.notificationQueue() as unknown as Queue] : []),
  ];
  return {
    queues,
    async counts(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `${store.backend === 'redis' ? 'Redis' : 'PostgreSQL (the queue)'} did not answer within ${timeoutMs} ms`,
              ),
            ),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([
          Promise.all(
            queues.map(async (queue) => ({
              queue: queue.name,
              counts: (await queue.getJobCounts(...JOB_STATES)) as Record<JobState, number>,
            })),
          ),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await store.close();
    },
  };
}
