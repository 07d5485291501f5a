// Followers of a rollout (`--wait`, the API's `wait: true`) hear the moment its status changes,
// instead of at their next poll: a NOTIFY on every status change, delivered at commit.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE FUNCTION rollout_status_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('tenantry_rollout_status', NEW.id::text);
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER rollout_status_notify AFTER UPDATE OF status ON rollouts
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION rollout_status_notify();
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP TRIGGER rollout_status_notify ON rollouts;
    DROP FUNCTION rollout_status_notify();
  `);
};
