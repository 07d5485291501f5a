import { Redis, type RedisOptions } from 'ioredis';
import { ServiceUnreachable, redactUrl, errorMessage } from '@tenantry/core';

/** The database number of a Redis URL (`redis://host:6379/2` → 2; none → 0). */
function redisDb(parsed: URL): number {
  const db = parsed.pathname.replace(/^\//, '');
  return /^\d+$/.test(db) ? Number(db) : 0;
}

/** Where Redis is, for people: host, port and database number, never a password. */
export function describeRedis(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}/${redisDb(parsed)}`;
  } catch {
    return redactUrl(url);
  }
}

/** A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ workers require. */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: 'tenantry', ...options });
  // errors surface through commands; an unhandled 'error' event must not crash the process
  redis.on('error', () => {});
  return redis;
}

/**
 * Fails fast, with one line naming the server and why, when Redis does not answer or refuses the
 * URL's database. ioredis rejects a failed connect with a bare "Connection is closed.": the
 * reason (refused, timed out, not Redis) is in the 'error' event before it.
 */
export async function assertRedisReachable(url: string, timeoutMs = 3_000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let reason: unknown;
  probe.on('error', (error: unknown) => {
    reason ??= error;
  });
  const where = describeRedis(url);
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new ServiceUnreachable('redis', `Redis at ${where} is unreachable (${redactUrl(errorMessage(reason ?? error))}): is it running, and is the config's redis.url right?`, { cause: reason ?? error });
  } finally {
    probe.disconnect();
  }
  // ioredis only reports a SELECT refused at connect as an event: check the database explicitly
  if (reason !== undefined) {
    throw new ServiceUnreachable('redis', `Redis at ${where} refused the connection: ${redactUrl(errorMessage(reason))}`, { cause: reason });
  }
}
