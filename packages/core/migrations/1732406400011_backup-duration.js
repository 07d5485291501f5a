// How long each backup's dump took (milliseconds; one dump may hold many tenants, who share it):
// the dashboard's backups table and its duration histogram read it. Backups taken before have none.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`ALTER TABLE backups ADD COLUMN duration_ms integer`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`ALTER TABLE backups DROP COLUMN duration_ms`);
};
