// Staged rollouts: runs in waves (wave 0 is the canary), rollouts that pause or halt themselves.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE rollouts DROP CONSTRAINT rollouts_status_check;
    ALTER TABLE rollouts ADD CONSTRAINT rollouts_status_check
      CHECK (status IN ('running', 'paused', 'halted', 'succeeded', 'failed', 'cancelled'));
    ALTER TABLE rollouts ADD COLUMN halt_reason text;
    ALTER TABLE runs ADD COLUMN wave integer NOT NULL DEFAULT 0;
    CREATE INDEX runs_wave ON runs (rollout_id, wave) WHERE status = 'waiting' AND after_run IS NULL;
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP INDEX runs_wave;
    ALTER TABLE runs DROP COLUMN wave;
    ALTER TABLE rollouts DROP COLUMN halt_reason;
    ALTER TABLE rollouts DROP CONSTRAINT rollouts_status_check;
    ALTER TABLE rollouts ADD CONSTRAINT rollouts_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled'));
  `);
};
