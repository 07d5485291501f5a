// The audit trail: every operator action on the fleet (a rollout started, paused, resumed or
// aborted, a restore, a locks cleanup, tenants added or removed, a Bull Board write), from the CLI,
// the API or the dashboard: who, from where, when, what, and how it ended. Rows are only added.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE TABLE audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      source text NOT NULL CHECK (source IN ('cli', 'api', 'dashboard')),
      origin text,
      action text NOT NULL,
      target text,
      outcome text NOT NULL CHECK (outcome IN ('ok', 'failed', 'refused')),
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX audit_at ON audit (at DESC, id DESC);
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`DROP TABLE audit`);
};
