// Tenants carry labels (what they are: tier, region, internal), and may be pinned at a version
// (rollouts whose target differs leave them there) or held (suspended: no rollout moves them).
// Selectors over labels run in SQL: a GIN index serves `labels @> ...` and `labels ? key`.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE tenants
      ADD COLUMN labels jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT tenants_labels_object CHECK (jsonb_typeof(labels) = 'object'),
      ADD COLUMN pinned_version text,
      ADD COLUMN pinned_at timestamptz,
      ADD COLUMN held_at timestamptz,
      ADD CONSTRAINT tenants_pin_complete CHECK ((pinned_version IS NULL) = (pinned_at IS NULL));
    CREATE INDEX tenants_labels ON tenants USING gin (labels);
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP INDEX tenants_labels;
    ALTER TABLE tenants
      DROP CONSTRAINT tenants_pin_complete,
      DROP COLUMN held_at,
      DROP COLUMN pinned_at,
      DROP COLUMN pinned_version,
      DROP COLUMN labels;
  `);
};
