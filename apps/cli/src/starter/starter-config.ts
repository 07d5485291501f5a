/**
 * The config `tenantry init` writes into a project that has none. JSON has no comments, so the
 * notes are `$comment` keys, which the config parser ignores. Every value is a working default:
 * with DATABASE_URL set (and REDIS_URL, or a Redis on 127.0.0.1:6379) it runs as written.
 */
export function starterConfig(platform: string, migrationsDir: string): Record<string, unknown> {
  return {
    $comment: [
      'Tenantry config. ${VAR} and ${VAR:-default} are read from the environment; paths are relative to this file.',
      'Keys starting with $comment are notes and are ignored. Every key is listed in the README, section Configuration.',
    ],
    control: {
      $comment:
        "Tenantry's own database (the ledger, in the schema `tenantry`): created by `tenantry init` when missing.",
      databaseUrl: '${DATABASE_URL}',
    },
    redis: {
      $comment: 'The job queue. Without this key the queue lives in the control database (fine for small fleets).',
      url: '${REDIS_URL:-redis://127.0.0.1:6379}',
      prefix: 'tenantry',
    },
    platforms: {
      $comment: [
        'One entry per service whose database holds tenants, in release order (a release moves each tenant through them in this order).',
        'Each tenant gets its own schema (tenantSchema) in databaseUrl (here the control database; any other works); tenantDatabaseUrl ("postgres://.../app_{tenant}") gives each its own database instead.',
        'migrations.shared (optional) holds migrations of the platform-wide schema (sharedSchema, default public).',
      ],
      [platform]: {
        databaseUrl: '${DATABASE_URL}',
        migrations: { tenant: `${migrationsDir}/tenant` },
        tenantSchema: 'tenant_{tenant}',
      },
    },
    releases: {
      $comment:
        'Named targets across platforms, e.g. "v1.0.0": { "app": "<migration name>" }: `tenantry migrate --to v1.0.0`. Without one, --to takes a migration name, latest or 0.',
    },
    backup: {
      $comment:
        'pg_dump backs each tenant up before a rollout changes it (needs pg_dump of the server major or newer on PATH); `rollback --from-backup` restores it.',
      strategy: 'none',
      dir: './backups',
      keep: 3,
    },
    worker: {
      $comment: 'Runs at once per worker process (`tenantry worker`), and how long SIGTERM waits for running runs.',
      concurrency: 4,
      shutdownTimeoutMs: 60000,
    },
  };
}
