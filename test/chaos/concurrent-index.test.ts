import { expect } from 'chai';
import pg from 'pg';
import { Sandbox, eventually, ok, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { databaseUrl } from '../helpers/services.js';
import { assertInvariants } from './invariants.js';
import { enqueue, finished, handedOver, kill, report, started, summary, worker, workerLogs } from './harness.js';

const EVENTS = '1730000000001_create-events';
const INDEX = '1730000000002_index-events-kind';
const CHECK = '1730000000003_events-kind-check';

/**
 * The cic fixture: events, then CREATE INDEX CONCURRENTLY IF NOT EXISTS (a noTransaction step,
 * re-runnable), then a check constraint. (With the plain CREATE INDEX CONCURRENTLY of the notx
 * fixture, a worker killed after the index was built but before its history row was written
 * leaves a valid index nobody recorded, the retry fails with "already exists", and
 * `verify --invariants` reports the extra index: non-transactional steps must be re-runnable.)
 */
async function eventsFleet(count: number): Promise<{ sandbox: Sandbox; tenants: string[] }> {
  // a patient platform lock_timeout, the one a CIC waits under: each waits out the snapshot
  // holder in one try, so a fault can hit it while it waits (with a short one it gives up and
  // retries, which test/integration/lock-retry.test.ts covers)
  const sandbox = new Sandbox({
    platforms: { app: { migrations: 'cic', extra: { lockTimeoutMs: 120_000 } } },
  });
  const tenants = tenantIds(count, 'e');
  await ok(sandbox, ['init']);
  await ok(sandbox, ['tenants', 'add', 'app', ...tenants]);
  const setup = sandbox.startWorker({ concurrency: 2 });
  await ok(sandbox, ['migrate', '--to', EVENTS, '--wait']);
  setup.kill('SIGTERM');
  await exited(setup);
  for (const t of tenants)
    await sandbox.platform(
      'app',
      `INSERT INTO tenant_${t}.events (kind) SELECT 'created' FROM generate_series(1, 2000)`,
    );
  return { sandbox, tenants };
}

/**
 * An open transaction with a snapshot in the tenants' database: every CREATE INDEX CONCURRENTLY
 * there waits for it after it has already created its (invalid) index, so a fault can hit a CIC
 * mid-way for sure. Released with `end()`.
 */
async function snapshotHolder(sandbox: Sandbox): Promise<pg.Client> {
  const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.app!) });
  await holder.connect();
  // a failed test leaves it open until the sandbox's databases are dropped, which ends it
  holder.on('error', () => {});
  await holder.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  await holder.query('SELECT count(*) FROM pg_class');
  return holder;
}

/** Resolves with the backend pids of the runs whose CREATE INDEX CONCURRENTLY is waiting. */
async function waitingIndexBuilds(sandbox: Sandbox, atLeast: number): Promise<number[]> {
  return eventually(
    async () => {
      const rows = await sandbox.platform<{ pid: number }>(
        'app',
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'`,
      );
      return rows.length >= atLeast ? rows.map((r) => r.pid) : undefined;
    },
    60_000,
    50,
  );
}

async function invalidIndexes(sandbox: Sandbox): Promise<number> {
  const rows = await sandbox.platform<{ n: number }>(
    'app',
    'SELECT count(*)::int AS n FROM pg_index WHERE NOT indisvalid',
  );
  return rows[0]!.n;
}

describe('chaos: a CREATE INDEX CONCURRENTLY migration under faults', function () {
  this.timeout(300_000);
  let sandbox: Sandbox | undefined;
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
  });

  it('a worker SIGKILLed while its CREATE INDEX CONCURRENTLY waits: no invalid index left, every tenant at the target', async () => {
    const fleet = await eventsFleet(6);
    sandbox = fleet.sandbox;
    const doomed = worker(sandbox, { concurrency: 3 });
    await started(doomed);
    const holder = await snapshotHolder(sandbox);
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--canary', '0']);
    await waitingIndexBuilds(sandbox, 3);
    const killed = await kill(sandbox, doomed);
    // the server notices the dead client within client_connection_check_interval and cancels
    // the waiting CICs, which leave their indexes behind, invalid
    await eventually(async () => ((await waitingIndexBuilds(sandbox!, 0)).length === 0 ? true : undefined), 30_000);
    expect(await invalidIndexes(sandbox)).to.be.at.least(3);
    await holder.query('ROLLBACK');
    await holder.end();
    worker(sandbox, { concurrency: 3 });
    const handover = await handedOver(sandbox, killed.runs, killed.at);
    expect(await finished(sandbox, id)).to.equal('succeeded');
    expect(await invalidIndexes(sandbox)).to.equal(0);
    for (const t of fleet.tenants) expect(await sandbox.applied('app', t)).to.deep.equal([EVENTS, INDEX, CHECK]);
    await assertInvariants(sandbox);
    report(
      `CIC + SIGKILL: ${killed.runs.length} runs killed mid-CIC (3 invalid indexes), repaired and finished on another worker in ${summary([handover])}`,
    );
  });

  it("the worker's session ended (pg_terminate_backend) during CREATE INDEX CONCURRENTLY: retried, no invalid index, no deadlock", async () => {
    const fleet = await eventsFleet(4);
    sandbox = fleet.sandbox;
    worker(sandbox, { concurrency: 4 });
    const holder = await snapshotHolder(sandbox);
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--canary', '0']);
    const pids = await waitingIndexBuilds(sandbox, 2);
    for (const pid of pids) await sandbox.platform('app', 'SELECT pg_terminate_backend($1)', [pid]);
    await eventually(async () => ((await invalidIndexes(sandbox!)) >= 2 ? true : undefined), 30_000);
    await holder.query('ROLLBACK');
    await holder.end();
    expect(await finished(sandbox, id)).to.equal('succeeded');
    expect(await invalidIndexes(sandbox)).to.equal(0);
    for (const t of fleet.tenants) expect(await sandbox.applied('app', t)).to.deep.equal([EVENTS, INDEX, CHECK]);
    await assertInvariants(sandbox);
  });

  it('killed between the committed CIC step and the next: the tenant goes on to the target; a compensation killed mid-way is finished by another', async () => {
    const fleet = await eventsFleet(6);
    sandbox = fleet.sandbox;
    // two tenants whose data makes the check constraint fail after the index committed: partial, compensated
    for (const t of fleet.tenants.slice(0, 2))
      await sandbox.platform('app', `INSERT INTO tenant_${t}.events (kind) VALUES ('exploded')`);
    const between = worker(sandbox, { concurrency: 2, fault: 'between-migrations' });
    await started(between);
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--canary', '0']);
    await exited(between);
    expect(between.output()).to.match(/fault point between-migrations: SIGKILL/);
    const compensating = worker(sandbox, { concurrency: 2, fault: 'during-compensation' });
    await exited(compensating);
    expect(compensating.output()).to.match(/fault point during-compensation: SIGKILL/);
    const since = Date.now();
    worker(sandbox, { concurrency: 2 });
    expect(await finished(sandbox, id)).to.equal('failed');
    report(
      `CIC + between-migrations + during-compensation: rollout finished ${((Date.now() - since) / 1000).toFixed(1)} s after the second kill`,
    );
    expect(await invalidIndexes(sandbox)).to.equal(0);
    for (const t of fleet.tenants.slice(0, 2)) expect(await sandbox.applied('app', t), t).to.deep.equal([EVENTS]);
    for (const t of fleet.tenants.slice(2))
      expect(await sandbox.applied('app', t), t).to.deep.equal([EVENTS, INDEX, CHECK]);
    await assertInvariants(sandbox);
  });
});
