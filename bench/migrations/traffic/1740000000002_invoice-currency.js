// A column with a constant default (no table rewrite since PostgreSQL 11) and a CHECK added NOT
// VALID: both take ACCESS EXCLUSIVE on invoices, briefly, and queue the application's queries
// behind them while they wait for it
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumn('invoices', { currency: { type: 'char(3)', notNull: true, default: 'EUR' } });
  pgm.sql('ALTER TABLE invoices ADD CONSTRAINT invoices_amount_nonnegative CHECK (amount_cents >= 0) NOT VALID');
};
