// A restore moves the live tenant schema aside before pg_restore fills its place: the aside
// schema is written here first, so a restore cut short by a kill can be finished or undone.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumn('runs', { aside_schema: { type: 'text' } });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropColumn('runs', 'aside_schema');
};
