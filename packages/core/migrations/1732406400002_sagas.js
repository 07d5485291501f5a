// Runs that wait for another run (a release's next platform, a compensation chain, tenants after
// their platform's shared migrations), shared-schema runs, and aborted rollouts.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE runs DROP CONSTRAINT runs_status_check;
    ALTER TABLE runs ADD CONSTRAINT runs_status_check
      CHECK (status IN ('waiting', 'queued', 'running', 'succeeded', 'failed', 'cancelled'));
    ALTER TABLE runs
      ADD COLUMN after_run uuid REFERENCES runs (id) ON DELETE SET NULL,
      ADD COLUMN scope text NOT NULL DEFAULT 'tenant' CHECK (scope IN ('tenant', 'shared')),
      ADD COLUMN saga_step integer NOT NULL DEFAULT 0;
    CREATE INDEX runs_after ON runs (after_run) WHERE status = 'waiting';
    DROP INDEX runs_open;
    CREATE INDEX runs_open ON runs (rollout_id) WHERE status IN ('waiting', 'queued', 'running');
    ALTER TABLE rollouts ADD COLUMN aborted_at timestamptz;
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    ALTER TABLE rollouts DROP COLUMN aborted_at;
    DROP INDEX runs_open;
    CREATE INDEX runs_open ON runs (rollout_id) WHERE status IN ('queued', 'running');
    DROP INDEX runs_after;
    ALTER TABLE runs DROP COLUMN saga_step, DROP COLUMN scope, DROP COLUMN after_run;
    ALTER TABLE runs DROP CONSTRAINT runs_status_check;
    ALTER TABLE runs ADD CONSTRAINT runs_status_check CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'));
  `);
};
