import { expect } from 'chai';
import pg from 'pg';
import { asideSchemaOf } from '../../packages/core/dist/backups/restore-tenant.js';
import { eventually, ok, registeredSandbox, type Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

/**
 * DDL that yields to traffic, for real: an open transaction of "the application" holds ACCESS
 * SHARE on a tenant's table while a run needs ACCESS EXCLUSIVE on it (1710000000005 adds a
 * column). The run's transaction gives up its place in the lock queue after its short
 * lock_timeout and tries again after a pause, with the tenant lock held; the application's
 * other queries on the table, queued behind the waiting migration, go through each time it
 * gives up: they wait for the lock budget, never for the holder. Two platforms on the same
 * migrations: `yielding` (patient: it waits the holder out) and `stuck` (a holder that never
 * lets go: the run is deferred once, then fails, its tenant as it was, the others migrated).
 * A CONCURRENTLY step queues no application query, and waits under the platform's lock_timeout
 * instead (`concurrent`, `impatient`); an interrupted restore is undone yielding as a migration
 * does (`restoring`).
 */
const SESSIONS = '1710000000004_create-sessions';
const BUDGET_MS = 200;

/** Until `sql` (run on `observer`) returns a row: a lock request queued, a statement started. */
async function untilRow(observer: pg.Client, sql: string): Promise<void> {
  await eventually(async () => ((await observer.query(sql)).rows.length > 0 ? true : undefined), 30_000, 10);
}

describe('lock retry: each transaction of a run yields to traffic', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  const clients: pg.Client[] = [];

  async function session(platform: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs[platform]!) });
    await client.connect();
    clients.push(client);
    return client;
  }

  before(async () => {
    sandbox = await registeredSandbox(
      {
        platforms: {
          yielding: {
            migrations: 'accounts',
            extra: {
              lockRetry: { lockTimeoutMs: BUDGET_MS, attempts: 60, baseDelayMs: 20, maxDelayMs: 200, deferrals: 0 },
            },
          },
          stuck: {
            migrations: 'accounts',
            extra: { lockRetry: { lockTimeoutMs: 100, attempts: 3, baseDelayMs: 20, maxDelayMs: 100, deferrals: 1 } },
          },
          // a lock_timeout longer than the server's deadlock_timeout (1 s): the deadlock is found first
          deadlocked: {
            migrations: 'accounts',
            extra: {
              lockRetry: { lockTimeoutMs: 10_000, attempts: 3, baseDelayMs: 20, maxDelayMs: 100, deferrals: 0 },
            },
          },
          // the platform's own lock_timeout left at its default (10 s)
          concurrent: {
            migrations: 'cic',
            extra: {
              lockRetry: { lockTimeoutMs: BUDGET_MS, attempts: 60, baseDelayMs: 20, maxDelayMs: 200, deferrals: 0 },
            },
          },
          // the platform's own lock_timeout as short as the lock budget
          impatient: {
            migrations: 'cic',
            extra: {
              lockTimeoutMs: BUDGET_MS,
              lockRetry: { lockTimeoutMs: BUDGET_MS, attempts: 60, baseDelayMs: 20, maxDelayMs: 200, deferrals: 0 },
            },
          },
          restoring: {
            migrations: 'accounts',
            extra: { lockRetry: { lockTimeoutMs: 100, attempts: 3, baseDelayMs: 20, maxDelayMs: 100, deferrals: 3 } },
          },
        },
      },
      {
        yielding: ['acme', 'globex'],
        stuck: ['acme', 'globex', 'initech'],
        deadlocked: ['acme'],
        concurrent: ['acme', 'globex'],
        impatient: ['acme'],
        restoring: ['acme'],
      },
    );
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, [
      'migrate',
      '--to',
      SESSIONS,
      '--platform',
      'yielding',
      '--platform',
      'stuck',
      '--platform',
      'deadlocked',
      '--platform',
      'restoring',
      '--wait',
    ]);
    await ok(sandbox, [
      'migrate',
      '--to',
      '1730000000001_create-events',
      '--platform',
      'concurrent',
      '--platform',
      'impatient',
      '--wait',
    ]);
    // globex ahead by the index: its next step is an ALTER TABLE
    await ok(sandbox, [
      'migrate',
      '--to',
      '1730000000002_index-events-kind',
      '--platform',
      'concurrent',
      '--tenant',
      'globex',
      '--wait',
    ]);
  });

  after(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await sandbox?.destroy();
  });

  it('lets queries through while it waits, retries, and succeeds once the holder commits', async () => {
    const holder = await session('yielding');
    const app = await session('yielding');
    const observer = await session('yielding');
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM tenant_acme.accounts'); // ACCESS SHARE, held until COMMIT
    const migrating = sandbox.cli(['migrate', '--to', 'latest', '--platform', 'yielding', '--wait']);

    // each time the migration waits in the lock queue, an application query joins the queue behind it
    const queued: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await untilRow(
        observer,
        `SELECT 1 FROM pg_locks WHERE relation = 'tenant_acme.accounts'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted`,
      );
      const started = performance.now();
      await app.query('SELECT count(*) FROM tenant_acme.accounts');
      queued.push(performance.now() - started);
    }
    // the queries went through while the holder still held its lock: each waited for the
    // migration's lock budget, not for the holder (without it, they would wait until COMMIT)
    expect((await holder.query(`SELECT count(*)::int AS n FROM tenant_acme.accounts`)).rows[0].n).to.equal(0);
    for (const ms of queued) expect(ms, `an application query waited ${ms} ms`).to.be.below(BUDGET_MS * 10);
    await holder.query('COMMIT');

    const migrated = await migrating;
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    expect(await sandbox.applied('yielding', 'acme')).to.have.length(5);
    const runs = await sandbox.ledger<{ tenant: string; status: string; lock_timeouts: number; lock_wait_ms: number }>(
      `SELECT tenant, status, lock_timeouts, lock_wait_ms FROM tenantry.runs
        WHERE platform = 'yielding' AND target <> $1 ORDER BY tenant`,
      [SESSIONS],
    );
    expect(runs.map((r) => [r.tenant, r.status])).to.deep.equal([
      ['acme', 'succeeded'],
      ['globex', 'succeeded'],
    ]);
    // one lock timeout at least per query that queued behind a waiting try
    expect(runs[0]!.lock_timeouts).to.be.at.least(3);
    expect(runs[0]!.lock_wait_ms).to.be.at.least(3 * BUDGET_MS);
    expect(runs[1]!.lock_timeouts).to.equal(0);

    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(migrated.stdout + migrated.stderr)?.[1];
    expect(rolloutId, migrated.stdout).to.be.a('string');
    const status = await ok(sandbox, ['rollout', 'status', rolloutId!]);
    expect(status).to.match(/lock waits: 1 run\(s\) met \d+ lock timeout\(s\), [\d.]+ s lost to lock waits/);
  });

  it('a holder that never lets go: deferred, then failed cleanly, its tenant as it was, the others migrated', async () => {
    const holder = await session('stuck');
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM tenant_acme.accounts');
    const migrated = await sandbox.cli(['migrate', '--to', 'latest', '--platform', 'stuck', '--wait']);
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(1);
    const runs = await sandbox.ledger<{
      tenant: string;
      status: string;
      error: string | null;
      lock_timeouts: number;
      lock_wait_ms: number;
      lock_deferrals: number;
    }>(
      `SELECT tenant, status, error, lock_timeouts, lock_wait_ms, lock_deferrals FROM tenantry.runs
        WHERE platform = 'stuck' AND target <> $1 ORDER BY tenant`,
      [SESSIONS],
    );
    expect(runs.map((r) => [r.tenant, r.status])).to.deep.equal([
      ['acme', 'failed'],
      ['globex', 'succeeded'],
      ['initech', 'succeeded'],
    ]);
    const [acme] = runs;
    expect(acme!.error).to.match(/^LOCK_RETRIES_EXHAUSTED: lock not available after 3 tries/);
    // three tries, deferred once, three tries again, then failed
    expect([acme!.lock_timeouts, acme!.lock_deferrals]).to.deep.equal([6, 1]);
    expect(acme!.lock_wait_ms).to.be.at.least(6 * 100);
    expect(runs.slice(1).map((r) => r.lock_timeouts)).to.deep.equal([0, 0]);
    // the tenant at its original version, nothing left waiting, the holder never disturbed
    expect(await sandbox.applied('stuck', 'acme')).to.have.length(4);
    expect(await sandbox.applied('stuck', 'globex')).to.have.length(5);
    const waiting = await holder.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND database = (
      SELECT oid FROM pg_database WHERE datname = current_database())`);
    expect(waiting.rows).to.have.length(0);
    await holder.query('COMMIT');
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(migrated.stdout + migrated.stderr)?.[1];
    const status = await sandbox.cli(['rollout', 'status', rolloutId!]);
    expect(status.stdout, status.stdout).to.match(
      /lock waits: 1 run\(s\) met 6 lock timeout\(s\), [\d.]+ s lost to lock waits, 1 deferral\(s\)/,
    );
    expect(status.stdout).to.match(/FAILED .*LOCK_RETRIES_EXHAUSTED/);
    // a clean failure, returned as data: nothing to compensate, the tenant's last run is the failed one
    expect(
      await sandbox.ledger(`SELECT 1 FROM tenantry.runs WHERE platform = 'stuck' AND compensates IS NOT NULL`),
    ).to.deep.equal([]);
    const tenant = await ok(sandbox, ['status', '--platform', 'stuck', '--tenant', 'acme']);
    expect(tenant).to.match(
      /failed up → \S+ .*\(6 lock timeout\(s\), [\d.]+ s waited, deferred 1×\): LOCK_RETRIES_EXHAUSTED/,
    );
  });

  it('a deadlock with the application fails the try PostgreSQL picks, which is rolled back and tried again', async () => {
    const app = await session('deadlocked');
    const observer = await session('deadlocked');
    // the application holds what the migration needs last (its INSERT INTO applied_steps) ...
    await app.query('BEGIN');
    await app.query('LOCK TABLE tenant_acme.applied_steps IN SHARE MODE');
    const migrating = sandbox.cli(['migrate', '--to', 'latest', '--platform', 'deadlocked', '--wait']);
    await untilRow(
      observer,
      `SELECT 1 FROM pg_locks WHERE relation = 'tenant_acme.applied_steps'::regclass AND mode = 'RowExclusiveLock' AND NOT granted`,
    );
    // ... then asks for what the migration holds (ACCESS EXCLUSIVE on accounts): a cycle. The
    // migration has waited longer, so its deadlock check runs first and fails its try (40P01)
    await app.query('SELECT count(*) FROM tenant_acme.accounts');
    await app.query('COMMIT');
    const migrated = await migrating;
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    const [run] = await sandbox.ledger<{ status: string; attempt: number; lock_timeouts: number }>(
      `SELECT status, attempt, lock_timeouts FROM tenantry.runs WHERE platform = 'deadlocked' AND target <> $1`,
      [SESSIONS],
    );
    // tried again within the run's own attempt, not by the queue's whole-run retry
    expect(run).to.deep.include({ status: 'succeeded', attempt: 1, lock_timeouts: 1 });
    expect(await sandbox.applied('deadlocked', 'acme')).to.have.length(5);
  });

  it('CREATE INDEX CONCURRENTLY waits out an older transaction under the platform lock_timeout, while an ALTER TABLE of the same rollout still yields', async () => {
    const app = await session('concurrent');
    const other = await session('concurrent');
    const observer = await session('concurrent');
    // an application transaction holds a snapshot (the index build waits for it to end) and has
    // read globex's events (globex's ALTER TABLE waits for that)
    await app.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await app.query('SELECT count(*) FROM tenant_globex.events');
    const migrating = sandbox.cli(['migrate', '--to', 'latest', '--platform', 'concurrent', '--wait']);
    // acme's index build waits for the application's snapshot ...
    const building = `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'virtualxid'
        AND query LIKE 'CREATE INDEX CONCURRENTLY%events_kind_idx%'`;
    await untilRow(observer, building);
    // ... and meanwhile globex's ALTER TABLE gives up its place in the lock queue twice, after its
    // short budget each time: the second try began after the build was seen waiting, so the build
    // has waited longer than that budget when the application's query behind it goes through
    for (let i = 0; i < 2; i += 1) {
      await untilRow(
        observer,
        `SELECT 1 FROM pg_locks WHERE relation = 'tenant_globex.events'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted`,
      );
      await other.query('SELECT count(*) FROM tenant_globex.events');
    }
    expect((await observer.query(building)).rows, 'the index build still waits').to.have.length(1);
    await app.query('COMMIT');

    const migrated = await migrating;
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    const runs = await sandbox.ledger<{ tenant: string; status: string; lock_timeouts: number }>(
      `SELECT tenant, status, lock_timeouts FROM tenantry.runs WHERE platform = 'concurrent' AND target = '1730000000003_events-kind-check'
        ORDER BY tenant`,
    );
    expect(runs.map((r) => [r.tenant, r.status])).to.deep.equal([
      ['acme', 'succeeded'],
      ['globex', 'succeeded'],
    ]);
    // the index build never timed out; the ALTER TABLE did, once per query that went through
    expect(runs[0]!.lock_timeouts).to.equal(0);
    expect(runs[1]!.lock_timeouts).to.be.at.least(2);
    const { rows } = await observer.query(
      `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'events_kind_idx' AND c.relnamespace = 'tenant_acme'::regnamespace`,
    );
    expect(rows).to.deep.equal([{ valid: true }]);
    expect(await sandbox.applied('concurrent', 'acme')).to.have.length(3);
    expect(await sandbox.applied('concurrent', 'globex')).to.have.length(3);
  });

  it('a CONCURRENTLY step whose platform lock_timeout runs out is tried again, after the invalid index it left is dropped', async () => {
    const writer = await session('impatient');
    const observer = await session('impatient');
    await writer.query('BEGIN');
    await writer.query(`INSERT INTO tenant_acme.events (kind) VALUES ('created')`); // the index build waits for it
    const migrating = sandbox.cli([
      'migrate',
      '--to',
      '1730000000002_index-events-kind',
      '--platform',
      'impatient',
      '--wait',
    ]);
    // a try timed out while waiting for the writer, leaving its index behind, invalid: the retry
    // drops it first (and waits for the writer too)
    await untilRow(
      observer,
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'DROP INDEX CONCURRENTLY IF EXISTS %events_kind_idx%'`,
    );
    await writer.query('COMMIT');
    const migrated = await migrating;
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    const [run] = await sandbox.ledger<{ status: string; lock_timeouts: number }>(
      `SELECT status, lock_timeouts FROM tenantry.runs WHERE platform = 'impatient' AND target = '1730000000002_index-events-kind'`,
    );
    expect(run?.status).to.equal('succeeded');
    expect(run?.lock_timeouts).to.be.at.least(1);
    // the index is there and valid: IF NOT EXISTS did not keep the invalid one
    const { rows } = await observer.query(
      `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'events_kind_idx'`,
    );
    expect(rows).to.deep.equal([{ valid: true }]);
  });

  it('an interrupted restore is undone yielding to traffic: its tries spent, the run is deferred, then undoes it and migrates', async () => {
    const holder = await session('restoring');
    const app = await session('restoring');
    const observer = await session('restoring');
    // a restore cut short after the swap: the live schema aside, a half-restored one in its place
    const aside = asideSchemaOf('tenant_acme');
    await observer.query(
      `ALTER SCHEMA tenant_acme RENAME TO ${aside}; CREATE SCHEMA tenant_acme; CREATE TABLE tenant_acme.accounts (id int)`,
    );
    // the application reads the tenant's table: the undo's DROP SCHEMA ... CASCADE waits for it
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM tenant_acme.accounts');
    const migrating = sandbox.cli(['migrate', '--to', 'latest', '--platform', 'restoring', '--wait']);
    // each time the undo waits in the lock queue, an application query behind it goes through
    for (let i = 0; i < 2; i += 1) {
      await untilRow(
        observer,
        `SELECT 1 FROM pg_locks WHERE relation = 'tenant_acme.accounts'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted`,
      );
      await app.query('SELECT count(*) FROM tenant_acme.accounts');
    }
    // its tries spent, the run is deferred as a migration would be
    await eventually(async () => {
      const [run] = await sandbox.ledger<{ lock_deferrals: number }>(
        `SELECT lock_deferrals FROM tenantry.runs WHERE platform = 'restoring' AND target <> $1`,
        [SESSIONS],
      );
      return (run?.lock_deferrals ?? 0) >= 1 ? true : undefined;
    });
    await holder.query('COMMIT');

    const migrated = await migrating;
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    const [run] = await sandbox.ledger<{ status: string; lock_timeouts: number; lock_deferrals: number }>(
      `SELECT status, lock_timeouts, lock_deferrals FROM tenantry.runs WHERE platform = 'restoring' AND target <> $1`,
      [SESSIONS],
    );
    expect(run?.status).to.equal('succeeded');
    expect(run?.lock_deferrals).to.be.at.least(1);
    expect(run?.lock_timeouts).to.be.at.least(3 * run!.lock_deferrals);
    // the tenant's own schema back (its audit table with it), then migrated; nothing left aside
    expect(await sandbox.applied('restoring', 'acme')).to.have.length(5);
    const { rows } = await observer.query(
      `SELECT to_regclass('tenant_acme.applied_steps') IS NOT NULL AS own, to_regnamespace($1) IS NULL AS gone`,
      [aside],
    );
    expect(rows).to.deep.equal([{ own: true, gone: true }]);
  });
});
