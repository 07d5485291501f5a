// Platform-wide ISO 3166 country lookup with each country's default currency.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('countries', {
    code: { type: 'char(2)', primaryKey: true },
    name: { type: 'text', notNull: true },
    default_currency: { type: 'char(3)', notNull: true, references: 'currencies' },
  });
  pgm.sql(`INSERT INTO countries (code, name, default_currency) VALUES
    ('US', 'United States', 'USD'), ('DE', 'Germany', 'EUR'), ('FR', 'France', 'EUR'),
    ('GB', 'United Kingdom', 'GBP'), ('JP', 'Japan', 'JPY'), ('KE', 'Kenya', 'KES'), ('BR', 'Brazil', 'BRL')`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('countries');
};
