// The traffic bench's load generator and lock sampler against a real server: every operation is
// accounted for, and a query queued behind a migration's session is seen there, and only there.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppLoad } from '../../bench/support/app-load.js';
import { blockedBehindMigration, summarize } from '../../bench/support/latency.js';
import { sampleLockWaits } from '../../bench/support/lock-waits.js';
import { adminQuery, databaseUrl } from '../helpers/services.js';

const TABLES = `
  CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE invoices (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers, amount_cents integer NOT NULL,
                         status text NOT NULL DEFAULT 'open', created_at timestamptz NOT NULL DEFAULT now());
  INSERT INTO customers (email) SELECT 'c' || g FROM generate_series(1, 20) g;
  INSERT INTO invoices (customer_id, amount_cents) SELECT 1 + g % 20, g FROM generate_series(1, 100) g;`;

describe('bench --traffic: load generator and lock sampler', () => {
  const database = `traffic_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(database);

  before(async () => {
    await adminQuery(`CREATE DATABASE ${database}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of ['tenant_a', 'tenant_b'])
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}; ${TABLES}; RESET search_path`);
    await client.end();
  });

  after(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  /** A session named as a worker's run session, holding ACCESS EXCLUSIVE on a table until released. */
  async function lockAs(applicationName: string, table: string): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: url, application_name: applicationName });
    await client.connect();
    await client.query(`BEGIN; LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return async () => {
      await client.query('COMMIT');
      await client.end();
    };
  }

  /** Traffic on tenant_a only while `during` runs; the sampler's figures beside it. */
  async function trafficWhile(during: () => Promise<void>) {
    const load = new AppLoad({
      databaseUrl: url,
      schemas: ['tenant_a'],
      connections: 2,
      rate: 50,
      statementTimeoutMs: 30_000,
    });
    await load.warm();
    const stopSampling = await sampleLockWaits(url, 20);
    const phase = load.start();
    await during();
    const { ops, durationMs } = await phase.stop();
    const sampling = await stopSampling();
    await load.close();
    return { summary: summarize(ops, durationMs), blocked: blockedBehindMigration(sampling.app), sampling };
  }

  it('sees the application queued behind a migration holding its table, for as long as it held it', async () => {
    const release = await lockAs('tenantry run 0123456789ab test-worker', 'tenant_a.invoices');
    const { summary, blocked, sampling } = await trafficWhile(async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await release();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(summary.errors).to.equal(0);
    expect(summary.ops).to.be.greaterThan(0);
    // both connections stuck until the release, and the schedule's due operations waited for them
    expect(blocked.queries).to.be.at.least(1);
    expect(blocked.queries).to.be.at.most(2);
    expect(blocked.maxMs).to.be.at.least(200);
    expect(summary.maxQueryMs).to.be.at.least(blocked.maxMs);
    expect(summary.maxMs).to.be.at.least(summary.maxQueryMs);
    expect(sampling.failed).to.equal(0);
  });

  it('does not count waits behind a session that is not a migration, nor locks on another tenant', async () => {
    const other = await lockAs('some report', 'tenant_a.invoices');
    const migration = await lockAs('tenantry run 0123456789ab test-worker', 'tenant_b.invoices');
    const { summary, blocked, sampling } = await trafficWhile(async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await other();
      await migration();
    });
    expect(summary.errors).to.equal(0);
    expect(sampling.app.length).to.be.greaterThan(0); // it did wait, behind "some report"
    expect(blocked).to.deep.equal({ queries: 0, maxMs: 0 });
  });
});
