// Breaking rename for v2: "devices" become "cpes" (customer-premises equipment).
// tenantry-lint-ignore TNT010: v2 is a breaking release, deployed with the application version that uses the new names
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.renameTable('devices', 'cpes');
  pgm.renameColumn('ip_allocations', 'device_id', 'cpe_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.renameColumn('ip_allocations', 'cpe_id', 'device_id');
  pgm.renameTable('cpes', 'devices');
};
