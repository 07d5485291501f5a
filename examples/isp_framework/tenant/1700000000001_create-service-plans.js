// Catalogue of broadband service plans a tenant sells to its subscribers.
/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.createTable('service_plans', {
    id: 'id',
    code: { type: 'varchar(32)', notNull: true, unique: true },
    name: { type: 'text', notNull: true },
    download_kbps: { type: 'integer', notNull: true },
    upload_kbps: { type: 'integer', notNull: true },
    monthly_price: { type: 'numeric(10,2)', notNull: true },
    active: { type: 'boolean', notNull: true, default: true },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.addConstraint('service_plans', 'service_plans_speeds_positive', {
    check: 'download_kbps > 0 AND upload_kbps > 0',
  });
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.dropTable('service_plans');
};
