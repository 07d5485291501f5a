// Per-period traffic counters collected from the network (RADIUS accounting).
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('usage_records', {
    id: { type: 'bigserial', primaryKey: true },
    subscriber_id: { type: 'integer', notNull: true, references: 'subscribers', onDelete: 'CASCADE' },
    period_start: { type: 'timestamptz', notNull: true },
    period_end: { type: 'timestamptz', notNull: true },
    bytes_down: { type: 'bigint', notNull: true, default: 0 },
    bytes_up: { type: 'bigint', notNull: true, default: 0 },
  });
  pgm.addConstraint('usage_records', 'usage_records_period_valid', {
    check: 'period_end > period_start AND bytes_down >= 0 AND bytes_up >= 0',
  });
  pgm.createIndex('usage_records', ['subscriber_id', 'period_start']);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('usage_records');
};
