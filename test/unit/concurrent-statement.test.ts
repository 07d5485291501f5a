import { expect } from 'chai';
import { runsConcurrently } from '../../packages/core/dist/migrator/concurrent-statement.js';

describe('statements that run CONCURRENTLY', () => {
  it('knows CREATE, DROP and REINDEX ... CONCURRENTLY however they are written', () => {
    for (const sql of [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_kind_idx" ON "events" ("kind");',
      'create unique index concurrently accounts_email on accounts (email)',
      '  -- the lookup of sessions\n/* built /* nested */ apart */ CREATE\n\tINDEX   Concurrently ON sessions (account_id);\n-- done',
      'CREATE /* no lock */ INDEX CONCURRENTLY ON t (c)',
      'DROP INDEX CONCURRENTLY IF EXISTS "events_kind_idx";',
      'REINDEX INDEX CONCURRENTLY events_kind_idx',
      'reindex table concurrently "Events"',
      'REINDEX SCHEMA CONCURRENTLY tenant_acme',
      'REINDEX (VERBOSE) TABLE CONCURRENTLY events',
      'REINDEX (CONCURRENTLY) TABLE events',
      'REINDEX (VERBOSE, CONCURRENTLY true) INDEX events_kind_idx',
      'REINDEX(concurrently on)TABLE events',
    ])
      expect(runsConcurrently(sql), sql).to.equal(true);
  });

  it('is not fooled by the word elsewhere, an option turned off, or several statements in one query', () => {
    for (const sql of [
      'CREATE INDEX events_kind_idx ON events (kind)',
      'CREATE INDEX concurrently_idx ON events (kind)',
      'CREATE INDEX "CONCURRENTLY" ON events (kind)',
      '-- CREATE INDEX CONCURRENTLY later\nALTER TABLE events ADD COLUMN at timestamptz',
      "COMMENT ON TABLE events IS 'CREATE INDEX CONCURRENTLY'",
      'ALTER TABLE events ADD COLUMN concurrently int',
      'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY',
      'REFRESH MATERIALIZED VIEW CONCURRENTLY totals',
      'REINDEX TABLE events',
      'REINDEX TABLE "CONCURRENTLY"',
      'REINDEX (CONCURRENTLY false) TABLE events',
      'REINDEX (VERBOSE, CONCURRENTLY off) INDEX events_kind_idx',
      "REINDEX (CONCURRENTLY 'on') TABLE events",
      'DO $$ BEGIN EXECUTE $q$CREATE INDEX CONCURRENTLY ON events (kind)$q$; END $$',
      'CREATE INDEX CONCURRENTLY a ON events (kind); CREATE INDEX CONCURRENTLY b ON events (id)',
      '',
    ])
      expect(runsConcurrently(sql), sql).to.equal(false);
  });
});
