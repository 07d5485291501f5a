// One owner per location: where each registered tenant lives (the server's system identifier and
// port, the database, the schema), recorded when it is registered. The unique constraint makes
// the database itself refuse a second owner of one location, even one registered under another
// config. Tenants registered before this migration have no location until `tenants add` records it.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE tenants
      ADD COLUMN server text,
      ADD COLUMN database text,
      ADD COLUMN schema text,
      ADD CONSTRAINT tenants_location_complete CHECK ((server IS NULL) = (database IS NULL) AND (server IS NULL) = (schema IS NULL)),
      ADD CONSTRAINT tenants_one_owner_per_location UNIQUE (server, database, schema);
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    ALTER TABLE tenants
      DROP CONSTRAINT tenants_one_owner_per_location,
      DROP CONSTRAINT tenants_location_complete,
      DROP COLUMN schema,
      DROP COLUMN database,
      DROP COLUMN server;
  `);
};
