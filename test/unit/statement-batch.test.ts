import { expect } from 'chai';
import {
  AttributedFailure,
  StatementBatch,
  UnattributedFailure,
} from '../../packages/core/dist/migrator/statement-batch.js';
import { HistoryTable } from '../../packages/core/dist/migrator/history-table.js';

const PRELUDE = 'SET search_path TO "t"; BEGIN;';
const boom = new Error('boom');

describe('the statement batch of a run', () => {
  it('sends the prelude and the held migrations with the next round trip, each held part on its own line', () => {
    const batch = new StatementBatch(PRELUDE, 0);
    expect(batch.waiting).to.equal(true);
    batch.hold('CREATE TABLE a (); -- a');
    batch.hold('CREATE TABLE b ()');
    const round = batch.take('CREATE TABLE c ();\nCOMMIT;', 2);
    expect(round.text).to.equal(
      `${PRELUDE}\n;\nCREATE TABLE a (); -- a\n;\nCREATE TABLE b ()\nCREATE TABLE c ();\nCOMMIT;`,
    );
    expect(batch.waiting).to.equal(false);
    expect(batch.take('SELECT 1', 3).text).to.equal('SELECT 1');
  });

  it('pins a failure on the migration when its round trip held only that one', () => {
    const batch = new StatementBatch(PRELUDE, 0);
    const failure = batch.take('CREATE TABLE a ()', 0).blame(boom);
    expect(failure).to.be.instanceOf(AttributedFailure);
    expect((failure as AttributedFailure).index).to.equal(0);
    expect(failure.cause).to.equal(boom);
    const next = batch.take('CREATE TABLE b ()', 1).blame(boom);
    expect((next as AttributedFailure).index).to.equal(1);
  });

  it('blames a round trip of several migrations on none, naming where its transaction began', () => {
    const batch = new StatementBatch(PRELUDE, 2);
    batch.hold('CREATE TABLE c ()');
    batch.hold('CREATE TABLE d ()');
    const failure = batch.take('CREATE TABLE e ()', 4).blame(boom);
    expect(failure).to.be.instanceOf(UnattributedFailure);
    expect((failure as UnattributedFailure).from).to.equal(2);
  });

  it('a read while building sends what waits, up to the migration before the one building', () => {
    const batch = new StatementBatch(PRELUDE, 0);
    batch.hold('CREATE TABLE a ()');
    batch.hold('CREATE TABLE b ()');
    // migration 2 reads while it builds: 0 and 1 go out first, and fail as a batch
    const round = batch.take('', 1);
    expect(round.text).to.equal(`${PRELUDE}\n;\nCREATE TABLE a ()\n;\nCREATE TABLE b ()\n`);
    expect(round.blame(boom)).to.be.instanceOf(UnattributedFailure);
    // then migration 2 alone is pinned on itself
    expect((batch.take('CREATE TABLE c ()', 2).blame(boom) as AttributedFailure).index).to.equal(2);
  });

  it('after a migration outside any transaction, a new transaction opens with the next one', () => {
    const batch = new StatementBatch(PRELUDE, 0);
    batch.hold('CREATE TABLE a ()');
    expect(batch.take('COMMIT;', 0).text).to.equal(`${PRELUDE}\n;\nCREATE TABLE a ()\nCOMMIT;`);
    // migration 1 ran statement by statement (CREATE INDEX CONCURRENTLY)
    batch.committedBefore(2, true);
    expect(batch.waiting).to.equal(true);
    batch.hold('CREATE TABLE c ()');
    const failure = batch.take('CREATE TABLE d ()', 3);
    expect(failure.text).to.equal('BEGIN;\n;\nCREATE TABLE c ()\nCREATE TABLE d ()');
    expect((failure.blame(boom) as UnattributedFailure).from).to.equal(2);
    // the last migration ran outside a transaction: nothing opens after it
    batch.committedBefore(5, false);
    expect(batch.waiting).to.equal(false);
  });
});

describe("a tenant's history table", () => {
  const table = new HistoryTable({ schema: 'tenant "x"', migrationsTable: 'pgmigrations' });

  it('is named schema-qualified and quoted', () => {
    expect(table.name).to.equal('"tenant ""x"""."pgmigrations"');
  });

  it("is created with the runner's definition", () => {
    expect(table.createSql()).to.equal(
      'CREATE TABLE IF NOT EXISTS "tenant ""x"""."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);',
    );
  });

  it('records a migration up and removes it down, its name a literal', () => {
    expect(table.markSql('up', "1_it's")).to.equal(
      `INSERT INTO "tenant ""x"""."pgmigrations" (name, run_on) VALUES ('1_it''s', NOW());`,
    );
    expect(table.markSql('down', "1_it's")).to.equal(
      `DELETE FROM "tenant ""x"""."pgmigrations" WHERE name = '1_it''s';`,
    );
  });
});
