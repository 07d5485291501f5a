import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { ConfigError, ServiceUnreachable, errorMessage, redactUrl, type RedisConfig } from '@tenantry/core';

/**
 * The one place a Redis connection is built from the config: producer, worker, reconciler, API,
 * CLI and dashboard all get theirs from here (through openQueueStore). Three topologies:
 * - one server: `redis.url` (rediss:// for TLS);
 * - Redis Cluster: `redis.cluster.nodes`; the queue's keys share a hash tag so that each queue
 *   lives in one slot (BullMQ's scripts touch many keys at once);
 * - Redis Sentinel: `redis.sentinel` (master name and sentinels), the master followed on failover.
 * ACL users (`username`/`password`, or in the URL) and TLS (`tls`: CA, client cert and key) apply
 * to all three.
 */
export type RedisClient = Redis | Cluster;

/** The database number of a Redis URL (`redis://host:6379/2` → 2; none → 0). */
function redisDb(parsed: URL): number {
  const db = parsed.pathname.replace(/^\//, '');
  return /^\d+$/.test(db) ? Number(db) : 0;
}

function hostPort(node: string): { host: string; port: number } {
  const at = node.lastIndexOf(':');
  return { host: node.slice(0, at).replace(/^\[(.*)\]$/, '$1'), port: Number(node.slice(at + 1)) };
}

/** Where Redis is, for people and logs: hosts, ports, database, user, TLS; never a password. */
export function describeRedis(redis: RedisConfig): string {
  const tls = redis.tls !== undefined || redis.url?.startsWith('rediss://') ? ', TLS' : '';
  if (redis.cluster) return `Redis Cluster at ${redis.cluster.nodes.join(', ')}${tls}`;
  if (redis.sentinel)
    return `Redis Sentinel master ${redis.sentinel.name} via ${redis.sentinel.nodes.join(', ')}${tls}`;
  try {
    const parsed = new URL(redis.url ?? '');
    const user = redis.username ?? decodeURIComponent(parsed.username);
    return `Redis at ${parsed.hostname}:${parsed.port || '6379'}/${redisDb(parsed)}${user ? ` as ${user}` : ''}${tls}`;
  } catch {
    return `Redis at ${redactUrl(redis.url ?? '')}`;
  }
}

/**
 * The key prefix of the queues. On a cluster it is a hash tag (`{tenantry}`), so that all keys of a
 * queue hash to one slot; a prefix already in braces is kept as it is.
 */
export function queuePrefixOf(redis: RedisConfig): string {
  return redis.cluster && !redis.prefix.startsWith('{') ? `{${redis.prefix}}` : redis.prefix;
}

function readPem(redis: RedisConfig, key: 'ca' | 'cert' | 'key'): string | undefined {
  const value = redis.tls?.[key];
  if (value === undefined || value.startsWith('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `invalid config: redis.tls.${key}: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
      { cause: error },
    );
  }
}

function tlsOptions(redis: RedisConfig): TlsOptions | undefined {
  if (!redis.tls) return undefined;
  const [ca, cert, key] = [readPem(redis, 'ca'), readPem(redis, 'cert'), readPem(redis, 'key')];
  return {
    ...(ca !== undefined ? { ca } : {}),
    ...(cert !== undefined ? { cert } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(redis.tls.servername !== undefined ? { servername: redis.tls.servername } : {}),
    rejectUnauthorized: redis.tls.rejectUnauthorized,
  };
}

/** Options every node connection shares: who we are, TLS. A credential in two places is refused. */
function nodeOptions(redis: RedisConfig): RedisOptions {
  if (redis.url) {
    const parsed = new URL(redis.url);
    if (redis.username !== undefined && parsed.username)
      throw new ConfigError(
        'invalid config: redis.url holds a user too (besides redis.username); give it in one place',
      );
    if (redis.password !== undefined && parsed.password)
      throw new ConfigError(
        'invalid config: redis.url holds a password too (besides redis.password); give it in one place',
      );
  }
  const tls = tlsOptions(redis);
  return {
    ...(redis.username !== undefined ? { username: redis.username } : {}),
    ...(redis.password !== undefined ? { password: redis.password } : {}),
    ...(tls ? { tls } : {}),
  };
}

function sentinelOptions(redis: RedisConfig, sentinel: NonNullable<RedisConfig['sentinel']>): RedisOptions {
  const tls = tlsOptions(redis);
  return {
    sentinels: sentinel.nodes.map(hostPort),
    name: sentinel.name,
    db: sentinel.db,
    ...(sentinel.username !== undefined ? { sentinelUsername: sentinel.username } : {}),
    ...(sentinel.password !== undefined ? { sentinelPassword: sentinel.password } : {}),
    // ioredis uses `tls` for the master only with this flag; the sentinels have their own
    ...(tls ? { enableTLSForSentinelMode: true } : {}),
    ...(tls && sentinel.tls ? { sentinelTLS: tls } : {}),
  };
}

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ workers require; `overrides`
 * (e.g. a dashboard that must answer rather than wait) go to every node's connection.
 * Throws ConfigError (exit 2) when a TLS file cannot be read or a credential is given twice.
 */
export function createRedis(redis: RedisConfig, overrides: RedisOptions = {}): RedisClient {
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectionName: 'tenantry',
    ...nodeOptions(redis),
    ...overrides,
  };
  let client: RedisClient;
  if (redis.cluster) {
    client = new Cluster(redis.cluster.nodes.map(hostPort), clusterOptions(base));
  } else if (redis.sentinel) {
    client = new Redis({ ...base, ...sentinelOptions(redis, redis.sentinel) });
  } else {
    client = new Redis(redis.url!, base);
  }
  // errors surface through commands; an unhandled 'error' event must not crash the process
  client.on('error', () => {});
  return client;
}

function clusterOptions(node: RedisOptions, extra: ClusterOptions = {}): ClusterOptions {
  // the cluster's own options; the rest is how each node is reached
  const { enableOfflineQueue, retryStrategy: _retry, lazyConnect, ...redisOptions } = node;
  return {
    enableReadyCheck: true,
    ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(node.tls
      ? { dnsLookup: (address: string, callback: (error: null, address: string) => void) => callback(null, address) }
      : {}),
    ...extra,
    redisOptions,
  };
}

/**
 * Fails fast, with one line naming the server and why, when Redis does not answer, refuses the
 * credentials or the database, is not the topology the config says, or does not answer in time.
 * ioredis rejects a failed connect with a bare "Connection is closed.": the reason (refused,
 * timed out, TLS, WRONGPASS) is in the 'error' event before it.
 */
export async function assertRedisReachable(redis: RedisConfig, timeoutMs = 5_000): Promise<void> {
  const node: RedisOptions = {
    ...nodeOptions(redis),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  };
  const probe: RedisClient = redis.cluster
    ? new Cluster(
        redis.cluster.nodes.map(hostPort),
        clusterOptions(node, { clusterRetryStrategy: () => null, slotsRefreshTimeout: timeoutMs }),
      )
    : redis.sentinel
      ? new Redis({
          ...node,
          ...sentinelOptions(redis, redis.sentinel),
          sentinelRetryStrategy: () => null,
          sentinelCommandTimeout: timeoutMs,
        })
      : new Redis(redis.url!, node);
  let reason: unknown;
  probe.on('error', (error: unknown) => {
    reason ??= error;
  });
  const where = describeRedis(redis);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([probe.connect().then(() => probe.ping()), timeout]);
    // a SELECT refused at connect is only an event: check it before going on
    if (reason !== undefined)
      throw new ServiceUnreachable(
        'redis',
        `${where} refused the connection: ${redactUrl(oneLine(errorMessage(reason)))}`,
        { cause: reason },
      );
    const mismatch = await Promise.race([topologyMismatch(redis, probe), timeout]);
    if (mismatch) throw new ServiceUnreachable('redis', `${where}: ${mismatch}`);
  } catch (error) {
    if (error instanceof ServiceUnreachable) throw error;
    const cause = reason ?? error;
    // ioredis says only "Failed to refresh slots cache." of a node that is no cluster node
    const standalone = redis.cluster ? await notClusterNode(redis.cluster.nodes, node) : undefined;
    if (standalone)
      throw new ServiceUnreachable(
        'redis',
        `${where}: ${standalone} is not a cluster node (cluster_enabled:0); give a single server as redis.url`,
        { cause },
      );
    const message = redactUrl(oneLine(errorMessage(cause)));
    throw new ServiceUnreachable('redis', `${where} is unreachable (${message}): ${hintFor(redis, message)}`, {
      cause,
    });
  } finally {
    clearTimeout(timer);
    probe.disconnect();
  }
}

/** What an operator checks first, by what failed. */
function hintFor(redis: RedisConfig, message: string): string {
  const tls = redis.tls !== undefined || redis.url?.startsWith('rediss://') === true;
  if (/certificate|self.signed|unable to verify|altnames|CERT_/i.test(message))
    return 'the server certificate is not trusted: is redis.tls.ca its CA (and redis.tls.servername its name)?';
  if (/No such master/i.test(message)) return 'is redis.sentinel.name the master name the sentinels monitor?';
  if (/unknown command 'sentinel'/i.test(message))
    return 'redis.sentinel.nodes must be sentinels (port 26379 by default), not the Redis servers';
  if (/WRONGPASS|NOAUTH|NOPERM/.test(message))
    return 'check the user and password (redis.url, or redis.username and redis.password)';
  if (tls && /ECONNRESET|closed|no answer/i.test(message))
    return 'does the server speak TLS there, and does it want a client certificate (redis.tls.cert and key)?';
  if (!tls && /ECONNRESET/i.test(message)) return 'is it a TLS port? Then use rediss:// (and redis.tls)';
  return "is it running, and is the config's redis section right?";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A cluster that cannot serve every slot, or a cluster node given as one server: said plainly. */
async function topologyMismatch(redis: RedisConfig, probe: RedisClient): Promise<string | undefined> {
  if (probe instanceof Cluster) {
    const info = String(await probe.cluster('INFO'));
    const state = /cluster_state:(\w+)/.exec(info)?.[1];
    return state === 'ok'
      ? undefined
      : `the cluster reports cluster_state:${state ?? 'unknown'} (not every slot is served)`;
  }
  // INFO may be refused to a limited ACL user: then there is nothing to tell
  const info = await probe.info('cluster').catch(() => '');
  if (/cluster_enabled:1/.test(info)) {
    return `it is a Redis Cluster node: give the nodes as redis.cluster.nodes${redis.sentinel ? '' : ' instead of redis.url'}`;
  }
  return undefined;
}

/** The first of `nodes` that answers as a server without cluster mode, if any. */
async function notClusterNode(nodes: readonly string[], options: RedisOptions): Promise<string | undefined> {
  for (const node of nodes) {
    const probe = new Redis({ ...options, ...hostPort(node) });
    probe.on('error', () => {});
    try {
      await probe.connect();
      if (/cluster_enabled:0/.test(await probe.info('cluster'))) return node;
    } catch {
      // unreachable, or INFO refused: nothing to tell
    } finally {
      probe.disconnect();
    }
  }
  return undefined;
}
