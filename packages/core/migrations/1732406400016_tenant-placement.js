// Placement: a platform may have several database servers (platforms.P.servers), and each tenant
// is recorded on one of them, by the server id of the config, when it is registered. Tenants
// registered before are on the one server single-URL configs have, "default". The physical
// location (server, database, schema) stays as it is, and so does its one-owner constraint, which
// holds across servers. The index serves the placement policy (tenants per server) and the
// per-server views.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE tenants ADD COLUMN server_id text NOT NULL DEFAULT 'default';
    CREATE INDEX tenants_platform_server ON tenants (platform, server_id);
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP INDEX tenants_platform_server;
    ALTER TABLE tenants DROP COLUMN server_id;
  `);
};
