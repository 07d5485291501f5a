// Billable customers of the tenant, each invoiced in one currency.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('customers', {
    id: 'id',
    external_ref: { type: 'varchar(64)', notNull: true, unique: true },
    name: { type: 'text', notNull: true },
    email: { type: 'text' },
    country_code: { type: 'char(2)' },
    currency: { type: 'char(3)', notNull: true, default: 'USD' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.addConstraint('customers', 'customers_currency_iso', { check: `currency ~ '^[A-Z]{3}$'` });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('customers');
};
