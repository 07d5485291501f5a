// Breaking rename for v2: customers.name becomes customers.legal_name.
// tenantry-lint-ignore TNT010: v2 is a breaking release, deployed with the application version that uses the new names
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.renameColumn('customers', 'name', 'legal_name');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.renameColumn('customers', 'legal_name', 'name');
};
