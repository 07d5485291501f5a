// Tax rates (VAT, GST, sales tax) that invoice lines can apply.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('tax_rates', {
    id: 'id',
    code: { type: 'varchar(32)', notNull: true, unique: true },
    name: { type: 'text', notNull: true },
    rate_percent: { type: 'numeric(5,2)', notNull: true },
    country_code: { type: 'char(2)' },
    active: { type: 'boolean', notNull: true, default: true },
  });
  pgm.addConstraint('tax_rates', 'tax_rates_rate_range', { check: 'rate_percent BETWEEN 0 AND 100' });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('tax_rates');
};
