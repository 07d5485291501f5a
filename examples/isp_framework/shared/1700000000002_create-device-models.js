// Platform-wide catalogue of supported CPE models and their minimum firmware.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('device_models', {
    id: 'id',
    vendor: { type: 'text', notNull: true },
    model: { type: 'text', notNull: true },
    min_firmware: { type: 'varchar(32)' },
    supports_ipv6: { type: 'boolean', notNull: true, default: true },
  });
  pgm.addConstraint('device_models', 'device_models_vendor_model_unique', { unique: ['vendor', 'model'] });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('device_models');
};
