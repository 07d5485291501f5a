// Support tickets with status and priority enums.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createType('ticket_status', ['open', 'in_progress', 'waiting', 'resolved', 'closed']);
  pgm.createType('ticket_priority', ['low', 'normal', 'high', 'urgent']);
  pgm.createTable('tickets', {
    id: 'id',
    subject: { type: 'text', notNull: true },
    body: { type: 'text', notNull: true, default: '' },
    status: { type: 'ticket_status', notNull: true, default: 'open' },
    priority: { type: 'ticket_priority', notNull: true, default: 'normal' },
    reporter_id: { type: 'integer', references: 'users', onDelete: 'SET NULL' },
    assignee_id: { type: 'integer', references: 'users', onDelete: 'SET NULL' },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
    closed_at: { type: 'timestamptz' },
  });
  pgm.addConstraint('tickets', 'tickets_closed_after_created', {
    check: 'closed_at IS NULL OR closed_at >= created_at',
  });
  pgm.createIndex('tickets', ['status', 'priority']);
  pgm.createIndex('tickets', 'assignee_id');
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('tickets');
  pgm.dropType('ticket_priority');
  pgm.dropType('ticket_status');
};
