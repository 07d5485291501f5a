import { z } from 'zod';
import { ID_PATTERN, MAX_ID_LENGTH, MIGRATION_NAME_PATTERN } from '../ids.js';
import { LIFECYCLE_EVENTS } from '../events/event-map.js';

const id = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN, 'must be lower-case letters, digits and _');

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string');

/**
 * The lock retry of a platform's runs, when the config gives none (lock-retry.ts). 100 ms a try:
 * every application query that arrives on a table while a migration waits for it waits too, so
 * the budget is what the application's slowest queries pay; it is the shortest first try of the
 * lock retries large PostgreSQL shops run their schema changes with, long enough for catalog-only
 * DDL to get its lock between ordinary queries.
 */
export const DEFAULT_LOCK_RETRY = {
  lockTimeoutMs: 100,
  attempts: 8,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  deferrals: 3,
} as const;

const lockRetrySchema = z
  .strictObject({
    lockTimeoutMs: z
      .number()
      .int()
      .positive()
      .max(600_000)
      .nullable()
      .default(DEFAULT_LOCK_RETRY.lockTimeoutMs)
      .describe(
        "lock_timeout of each transaction of a run (a migration's, a restore's schema swap) and each statement of a noTransaction migration: an application query queued behind a waiting migration waits at most this long. Not for a statement that runs CONCURRENTLY (CREATE INDEX, DROP INDEX, REINDEX): it queues no application query, and waits for older transactions under the platform's lockTimeoutMs, still retried (null: the session's own, platform lockTimeoutMs or the role's, for all).",
      ),
    attempts: z
      .number()
      .int()
      .positive()
      .max(100)
      .default(DEFAULT_LOCK_RETRY.attempts)
      .describe('Tries of one transaction that meets a lock timeout, the first included, before the run is deferred.'),
    baseDelayMs: z
      .number()
      .int()
      .nonnegative()
      .default(DEFAULT_LOCK_RETRY.baseDelayMs)
      .describe('Pause before the second try; each next pause may double (full jitter: a random pause up to it).'),
    maxDelayMs: z
      .number()
      .int()
      .nonnegative()
      .max(600_000)
      .default(DEFAULT_LOCK_RETRY.maxDelayMs)
      .describe('Longest pause between tries; a deferred run waits between one and two of it.'),
    deferrals: z
      .number()
      .int()
      .nonnegative()
      .max(1000)
      .default(DEFAULT_LOCK_RETRY.deferrals)
      .describe(
        'Times a run whose tries all met lock timeouts is deferred to later in the rollout (its tenant as it was) before it fails with LOCK_RETRIES_EXHAUSTED.',
      ),
  })
  .refine((r) => r.baseDelayMs <= r.maxDelayMs, 'baseDelayMs must not exceed maxDelayMs');

export type LockRetryConfig = z.output<typeof lockRetrySchema>;

/**
 * What the governor lets one database server carry, and the thresholds of its health signals
 * (governor/signals.ts): a signal over its threshold cuts the server's budget. Given once for
 * every server (`governor`), and overridable per server (`platforms.X.servers.Y.governor`).
 */
const serverGovernorFields = {
  maxBudget: z
    .number()
    .int()
    .positive()
    .max(1000)
    .describe('Runs in flight on one database server, across all workers, while it is healthy.'),
  minBudget: z
    .number()
    .int()
    .positive()
    .max(1000)
    .describe('The budget is never cut below this: a strained server still moves, slowly.'),
  lockWaiters: z
    .number()
    .int()
    .nonnegative()
    .describe(
      "Sessions waiting on a lock (pg_stat_activity wait_event_type 'Lock') above which the server is strained.",
    ),
  oldestTransactionSeconds: z
    .number()
    .positive()
    .describe("Age of the server's oldest open transaction (Tenantry's own runs aside) above which it is strained."),
  replicationLagSeconds: z
    .number()
    .positive()
    .describe(
      'Replication lag of its slowest standby (pg_stat_replication write/flush/replay lag) above which it is strained.',
    ),
  replicationLagBytes: z
    .number()
    .int()
    .positive()
    .describe('WAL bytes its slowest standby has not replayed yet above which it is strained.'),
  connectionsUsedRatio: z
    .number()
    .gt(0)
    .max(1)
    .describe('Connections in use over max_connections above which it is strained.'),
  activeSessions: z
    .number()
    .int()
    .positive()
    .max(100_000)
    .nullable()
    .describe(
      "Application sessions running a query at once (pg_stat_activity state 'active', Tenantry's own aside) above which it is strained; null: not a threshold (the signal is still sampled and shown).",
    ),
};

/** The defaults of {@link serverGovernorFields}; why activeSessions is off: README, "The governor". */
export const GOVERNOR_DEFAULTS = {
  maxBudget: 32,
  minBudget: 1,
  lockWaiters: 5,
  oldestTransactionSeconds: 300,
  replicationLagSeconds: 30,
  replicationLagBytes: 1024 * 1024 * 1024,
  connectionsUsedRatio: 0.9,
  activeSessions: null,
} as const;

/** A server's own thresholds and budget bounds, each one in place of the global one. */
const serverGovernorSchema = z
  .strictObject({
    maxBudget: serverGovernorFields.maxBudget.optional(),
    minBudget: serverGovernorFields.minBudget.optional(),
    lockWaiters: serverGovernorFields.lockWaiters.optional(),
    oldestTransactionSeconds: serverGovernorFields.oldestTransactionSeconds.optional(),
    replicationLagSeconds: serverGovernorFields.replicationLagSeconds.optional(),
    replicationLagBytes: serverGovernorFields.replicationLagBytes.optional(),
    connectionsUsedRatio: serverGovernorFields.connectionsUsedRatio.optional(),
    activeSessions: serverGovernorFields.activeSessions.optional(),
  })
  .refine(
    (g) => g.minBudget === undefined || g.maxBudget === undefined || g.minBudget <= g.maxBudget,
    'minBudget must not exceed maxBudget',
  );

export type ServerGovernorConfig = z.output<typeof serverGovernorSchema>;

const tenantDatabaseTemplate = z.string().regex(/\{tenant\}/, 'must contain {tenant}');

/** One database server of a platform: where its tenants' schemas (or databases) are. */
const serverSchema = z
  .strictObject({
    databaseUrl: postgresUrl
      .optional()
      .describe('Schema mode: the database holding the tenant schemas on this server.'),
    tenantDatabaseUrl: tenantDatabaseTemplate
      .optional()
      .describe('Database-per-tenant mode: a connection string template with {tenant} on this server.'),
    governor: serverGovernorSchema
      .optional()
      .describe(
        "This server's own governor thresholds and budget bounds, in place of the global ones (governor). Where entries of several platforms name the same physical server, the stricter value of each wins.",
      ),
  })
  .refine(
    (s) => (s.databaseUrl === undefined) !== (s.tenantDatabaseUrl === undefined),
    'give exactly one of databaseUrl or tenantDatabaseUrl',
  );

export type ServerConfig = z.output<typeof serverSchema>;

const platformFields = z.strictObject({
  databaseUrl: postgresUrl.describe(
    'The platform database: its shared schema, and the tenant schemas in schema mode when no servers are given.',
  ),
  tenantDatabaseUrl: tenantDatabaseTemplate
    .optional()
    .describe('Database-per-tenant mode on one server: a connection string template with {tenant}.'),
  servers: z
    .record(id, serverSchema)
    .refine((s) => Object.keys(s).length > 0, 'give at least one server, or leave servers out')
    .optional()
    .describe(
      'Several database servers, by server id: each tenant lives on one, recorded in the ledger when it is registered. Without it, the platform has one server, "default" (databaseUrl, or tenantDatabaseUrl).',
    ),
  placement: z
    .enum(['fewest-tenants', 'explicit'])
    .default('fewest-tenants')
    .describe(
      'The server of a new tenant when `tenants add` names none (--server): the one with the fewest tenants of the platform, or none (explicit: --server is required).',
    ),
  migrations: z.strictObject({
    tenant: z.string().min(1).describe('Directory of tenant migrations, relative to the config file.'),
    shared: z.string().min(1).optional().describe('Directory of shared (platform-wide) migrations.'),
  }),
  tenantSchema: z
    .string()
    .regex(
      /^[a-z_][a-z0-9_]*\{tenant\}[a-z0-9_]*$|^[a-z_][a-z0-9_]*$/,
      'must be a schema name template like tenant_{tenant}',
    )
    .default('tenant_{tenant}')
    .describe(
      'Schema name template of a tenant, with {tenant} (one schema per tenant); a fixed name only in database mode, where it is the schema inside each tenant database.',
    ),
  sharedSchema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('public'),
  migrationsTable: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('pgmigrations'),
  maxConnections: z
    .number()
    .int()
    .positive()
    .max(1000)
    .optional()
    .describe('Runs at once against this database, across all workers.'),
  lockTimeoutMs: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .default(10_000)
    .describe(
      "lock_timeout of a run's session outside its migration transactions (reading the version, pg_restore, verify), and of a migration's statements that run CONCURRENTLY (CREATE INDEX, DROP INDEX, REINDEX), which queue no application query while they wait for older transactions; the migrations' transactions and other statements, and a restore's schema swap, take their locks under lockRetry.lockTimeoutMs (null: the role's own, from ALTER ROLE ... SET).",
    ),
  lockRetry: lockRetrySchema
    .default(() => ({ ...DEFAULT_LOCK_RETRY }))
    .describe(
      "How each transaction of a run (a migration's, a restore's schema swap or its undoing) takes its locks: with a short lock_timeout, retried after a growing, jittered pause while the tenant's lock stays held; when its attempts run out the run is deferred, up to `deferrals` times, then failed (LOCK_RETRIES_EXHAUSTED).",
    ),
  statementTimeoutMs: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .default(30 * 60_000)
    .describe("statement_timeout of a run (0 = none; null: the role's own, from ALTER ROLE ... SET)."),
  runTimeoutMs: z
    .number()
    .int()
    .positive()
    .default(60 * 60_000)
    .describe(
      'Deadline of one run, from its start: past it the run is stopped (its statement cancelled, its migration code ended), fails for good, and its tenant is left where it was.',
    ),
  buildTimeoutMs: z
    .number()
    .int()
    .positive()
    .default(60_000)
    .describe(
      "How long loading the migration files, or building one migration (its up/down, pgm.db reads not counted), may take: an endless loop or a promise that never settles is stopped after it. Also bounds `validate`'s loading.",
    ),
});

const platformSchema = platformFields
  .refine((p) => p.servers === undefined || p.tenantDatabaseUrl === undefined, {
    message: 'give tenantDatabaseUrl in each server of servers, not beside them',
    path: ['tenantDatabaseUrl'],
  })
  .refine(
    (p) =>
      p.servers === undefined ||
      new Set(Object.values(p.servers).map((s) => s.tenantDatabaseUrl === undefined)).size === 1,
    {
      message: 'every server needs the same mode: all databaseUrl (schemas) or all tenantDatabaseUrl (databases)',
      path: ['servers'],
    },
  );

/** A Redis node: host:port (an IPv6 host in brackets). */
const redisNode = z.string().regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'must be host:port');

/** A file relative to the config file, or the PEM text itself (from `${ENV}`). */
const pem = z.string().min(1);

const redisTlsSchema = z
  .strictObject({
    ca: pem
      .optional()
      .describe(
        'CA certificate(s) that signed the server certificate: a PEM file, or PEM text (default: the system CAs).',
      ),
    cert: pem.optional().describe('Client certificate, for servers that ask for one (tls-auth-clients).'),
    key: pem.optional().describe('Private key of the client certificate.'),
    servername: z
      .string()
      .min(1)
      .optional()
      .describe('Name the server certificate must carry, when it is not the host connected to.'),
    rejectUnauthorized: z.boolean().default(true).describe('false accepts any server certificate: for tests only.'),
  })
  .refine((t) => (t.cert === undefined) === (t.key === undefined), 'give both cert and key, or neither');

const redisSchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional()
      .describe('One server: redis://[user:password@]host:port/db; rediss:// speaks TLS.'),
    cluster: z
      .strictObject({
        nodes: z
          .array(redisNode)
          .min(1)
          .describe('Some nodes of the cluster (host:port): the rest are found from them.'),
      })
      .optional()
      .describe(
        'Redis Cluster. The queue keys get a hash tag (prefix {tenantry}) so that a queue lives in one slot, as BullMQ needs.',
      ),
    sentinel: z
      .strictObject({
        name: z.string().min(1).describe('The master name the sentinels monitor.'),
        nodes: z.array(redisNode).min(1).describe('Sentinels (host:port).'),
        username: z.string().min(1).optional().describe('ACL user of the sentinels, when they have one.'),
        password: z.string().min(1).optional().describe('Password of the sentinels, when they have one.'),
        tls: z.boolean().default(false).describe('The sentinels speak TLS too (with redis.tls).'),
        db: z.number().int().nonnegative().default(0),
      })
      .optional()
      .describe('Redis Sentinel: the master is asked of the sentinels, and followed on failover.'),
    username: z.string().min(1).optional().describe('ACL user (or in redis.url, not both).'),
    password: z.string().min(1).optional().describe('Password (or in redis.url, not both).'),
    tls: redisTlsSchema.optional().describe('TLS to the Redis servers; implied by rediss://.'),
    prefix: z
      .string()
      .regex(
        /^[A-Za-z0-9_-]+$|^\{[A-Za-z0-9_-]+\}$/,
        'must be letters, digits, _ and -, or such a name in braces ({tenantry})',
      )
      .default('tenantry'),
  })
  .refine(
    (r) => [r.url, r.cluster, r.sentinel].filter((x) => x !== undefined).length === 1,
    'give exactly one of redis.url, redis.cluster or redis.sentinel',
  );

export type RedisConfig = z.output<typeof redisSchema>;

const httpUrl = z.url({ protocol: /^https?$/ }).describe('An http:// or https:// URL.');

const webhookSchema = z
  .strictObject({
    name: id.describe(
      'Names the webhook in logs and in the notification queue (jobs carry the name, never the URL or secret).',
    ),
    url: httpUrl.describe('Where the events are POSTed.'),
    events: z
      .array(z.enum(LIFECYCLE_EVENTS))
      .min(1)
      .describe(`Events sent to it: ${LIFECYCLE_EVENTS.join(', ')}.`),
    secret: z
      .string()
      .min(16, 'must be at least 16 characters')
      .optional()
      .describe(
        'Shared secret of the HMAC-SHA256 signature (X-Tenantry-Signature over "<timestamp>.<body>"); give it as ${ENV}.',
      ),
    format: z
      .enum(['json', 'slack'])
      .default('json')
      .describe('json: the event as data, signed; slack: {"text": ...} for a Slack-compatible incoming webhook.'),
    timeoutMs: z
      .number()
      .int()
      .positive()
      .max(120_000)
      .default(10_000)
      .describe('A delivery not answered within this is failed and tried again.'),
    attempts: z
      .number()
      .int()
      .positive()
      .max(50)
      .default(10)
      .describe('Deliveries tried before one is given up (and logged).'),
    backoffMs: z
      .number()
      .int()
      .positive()
      .default(2_000)
      .describe('First retry delay; each next one doubles (with up to 10 attempts: about 17 minutes in all).'),
  })
  .refine((w) => w.format === 'slack' || w.secret !== undefined, {
    message: 'a json webhook needs a secret (its deliveries are signed)',
    path: ['secret'],
  });

export type WebhookConfig = z.output<typeof webhookSchema>;

/** The per-server budget and its health thresholds (governor/): a signal over its threshold cuts the budget. */
const governorSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('false: no per-server budget, no sampling.'),
    maxBudget: serverGovernorFields.maxBudget.default(GOVERNOR_DEFAULTS.maxBudget),
    minBudget: serverGovernorFields.minBudget.default(GOVERNOR_DEFAULTS.minBudget),
    sampleIntervalMs: z
      .number()
      .int()
      .min(100)
      .default(1_000)
      .describe("How often the fleet's sampler reads each server's signals and workers read the budgets."),
    increaseStep: z
      .number()
      .int()
      .positive()
      .default(1)
      .describe('Added to a budget per healthy sample (additive increase).'),
    decreaseFactor: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.5)
      .describe(
        'A budget is multiplied by this per sample with a signal over its threshold (multiplicative decrease).',
      ),
    lockWaiters: serverGovernorFields.lockWaiters.default(GOVERNOR_DEFAULTS.lockWaiters),
    oldestTransactionSeconds: serverGovernorFields.oldestTransactionSeconds.default(
      GOVERNOR_DEFAULTS.oldestTransactionSeconds,
    ),
    replicationLagSeconds: serverGovernorFields.replicationLagSeconds.default(GOVERNOR_DEFAULTS.replicationLagSeconds),
    replicationLagBytes: serverGovernorFields.replicationLagBytes.default(GOVERNOR_DEFAULTS.replicationLagBytes),
    connectionsUsedRatio: serverGovernorFields.connectionsUsedRatio.default(GOVERNOR_DEFAULTS.connectionsUsedRatio),
    activeSessions: serverGovernorFields.activeSessions.default(GOVERNOR_DEFAULTS.activeSessions),
  })
  .refine((g) => g.minBudget <= g.maxBudget, 'governor.minBudget must not exceed governor.maxBudget');

export type GovernorConfig = z.output<typeof governorSchema>;

const configSchema = z
  .strictObject({
    redis: redisSchema
      .optional()
      .describe(
        'The queue on Redis. Without it, the queue lives in the control database, schema <control.schema>_queue (BullMQ PostgreSQL backend).',
      ),
    control: z.strictObject({
      databaseUrl: postgresUrl.describe("Tenantry's own database (the ledger)."),
      schema: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/)
        .default('tenantry'),
    }),
    platforms: z
      .record(id, platformSchema)
      .refine((p) => Object.keys(p).length > 0, 'at least one platform is needed')
      .describe('Platforms in release order: a release moves a tenant through them in this order.'),
    releases: z
      .record(
        z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'release names are letters, digits, . _ -'),
        z.record(id, z.string().regex(MIGRATION_NAME_PATTERN, 'must be a migration name')),
      )
      .default({}),
    backup: z
      .strictObject({
        strategy: z
          .enum(['none', 'pg_dump'])
          .default('none')
          .describe('Default backup strategy of a rollout (--backup overrides it).'),
        dir: z.string().default('./backups').describe('Where pg_dump files go, relative to the config file.'),
        keep: z
          .number()
          .int()
          .positive()
          .default(3)
          .describe('Backups kept per tenant and platform by `backups prune`.'),
        batchSize: z
          .number()
          .int()
          .positive()
          .max(1000)
          .default(50)
          .describe('Tenants per pg_dump when a rollout backs up tenants together.'),
        binDir: z.string().optional().describe('Directory of pg_dump and pg_restore (default: from PATH).'),
      })
      .prefault({}),
    dashboard: z
      .strictObject({
        readOnly: z.boolean().default(false).describe('Everyone only reads: Bull Board refuses every action.'),
        users: z
          .array(
            z.strictObject({
              user: z.string().min(1),
              password: z.string().min(8),
              role: z
                .enum(['viewer', 'operator'])
                .default('operator')
                .describe('viewer: reads only (Bull Board without its actions); operator: may act on the queue too.'),
            }),
          )
          .default([]),
      })
      .prefault({}),
    notifications: z
      .strictObject({
        webhooks: z
          .array(webhookSchema)
          .default([])
          .refine((hooks) => new Set(hooks.map((h) => h.name)).size === hooks.length, 'webhook names must be distinct'),
      })
      .prefault({})
      .describe('Lifecycle events sent to HTTP receivers, through the queue, never holding up a run.'),
    tracing: z
      .strictObject({
        otlpEndpoint: httpUrl
          .optional()
          .describe(
            'OTLP/HTTP collector base URL (traces go to <url>/v1/traces); OTEL_EXPORTER_OTLP_ENDPOINT does the same. Neither: tracing is off.',
          ),
        serviceName: z.string().min(1).default('tenantry').describe('service.name of the spans.'),
      })
      .prefault({}),
    verify: z
      .boolean()
      .default(false)
      .describe(
        "After each run, compare the tenant's live schema with the reference of its new version; drift fails the run and returns the tenant.",
      ),
    worker: z
      .strictObject({
        concurrency: z.number().int().positive().max(256).default(4),
        heartbeatMs: z.number().int().positive().default(5_000),
        shutdownTimeoutMs: z
          .number()
          .int()
          .positive()
          .default(60_000)
          .describe('How long SIGTERM waits for running runs.'),
        reconcileIntervalMs: z
          .number()
          .int()
          .positive()
          .default(10_000)
          .describe('How often a worker repairs the queue from the ledger.'),
        connectionsPerServer: z
          .number()
          .int()
          .positive()
          .max(1000)
          .optional()
          .describe(
            "Connections one worker keeps open on one PostgreSQL server, all its databases together (default: the worker's concurrency). Lowered to the server's own limit (max_connections minus its reserved connections); a run that finds none free waits for one.",
          ),
        idleConnectionMs: z
          .number()
          .int()
          .positive()
          .default(5_000)
          .describe(
            "How long a worker keeps a database's unused connection open for that database's next run (a retry, a deferred run, the platform database's shared runs). A connection another database needs is closed sooner.",
          ),
      })
      .prefault({}),
    governor: governorSchema
      .prefault({})
      .describe(
        "Runs in flight per database server across all workers, lowered while the server shows strain (its lock waiters, oldest transaction, standbys' lag, connections in use) and raised back slowly once it is healthy.",
      ),
    run: z
      .strictObject({
        attempts: z
          .number()
          .int()
          .positive()
          .max(100)
          .default(5)
          .describe('Attempts of a run on infrastructure errors.'),
        busyRetryMs: z
          .number()
          .int()
          .positive()
          .default(2_000)
          .describe('Delay before a run whose tenant is busy is tried again.'),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    // a server's own budget bounds, each with the global one it leaves in place, must still make a range
    for (const [platformId, platform] of Object.entries(config.platforms)) {
      for (const [serverId, server] of Object.entries(platform.servers ?? {})) {
        const min = server.governor?.minBudget ?? config.governor.minBudget;
        const max = server.governor?.maxBudget ?? config.governor.maxBudget;
        if (min > max)
          ctx.addIssue({
            code: 'custom',
            path: ['platforms', platformId, 'servers', serverId, 'governor'],
            message: `minBudget ${min} must not exceed maxBudget ${max} (a value not given here is governor's)`,
          });
      }
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type PlatformConfig = z.output<typeof platformSchema>;
export { configSchema };
