// Invoices with a status enum; amounts are stored in minor units (cents).
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createType('invoice_status', ['draft', 'issued', 'paid', 'void']);
  pgm.createTable('invoices', {
    id: 'id',
    customer_id: { type: 'integer', notNull: true, references: 'customers', onDelete: 'RESTRICT' },
    number: { type: 'varchar(32)', notNull: true, unique: true },
    status: { type: 'invoice_status', notNull: true, default: 'draft' },
    currency: { type: 'char(3)', notNull: true },
    issued_at: { type: 'date' },
    due_at: { type: 'date' },
    subtotal_cents: { type: 'bigint', notNull: true, default: 0 },
    tax_cents: { type: 'bigint', notNull: true, default: 0 },
    total_cents: { type: 'bigint', notNull: true, default: 0 },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.addConstraint('invoices', 'invoices_due_after_issue', { check: 'due_at IS NULL OR due_at >= issued_at' });
  pgm.createIndex('invoices', ['customer_id', 'status']);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('invoices');
  pgm.dropType('invoice_status');
};
