// Credit notes that reduce what is owed on an invoice.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('credit_notes', {
    id: 'id',
    invoice_id: { type: 'integer', notNull: true, references: 'invoices', onDelete: 'RESTRICT' },
    number: { type: 'varchar(32)', notNull: true, unique: true },
    amount_cents: { type: 'bigint', notNull: true, check: 'amount_cents > 0' },
    reason: { type: 'text', notNull: true },
    issued_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createIndex('credit_notes', 'invoice_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('credit_notes');
};
