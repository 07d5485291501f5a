// SLA tracking on tickets: a due date backfilled from priority, and a breach flag.
// The index is built CONCURRENTLY, so tickets stay writable while it builds; that needs the
// migration outside a transaction, so each step is written to be run again after an interruption.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.noTransaction();
  pgm.addColumns('tickets', {
    due_at: { type: 'timestamptz' },
    sla_breached: { type: 'boolean', notNull: true, default: false },
  }, { ifNotExists: true });
  pgm.sql(`UPDATE tickets SET due_at = created_at + CASE priority
    WHEN 'urgent' THEN interval '4 hours' WHEN 'high' THEN interval '1 day'
    WHEN 'normal' THEN interval '3 days' ELSE interval '7 days' END
    WHERE due_at IS NULL`);
  pgm.createIndex('tickets', 'due_at', { where: 'closed_at IS NULL', concurrently: true, ifNotExists: true });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('tickets', 'due_at', { concurrently: true, ifExists: true });
  pgm.dropColumns('tickets', ['due_at', 'sla_breached'], { ifExists: true });
};
