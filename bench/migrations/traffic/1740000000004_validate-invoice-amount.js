// Checks the existing rows under SHARE UPDATE EXCLUSIVE: reads and writes go on meanwhile
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql('ALTER TABLE invoices VALIDATE CONSTRAINT invoices_amount_nonnegative');
};
