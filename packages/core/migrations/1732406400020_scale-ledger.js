// What a fleet of tens of thousands of tenants needs of the ledger.
// - template_scripts: the copy script of each onboarding template (tenants/onboard.ts), kept once
//   it is dumped: pg_dump reads the whole catalog of the template's database, so at tens of
//   thousands of tenant schemas a dump costs seconds; every later `tenants add` at that version
//   reads the script from here. Keyed by the template's database (server:port:database), its
//   schema name (a hash of the platform, the version and the files' checksums) and its
//   fingerprint's hash.
// - runs_failed_unsettled: the reconciler's every pass looks for failures a dead worker never
//   settled; failed runs pile up over the years, the unsettled ones are a handful.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    CREATE TABLE template_scripts (
      location text NOT NULL,
      template text NOT NULL,
      fingerprint text NOT NULL,
      script text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (location, template, fingerprint)
    );
    CREATE INDEX runs_failed_unsettled ON runs (worker_id) WHERE status = 'failed' AND finished_at IS NULL;`);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  pgm.sql(`
    DROP INDEX runs_failed_unsettled;
    DROP TABLE template_scripts;`);
};
