// Platform-wide ISO 3166 country lookup used for subscriber addresses.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('countries', {
    code: { type: 'char(2)', primaryKey: true },
    name: { type: 'text', notNull: true },
    dialing_prefix: { type: 'varchar(8)', notNull: true },
  });
  pgm.sql(`INSERT INTO countries (code, name, dialing_prefix) VALUES
    ('US', 'United States', '+1'), ('GB', 'United Kingdom', '+44'),
    ('DE', 'Germany', '+49'), ('KE', 'Kenya', '+254'), ('BR', 'Brazil', '+55')`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('countries');
};
