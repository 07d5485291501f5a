// Record each device's vendor OUI (first three MAC octets), backfilled for existing devices.
// The index is built CONCURRENTLY, so devices stay writable while it builds; that needs the
// migration outside a transaction, so each step is written to be run again after an interruption.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.noTransaction();
  pgm.addColumn('devices', {
    vendor_oui: { type: 'varchar(8)', notNull: true, default: '' },
  }, { ifNotExists: true });
  pgm.sql(`UPDATE devices SET vendor_oui = upper(left(mac_address::text, 8)) WHERE vendor_oui = ''`);
  pgm.createIndex('devices', 'vendor_oui', { concurrently: true, ifNotExists: true });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('devices', 'vendor_oui', { concurrently: true, ifExists: true });
  pgm.dropColumn('devices', 'vendor_oui', { ifExists: true });
};
