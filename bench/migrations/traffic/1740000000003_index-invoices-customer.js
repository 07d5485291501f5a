// An index built without blocking writes: outside a transaction, re-runnable (IF NOT EXISTS)
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.noTransaction();
  pgm.createIndex('invoices', ['customer_id', 'created_at'], { name: 'invoices_customer_created_idx', concurrently: true, ifNotExists: true });
};
