// Denormalised balance on invoices, backfilled from payments and credit notes.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumn('invoices', {
    amount_due_cents: { type: 'bigint', notNull: true, default: 0 },
  });
  pgm.sql(`UPDATE invoices i SET amount_due_cents = i.total_cents
    - COALESCE((SELECT sum(p.amount_cents) FROM payments p WHERE p.invoice_id = i.id), 0)
    - COALESCE((SELECT sum(c.amount_cents) FROM credit_notes c WHERE c.invoice_id = i.id), 0)`);
  pgm.createIndex('invoices', 'amount_due_cents', { name: 'invoices_outstanding_index', where: 'amount_due_cents > 0' });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropIndex('invoices', 'amount_due_cents', { name: 'invoices_outstanding_index' });
  pgm.dropColumn('invoices', 'amount_due_cents');
};
