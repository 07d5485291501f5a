// Breaking rename for v2: customers.name becomes customers.legal_name.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.renameColumn('customers', 'name', 'legal_name');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.renameColumn('customers', 'legal_name', 'name');
};
