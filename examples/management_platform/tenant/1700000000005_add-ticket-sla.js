// SLA tracking on tickets: a due date backfilled from priority, and a breach flag.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.addColumns('tickets', {
    due_at: { type: 'timestamptz' },
    sla_breached: { type: 'boolean', notNull: true, default: false },
  });
  pgm.sql(`UPDATE tickets SET due_at = created_at + CASE priority
    WHEN 'urgent' THEN interval '4 hours' WHEN 'high' THEN interval '1 day'
    WHEN 'normal' THEN interval '3 days' ELSE interval '7 days' END`);
  pgm.createIndex('tickets', 'due_at', { where: 'closed_at IS NULL' });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropIndex('tickets', 'due_at');
  pgm.dropColumns('tickets', ['due_at', 'sla_breached']);
};
