// Payments received against invoices, with a payment-method enum.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createType('payment_method', ['card', 'bank_transfer', 'direct_debit', 'cash']);
  pgm.createTable('payments', {
    id: 'id',
    invoice_id: { type: 'integer', notNull: true, references: 'invoices', onDelete: 'RESTRICT' },
    amount_cents: { type: 'bigint', notNull: true, check: 'amount_cents > 0' },
    method: { type: 'payment_method', notNull: true },
    reference: { type: 'text' },
    received_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createIndex('payments', 'invoice_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('payments');
  pgm.dropType('payment_method');
};
