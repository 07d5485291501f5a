// Append-only audit log of who changed what.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('audit_log', {
    id: { type: 'bigserial', primaryKey: true },
    actor_user_id: { type: 'integer', references: 'users', onDelete: 'SET NULL' },
    action: { type: 'varchar(64)', notNull: true },
    entity_type: { type: 'varchar(64)', notNull: true },
    entity_id: { type: 'text', notNull: true },
    details: { type: 'jsonb', notNull: true, default: pgm.func(`'{}'::jsonb`) },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createIndex('audit_log', ['entity_type', 'entity_id']);
  pgm.createIndex('audit_log', 'created_at');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('audit_log');
};
