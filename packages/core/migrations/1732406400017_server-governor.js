// The per-server governor's state. server_budgets: one row per database server (its physical
// identity, system identifier and port), written by the fleet's one sampler each interval: the
// budget of runs in flight it allows now, the signals it read and why the budget moved. Workers
// read it every interval, never per run. run_deferrals: how often, and why, a rollout's runs were
// deferred (a busy tenant, a full connection budget, a server over its budget), per server.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE TABLE server_budgets (
      server text PRIMARY KEY,
      address text NOT NULL,
      budget integer NOT NULL CHECK (budget > 0),
      signals jsonb NOT NULL DEFAULT '{}'::jsonb,
      strained jsonb NOT NULL DEFAULT '[]'::jsonb,
      error text,
      sampled_at timestamptz NOT NULL DEFAULT now(),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE run_deferrals (
      rollout_id uuid NOT NULL REFERENCES rollouts (id) ON DELETE CASCADE,
      reason text NOT NULL,
      server text NOT NULL DEFAULT '',
      count bigint NOT NULL DEFAULT 0,
      detail text,
      last_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (rollout_id, reason, server)
    );
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP TABLE run_deferrals;
    DROP TABLE server_budgets;
  `);
};
