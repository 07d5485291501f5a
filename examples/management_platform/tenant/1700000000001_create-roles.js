// Roles that group permissions; seeded with the three built-in roles.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('roles', {
    id: 'id',
    name: { type: 'varchar(64)', notNull: true, unique: true },
    description: { type: 'text' },
    permissions: { type: 'text[]', notNull: true, default: pgm.func(`'{}'::text[]`) },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.sql(`INSERT INTO roles (name, description, permissions) VALUES
    ('admin', 'Full access', '{*}'),
    ('agent', 'Works support tickets', '{tickets.read,tickets.write}'),
    ('viewer', 'Read-only access', '{tickets.read}')`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('roles');
};
