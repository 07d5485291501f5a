// What each run lost to lock timeouts (lock-retry.ts): how many its transactions met, the time
// its timed-out tries and the pauses after them took, and how often it was deferred after its
// tries ran out. Zero for runs that never waited, and for runs made before this column.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`ALTER TABLE runs
    ADD COLUMN lock_timeouts integer NOT NULL DEFAULT 0,
    ADD COLUMN lock_wait_ms integer NOT NULL DEFAULT 0,
    ADD COLUMN lock_deferrals integer NOT NULL DEFAULT 0`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`ALTER TABLE runs DROP COLUMN lock_timeouts, DROP COLUMN lock_wait_ms, DROP COLUMN lock_deferrals`);
};
