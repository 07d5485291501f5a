// Customer-premises equipment (routers, ONTs) installed at a subscriber's address.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('devices', {
    id: 'id',
    subscriber_id: { type: 'integer', notNull: true, references: 'subscribers', onDelete: 'CASCADE' },
    serial_number: { type: 'varchar(64)', notNull: true, unique: true },
    mac_address: { type: 'macaddr', notNull: true, unique: true },
    model: { type: 'text', notNull: true },
    firmware_version: { type: 'varchar(32)' },
    last_seen_at: { type: 'timestamptz' },
  });
  pgm.createIndex('devices', 'subscriber_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('devices');
};
