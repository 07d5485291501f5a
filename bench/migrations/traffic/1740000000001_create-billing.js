// The application's tables, with some data: the version the fleet is at before the rollout (the
// traffic mode brings every tenant here untimed, then times the three migrations after it)
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('customers', {
    id: 'id',
    email: { type: 'text', notNull: true },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });
  pgm.createTable('invoices', {
    id: 'id',
    customer_id: { type: 'integer', notNull: true, references: 'customers', onDelete: 'CASCADE' },
    amount_cents: { type: 'integer', notNull: true },
    status: { type: 'text', notNull: true, default: 'open' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });
  pgm.sql("INSERT INTO customers (email) SELECT 'customer' || g || '@example.com' FROM generate_series(1, 20) g");
  pgm.sql('INSERT INTO invoices (customer_id, amount_cents) SELECT 1 + g % 20, 100 * g FROM generate_series(1, 100) g');
};
