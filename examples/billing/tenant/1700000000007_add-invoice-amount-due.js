// Denormalised balance on invoices, backfilled from payments and credit notes.
// The index is built CONCURRENTLY, so invoices stay writable while it builds; that needs the
// migration outside a transaction, so each step is written to be run again after an interruption.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.noTransaction();
  pgm.addColumn('invoices', {
    amount_due_cents: { type: 'bigint', notNull: true, default: 0 },
  }, { ifNotExists: true });
  pgm.sql(`UPDATE invoices i SET amount_due_cents = i.total_cents
    - COALESCE((SELECT sum(p.amount_cents) FROM payments p WHERE p.invoice_id = i.id), 0)
    - COALESCE((SELECT sum(c.amount_cents) FROM credit_notes c WHERE c.invoice_id = i.id), 0)`);
  pgm.createIndex('invoices', 'amount_due_cents', { name: 'invoices_outstanding_index', where: 'amount_due_cents > 0', concurrently: true, ifNotExists: true });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('invoices', 'amount_due_cents', { name: 'invoices_outstanding_index', concurrently: true, ifExists: true });
  pgm.dropColumn('invoices', 'amount_due_cents', { ifExists: true });
};
