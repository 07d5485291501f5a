// IP addresses handed out to subscribers; an address may be live for one allocation at a time.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('ip_allocations', {
    id: 'id',
    subscriber_id: { type: 'integer', notNull: true, references: 'subscribers', onDelete: 'CASCADE' },
    device_id: { type: 'integer', references: 'devices', onDelete: 'SET NULL' },
    address: { type: 'inet', notNull: true },
    allocated_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
    released_at: { type: 'timestamptz' },
  });
  pgm.addConstraint('ip_allocations', 'ip_allocations_release_after_allocation', {
    check: 'released_at IS NULL OR released_at >= allocated_at',
  });
  pgm.createIndex('ip_allocations', 'address', {
    name: 'ip_allocations_live_address_unique',
    unique: true,
    where: 'released_at IS NULL',
  });
  pgm.createIndex('ip_allocations', 'subscriber_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('ip_allocations');
};
