// Per-customer payment terms (days until an invoice is due), defaulting to net 30.
// tenantry-lint-ignore TNT007: customers is a small table (one row per customer); the check runs on the column just added, 30 in every row
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumn('customers', {
    payment_terms_days: { type: 'integer', notNull: true, default: 30 },
  });
  pgm.addConstraint('customers', 'customers_payment_terms_range', {
    check: 'payment_terms_days BETWEEN 0 AND 365',
  });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropConstraint('customers', 'customers_payment_terms_range');
  pgm.dropColumn('customers', 'payment_terms_days');
};
