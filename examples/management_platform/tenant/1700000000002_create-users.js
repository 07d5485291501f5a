// Staff user accounts, each assigned one role.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('users', {
    id: 'id',
    email: { type: 'text', notNull: true },
    display_name: { type: 'text', notNull: true },
    role_id: { type: 'integer', notNull: true, references: 'roles', onDelete: 'RESTRICT' },
    is_active: { type: 'boolean', notNull: true, default: true },
    last_login_at: { type: 'timestamptz' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createIndex('users', 'lower(email)', { name: 'users_email_lower_unique', unique: true });
  pgm.createIndex('users', 'role_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('users');
};
