// Tenantry's ledger: tenants, rollouts, runs and workers. The system of record; Redis only
// holds the queue, which the reconciler can rebuild from here.
// Runs inside the control schema (search_path is set to it), so names are unqualified.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE TABLE tenants (
      platform   text NOT NULL,
      tenant     text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (platform, tenant)
    );

    CREATE TABLE rollouts (
      id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind         text NOT NULL CHECK (kind IN ('migrate', 'rollback')),
      target       text NOT NULL,
      status       text NOT NULL DEFAULT 'running'
                   CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
      options      jsonb NOT NULL DEFAULT '{}',
      requested_by text,
      created_at   timestamptz NOT NULL DEFAULT now(),
      finished_at  timestamptz
    );
    CREATE INDEX rollouts_created ON rollouts (created_at DESC);

    CREATE TABLE runs (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      rollout_id       uuid NOT NULL REFERENCES rollouts (id) ON DELETE CASCADE,
      platform         text NOT NULL,
      tenant           text NOT NULL,
      direction        text NOT NULL CHECK (direction IN ('up', 'down')),
      target           text NOT NULL,
      status           text NOT NULL DEFAULT 'queued'
                       CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
      attempt          integer NOT NULL DEFAULT 0,
      deferrals        integer NOT NULL DEFAULT 0,
      worker_id        text,
      backend_pid      integer,
      from_version     text,
      to_version       text,
      noop             boolean,
      steps            jsonb NOT NULL DEFAULT '[]',
      failed_migration text,
      sqlstate         text,
      error            text,
      queued_at        timestamptz NOT NULL DEFAULT now(),
      started_at       timestamptz,
      finished_at      timestamptz,
      UNIQUE (rollout_id, platform, tenant)
    );
    CREATE INDEX runs_open ON runs (rollout_id) WHERE status IN ('queued', 'running');
    CREATE INDEX runs_tenant ON runs (platform, tenant, queued_at DESC);

    CREATE TABLE workers (
      id           text PRIMARY KEY,
      host         text NOT NULL,
      pid          integer NOT NULL,
      concurrency  integer NOT NULL,
      started_at   timestamptz NOT NULL DEFAULT now(),
      heartbeat_at timestamptz NOT NULL DEFAULT now(),
      stopped_at   timestamptz
    );
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql('DROP TABLE workers; DROP TABLE runs; DROP TABLE rollouts; DROP TABLE tenants;');
};
