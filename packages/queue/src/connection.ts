import { Redis, type RedisOptions } from 'ioredis';
import { ServiceUnreachable, redactUrl, errorMessage } from '@tenantry/core';

/** Where Redis is, for people: host and port, never a password. */
export function describeRedis(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
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

/** Fails fast, with one line naming the server, when Redis does not answer. */
export async function assertRedisReachable(url: string, timeoutMs = 3_000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new ServiceUnreachable('redis', `Redis at ${describeRedis(url)} is unreachable: ${redactUrl(errorMessage(error))}`, { cause: error });
  } finally {
    probe.disconnect();
  }
}
