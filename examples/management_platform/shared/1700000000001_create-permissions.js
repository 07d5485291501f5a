// Platform-wide catalogue of permission codes that tenant roles may grant.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('permissions', {
    code: { type: 'varchar(64)', primaryKey: true },
    description: { type: 'text', notNull: true },
  });
  pgm.sql(`INSERT INTO permissions (code, description) VALUES
    ('*', 'Everything'),
    ('tickets.read', 'View tickets'),
    ('tickets.write', 'Create and update tickets'),
    ('users.manage', 'Invite, edit and deactivate users'),
    ('audit.read', 'View the audit log')`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('permissions');
};
