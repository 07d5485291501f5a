// Index lookups for what a worker asks after every run of a staged rollout (is the current wave
// closed? how many tenants failed?), so the cost of finishing a run does not grow with the rollout.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE INDEX runs_open_wave ON runs (rollout_id, wave)
      WHERE status IN ('queued', 'running') OR (status = 'waiting' AND after_run IS NOT NULL);
    CREATE INDEX runs_failed ON runs (rollout_id) WHERE status = 'failed';
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP INDEX runs_failed;
    DROP INDEX runs_open_wave;
  `);
};
