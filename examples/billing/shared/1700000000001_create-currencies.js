// Platform-wide ISO 4217 currency lookup (minor units tell how to format cents).
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('currencies', {
    code: { type: 'char(3)', primaryKey: true },
    name: { type: 'text', notNull: true },
    minor_units: { type: 'smallint', notNull: true, default: 2, check: 'minor_units BETWEEN 0 AND 4' },
  });
  pgm.sql(`INSERT INTO currencies (code, name, minor_units) VALUES
    ('USD', 'US Dollar', 2), ('EUR', 'Euro', 2), ('GBP', 'Pound Sterling', 2),
    ('JPY', 'Yen', 0), ('KES', 'Kenyan Shilling', 2), ('BRL', 'Brazilian Real', 2)`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('currencies');
};
