// Backups in the ledger, runs that restore from them, and compensating runs that point at the
// run they undo. One rollout may now hold several runs of a tenant (a run and its compensation).

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE TABLE backups (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      platform    text NOT NULL,
      tenant      text NOT NULL,
      version     text NOT NULL,
      strategy    text NOT NULL CHECK (strategy IN ('pg_dump')),
      location    text NOT NULL,
      schema_name text NOT NULL,
      bytes       bigint NOT NULL,
      sha256      text NOT NULL,
      rollout_id  uuid REFERENCES rollouts (id) ON DELETE SET NULL,
      run_id      uuid REFERENCES runs (id) ON DELETE SET NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      deleted_at  timestamptz
    );
    CREATE INDEX backups_tenant ON backups (platform, tenant, created_at DESC) WHERE deleted_at IS NULL;
    CREATE INDEX backups_location ON backups (location) WHERE deleted_at IS NULL;

    ALTER TABLE runs DROP CONSTRAINT runs_rollout_id_platform_tenant_key;
    CREATE INDEX runs_rollout_tenant ON runs (rollout_id, platform, tenant);
    ALTER TABLE runs
      ADD COLUMN method text NOT NULL DEFAULT 'migrations' CHECK (method IN ('migrations', 'restore')),
      ADD COLUMN backup_strategy text NOT NULL DEFAULT 'none' CHECK (backup_strategy IN ('none', 'pg_dump')),
      ADD COLUMN backup_id uuid REFERENCES backups (id) ON DELETE SET NULL,
      ADD COLUMN compensates uuid REFERENCES runs (id) ON DELETE SET NULL,
      ADD COLUMN compensated_by uuid REFERENCES runs (id) ON DELETE SET NULL;
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    ALTER TABLE runs DROP COLUMN compensated_by, DROP COLUMN compensates, DROP COLUMN backup_id,
      DROP COLUMN backup_strategy, DROP COLUMN method;
    DROP INDEX runs_rollout_tenant;
    ALTER TABLE runs ADD CONSTRAINT runs_rollout_id_platform_tenant_key UNIQUE (rollout_id, platform, tenant);
    DROP TABLE backups;
  `);
};
