import { Redis } from 'ioredis';
import { REDIS_URL } from '../../test/helpers/services.js';

/** BullMQ's queue name: job hashes are <prefix>:tenantry-runs:<job id>. */
const RUN_QUEUE_KEY = 'tenantry-runs';

async function withRedis<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    return await fn(redis);
  } finally {
    redis.disconnect();
  }
}

/** Fields of BullMQ job hashes (`timestamp` = added, `processedOn`, `finishedOn`: epoch ms), by job id. */
export function jobFields(prefix: string, jobIds: readonly string[], fields: readonly string[]): Promise<Array<Record<string, string | null>>> {
  return withRedis(async (redis) => {
    const pipeline = redis.pipeline();
    for (const id of jobIds) pipeline.hmget(`${prefix}:${RUN_QUEUE_KEY}:${id}`, ...fields);
    const replies = (await pipeline.exec()) ?? [];
    return jobIds.map((_, i) => {
      const values = replies[i]?.[1] as Array<string | null> | undefined;
      return Object.fromEntries(fields.map((f, j) => [f, values?.[j] ?? null]));
    });
  });
}

/** Ids of the backup-batch jobs still in the queue (BullMQ keeps completed jobs: removeOnComplete). */
export function backupBatchJobIds(prefix: string): Promise<string[]> {
  return withRedis(async (redis) => {
    const ids: string[] = [];
    const head = `${prefix}:${RUN_QUEUE_KEY}:`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${head}backup-*`, 'COUNT', 1000);
      cursor = next;
      // a job's own hash; its `:logs`/`:lock` keys have one more segment (job ids contain no `:`)
      for (const key of keys) if (!key.slice(head.length).includes(':')) ids.push(key.slice(head.length));
    } while (cursor !== '0');
    return ids;
  });
}

/**
 * Jobs waiting in the run queue, wherever BullMQ keeps them: the `wait` (or `paused`) list for
 * plain jobs, the `prioritized` sorted set for jobs added with a priority (Tenantry's runs are).
 */
export function waitingJobs(prefix: string): Promise<number> {
  return withRedis(async (redis) => {
    const key = (name: string) => `${prefix}:${RUN_QUEUE_KEY}:${name}`;
    const [wait, paused, prioritized] = await Promise.all([redis.llen(key('wait')), redis.llen(key('paused')), redis.zcard(key('prioritized'))]);
    return wait + paused + prioritized;
  });
}
