// Record each device's vendor OUI (first three MAC octets), backfilled for existing devices.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumn('devices', {
    vendor_oui: { type: 'varchar(8)', notNull: true, default: '' },
  });
  pgm.sql(`UPDATE devices SET vendor_oui = upper(left(mac_address::text, 8))`);
  pgm.createIndex('devices', 'vendor_oui');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropIndex('devices', 'vendor_oui');
  pgm.dropColumn('devices', 'vendor_oui');
};
