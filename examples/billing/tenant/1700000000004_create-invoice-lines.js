// Line items of an invoice, each optionally taxed at one tax rate.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('invoice_lines', {
    id: 'id',
    invoice_id: { type: 'integer', notNull: true, references: 'invoices', onDelete: 'CASCADE' },
    position: { type: 'smallint', notNull: true },
    description: { type: 'text', notNull: true },
    quantity: { type: 'numeric(12,3)', notNull: true, default: 1 },
    unit_price_cents: { type: 'bigint', notNull: true },
    tax_rate_id: { type: 'integer', references: 'tax_rates', onDelete: 'RESTRICT' },
    line_total_cents: { type: 'bigint', notNull: true },
  });
  pgm.addConstraint('invoice_lines', 'invoice_lines_quantity_positive', { check: 'quantity > 0' });
  pgm.addConstraint('invoice_lines', 'invoice_lines_position_unique', { unique: ['invoice_id', 'position'] });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('invoice_lines');
};
