// The ledger's own record of each tenant's version, from its last run: a rollout leaves out the
// tenants it shows at their target, so a deploy with nothing to do queues nothing. NULL is
// "unknown" (registered before this column, or a run under way, failed or cut short): such a
// tenant is planned as before, and its run, under the tenant's lock, reads the truth.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`ALTER TABLE tenants ADD COLUMN known_version text;`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`ALTER TABLE tenants DROP COLUMN known_version;`);
};
