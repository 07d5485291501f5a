// Breaking rename for v2: users.display_name becomes users.full_name.
// tenantry-lint-ignore TNT010: v2 is a breaking release, deployed with the application version that uses the new names
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.renameColumn('users', 'display_name', 'full_name');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.renameColumn('users', 'full_name', 'display_name');
};
