import {
  Queue,
  Worker,
  createPostgresBackend,
  type IQueueBackend,
  type PostgresPoolConfig,
  type Processor,
} from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { connectClient, describeDatabase, type TenantryConfig } from '@tenantry/core';
import { assertRedisReachable, createRedis, describeRedis, queuePrefixOf, type RedisClient } from './connection.js';
import { RUN_JOB_DEFAULTS, RUN_QUEUE, createRunQueue, type TenantryJobData, type TenantryQueue } from './queues.js';
import { NOTIFICATION_QUEUE, type WebhookJobData } from './notifications/webhook-job.js';
import type { NotificationQueue } from './notifications/notifier.js';

/**
 * Where the queue lives. The choice is made here and nowhere else:
 * - `redis`: the config has a `redis` key (the production default): one server, a cluster or a
 *   sentinel-watched master (connection.ts). Keys under `redis.prefix` (hash-tagged on a cluster).
 * - `postgres`: no `redis` key. BullMQ's own PostgreSQL backend, in the control database, in
 *   schema `<control.schema>_queue` (created and upgraded by BullMQ's migrations on connect).
 *   One server runs everything: the zero-setup demo, small fleets.
 * Everything above this module (producer, worker, reconciler, API, CLI, dashboard) takes a
 * QueueStore and does not know which backend it got.
 */
export type QueueBackend = 'redis' | 'postgres';

export function queueBackendOf(config: TenantryConfig): QueueBackend {
  return config.redis ? 'redis' : 'postgres';
}

/** The PostgreSQL schema of the queue when there is no Redis: beside the ledger's schema. */
export function queueSchemaOf(config: TenantryConfig): string {
  return `${config.control.schema}_queue`;
}

export interface WorkerSettings {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  maxStalledCount: number;
}

export type RunProcessor = Processor<TenantryJobData>;

export interface QueueStore {
  readonly backend: QueueBackend;
  /** where the queue lives, for people and logs: never a password */
  readonly where: string;
  /** one line naming the server (ServiceUnreachable, exit 2) when it does not answer */
  assertReachable(): Promise<void>;
  /** the run queue, made on first use; closed by close() */
  runQueue(): TenantryQueue;
  /** a BullMQ worker on the run queue; the caller closes it before close() */
  createWorker(processor: RunProcessor, settings: WorkerSettings): Worker<TenantryJobData>;
  /** the queue of webhook deliveries, beside the run queue; made on first use, closed by close() */
  notificationQueue(): NotificationQueue;
  /** a BullMQ worker on the notification queue; the caller closes it before close() */
  createNotificationWorker(
    processor: Processor<WebhookJobData>,
    settings: { concurrency: number },
  ): Worker<WebhookJobData>;
  /** where each job id stands: not in the queue, still to run (or running), or finished (the reconciler's question) */
  jobStates(jobIds: readonly string[]): Promise<JobState[]>;
  close(): Promise<void>;
}

/** Where a job stands in the queue. */
export type JobState = 'missing' | 'pending' | 'finished';

export interface QueueStoreOptions {
  /** PostgreSQL only: application_name of the connections (Redis: set redisOptions.connectionName) */
  connectionName?: string;
  /** Redis only: e.g. maxRetriesPerRequest for a dashboard that must answer rather than wait */
  redisOptions?: RedisOptions;
  /** PostgreSQL only: connections per queue or worker (default 4) */
  poolSize?: number;
}

/** Opens the queue the config names. Nothing connects until it is used. */
export function openQueueStore(config: TenantryConfig, options: QueueStoreOptions = {}): QueueStore {
  return config.redis ? redisStore(config, config.redis, options) : postgresStore(config, options);
}

function redisStore(
  config: TenantryConfig,
  redis: NonNullable<TenantryConfig['redis']>,
  options: QueueStoreOptions,
): QueueStore {
  let connection: RedisClient | undefined;
  let queue: TenantryQueue | undefined;
  let notifications: NotificationQueue | undefined;
  const connect = () => (connection ??= createRedis(redis, options.redisOptions));
  const prefix = queuePrefixOf(redis);
  return {
    backend: 'redis',
    where: `${describeRedis(redis)}, prefix ${prefix}`,
    assertReachable: () => assertRedisReachable(redis),
    runQueue() {
      queue ??= createRunQueue({ connection: connect(), prefix, attempts: config.run.attempts });
      return queue;
    },
    createWorker(processor, settings) {
      return new Worker<TenantryJobData>(RUN_QUEUE, processor, { connection: connect(), prefix, ...settings });
    },
    notificationQueue() {
      notifications ??= new Queue<WebhookJobData>(NOTIFICATION_QUEUE, { connection: connect(), prefix });
      return notifications;
    },
    createNotificationWorker(processor, settings) {
      return new Worker<WebhookJobData>(NOTIFICATION_QUEUE, processor, { connection: connect(), prefix, ...settings });
    },
    async jobStates(jobIds) {
      if (jobIds.length === 0) return [];
      const pipeline = connect().pipeline();
      // every job hash has a timestamp; a finished one also has finishedOn (one slot on a cluster: the prefix's hash tag)
      for (const id of jobIds) pipeline.hmget(`${prefix}:${RUN_QUEUE}:${id}`, 'timestamp', 'finishedOn');
      const replies = (await pipeline.exec()) ?? [];
      return jobIds.map((_, i) => {
        const [timestamp, finishedOn] = (replies[i]?.[1] ?? [null, null]) as [string | null, string | null];
        return timestamp === null ? 'missing' : finishedOn === null ? 'pending' : 'finished';
      });
    },
    async close() {
      await queue?.close().catch(() => {});
      await notifications?.close().catch(() => {});
      connection?.disconnect();
    },
  };
}

function postgresStore(config: TenantryConfig, options: QueueStoreOptions): QueueStore {
  const url = config.control.databaseUrl;
  const schema = queueSchemaOf(config);
  // BullMQ builds (and owns) one pool per Queue or Worker from this, plus one LISTEN connection
  // for a worker. `migrate: true`: the first one to connect creates or upgrades the schema, under
  // BullMQ's own advisory lock, so there is no separate set-up step.
  const connection = (name: string): PostgresPoolConfig => ({
    connectionString: url,
    schema,
    migrate: true,
    max: options.poolSize ?? 4,
    application_name: name.slice(0, 63),
    keepAlive: true,
    connectionTimeoutMillis: 5_000,
  });
  let queue: TenantryQueue | undefined;
  let notifications: NotificationQueue | undefined;
  const name = options.connectionName ?? 'tenantry';
  return {
    backend: 'postgres',
    where: `PostgreSQL at ${describeDatabase(url)}, schema ${schema}`,
    async assertReachable() {
      const client = await connectClient(url, { applicationName: name });
      await client.end().catch(() => {});
    },
    runQueue() {
      if (queue) return queue;
      queue = new Queue<
        TenantryJobData,
        unknown,
        string,
        TenantryJobData,
        unknown,
        string,
        IQueueBackend,
        PostgresPoolConfig
      >(
        RUN_QUEUE,
        { connection: connection(name), defaultJobOptions: RUN_JOB_DEFAULTS(config.run.attempts) },
        createPostgresBackend,
      ) as unknown as TenantryQueue;
      // errors surface through the calls that fail; an 'error' event with no listener is printed by
      // BullMQ. Once per queue: this is called for every use, and a listener per call piles up
      queue.on('error', () => {});
      return queue;
    },
    createWorker(processor, settings) {
      return new Worker<TenantryJobData, unknown, string, IQueueBackend, never, PostgresPoolConfig>(
        RUN_QUEUE,
        processor as Processor<TenantryJobData, unknown>,
        { connection: connection(`${name} worker`), ...settings },
        createPostgresBackend,
      ) as unknown as Worker<TenantryJobData>;
    },
    notificationQueue() {
      if (notifications) return notifications;
      notifications = new Queue<
        WebhookJobData,
        unknown,
        string,
        WebhookJobData,
        unknown,
        string,
        IQueueBackend,
        PostgresPoolConfig
      >(
        NOTIFICATION_QUEUE,
        { connection: connection(`${name} notifications`) },
        createPostgresBackend,
      ) as unknown as NotificationQueue;
      notifications.on('error', () => {});
      return notifications;
    },
    createNotificationWorker(processor, settings) {
      return new Worker<WebhookJobData, unknown, string, IQueueBackend, never, PostgresPoolConfig>(
        NOTIFICATION_QUEUE,
        processor as Processor<WebhookJobData, unknown>,
        { connection: connection(`${name} notifications worker`), ...settings },
        createPostgresBackend,
      ) as unknown as Worker<WebhookJobData>;
    },
    async jobStates(jobIds) {
      const runQueue = this.runQueue();
      const states: JobState[] = [];
      // a job row per id: a few at a time, so a large backlog does not take every connection
      for (let i = 0; i < jobIds.length; i += 20) {
        const batch = await Promise.all(jobIds.slice(i, i + 20).map((id) => runQueue.getJob(id)));
        states.push(
          ...batch.map((job): JobState =>
            job === undefined || job === null ? 'missing' : job.finishedOn ? 'finished' : 'pending',
          ),
        );
      }
      return states;
    },
    async close() {
      await queue?.close().catch(() => {});
      await notifications?.close().catch(() => {});
    },
  };
}
