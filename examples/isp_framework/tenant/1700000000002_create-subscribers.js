// Subscribers (end customers) with a lifecycle status enum and their current plan.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createType('subscriber_status', ['pending', 'active', 'suspended', 'terminated']);
  pgm.createTable('subscribers', {
    id: 'id',
    account_number: { type: 'varchar(32)', notNull: true, unique: true },
    full_name: { type: 'text', notNull: true },
    email: { type: 'text' },
    phone: { type: 'varchar(32)' },
    status: { type: 'subscriber_status', notNull: true, default: 'pending' },
    service_plan_id: { type: 'integer', references: 'service_plans', onDelete: 'RESTRICT' },
    installed_at: { type: 'timestamptz' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createIndex('subscribers', 'status');
  pgm.createIndex('subscribers', 'service_plan_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('subscribers');
  pgm.dropType('subscriber_status');
};
