import { expect } from 'chai';
import pg from 'pg';
import { tenantLockKey } from '@tenantry/core/internal';
import { Sandbox, eventually, ok } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';
import { assertInvariants } from './invariants.js';
import { enqueue, finished, report, started, worker, workerIdOf, workerLogs } from './harness.js';

/**
 * Runs without end: migration code that never finishes (an up() whose promise never settles, an
 * endless loop at import, SQL that runs for ten minutes) on real worker processes. Each is stopped
 * (by its build deadline, its run deadline, `rollout abort`, SIGTERM) with its tenant left where it
 * was, its lock freed, and the worker alive to run the next rollout.
 */
const FIRST = '1720000000001_create-items';
const RUNAWAY = '1720000000002';

function runawaySandbox(): Sandbox {
  return new Sandbox({
    platforms: {
      promise: { migrations: 'runaway-promise', extra: { buildTimeoutMs: 2_000 } },
      spin: { migrations: 'runaway-import', extra: { buildTimeoutMs: 2_000 } },
      sleeper: { migrations: 'runaway-sql', extra: { runTimeoutMs: 3_000 } },
      hang: { migrations: 'runaway-promise' },
    },
    extra: {
      worker: { heartbeatMs: 1000, shutdownTimeoutMs: 2_000, reconcileIntervalMs: 1000 },
      run: { busyRetryMs: 200, attempts: 2 },
    },
  });
}

/**
 * The rollout's own runs. A run stopped before its migrations were sent (while its files load, say)
 * ends by a thrown stop, after which the worker cannot know that nothing committed: it queues a
 * compensating run, which finds the tenant where it was and does nothing. Those must succeed.
 */
async function runsOf(
  sandbox: Sandbox,
  rolloutId: string,
): Promise<Array<{ status: string; error: string | null; tenant: string }>> {
  const compensations = await sandbox.ledger<{ status: string; error: string | null }>(
    `SELECT status, error FROM tenantry.runs WHERE rollout_id = $1 AND compensates IS NOT NULL AND status NOT IN ('waiting', 'queued', 'running')`,
    [rolloutId],
  );
  for (const c of compensations) expect(c.status, `compensation: ${c.error}`).to.equal('succeeded');
  return sandbox.ledger(
    `SELECT status, error, tenant FROM tenantry.runs WHERE rollout_id = $1 AND compensates IS NULL ORDER BY tenant`,
    [rolloutId],
  );
}

async function heldLocks(sandbox: Sandbox): Promise<unknown[]> {
  return JSON.parse(await ok(sandbox, ['locks', 'list', '--json'])) as unknown[];
}

describe('chaos: runs without end (real workers)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = runawaySandbox();
    await ok(sandbox, ['init']);
    for (const platform of ['promise', 'spin', 'sleeper', 'hang'])
      await ok(sandbox, ['tenants', 'add', platform, `${platform}1`, `${platform}2`]);
  });
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox.destroy();
  });

  it('a promise that never settles, SQL past the run deadline: each run fails for good, named (an endless loop at import is refused up front); tenants unchanged, no lock held, the worker runs the next rollout', async () => {
    const w = worker(sandbox, { concurrency: 4 });
    await started(w);
    // a file that spins at import is found while planning (in a build thread of the CLI, stopped at
    // its deadline): refused up front, naming it, nothing written; the workers load it the same way
    const refused = await sandbox.cli(['migrate', '--to', 'latest', '--platform', 'spin']);
    expect(refused.code, refused.stdout + refused.stderr).to.equal(2);
    expect(refused.stderr).to.include(`${RUNAWAY}_spins-at-import: loading the file did not finish within 2 s`);
    expect(await sandbox.ledger(`SELECT id FROM tenantry.runs WHERE platform = 'spin'`)).to.deep.equal([]);
    const cases = [
      {
        platform: 'promise',
        code: 'MIGRATION_FAILED',
        says: `${RUNAWAY}_never-settles: its up/down did not finish within 2 s`,
      },
      { platform: 'sleeper', code: 'RUN_DEADLINE', says: 'deadline of 3 s' },
    ];
    for (const c of cases) {
      const start = Date.now();
      const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--platform', c.platform]);
      expect(await finished(sandbox, id, 90_000), c.platform).to.equal('failed');
      for (const run of await runsOf(sandbox, id)) {
        expect(run.status, `${c.platform}: ${run.error}`).to.equal('failed');
        expect(run.error)
          .to.match(new RegExp(`^${c.code}: `))
          .and.to.include(c.says);
      }
      for (const tenant of [`${c.platform}1`, `${c.platform}2`])
        expect(await sandbox.applied(c.platform, tenant)).to.deep.equal([]);
      report(`runaway: ${c.platform}: 2 runs stopped and failed in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
    expect(await heldLocks(sandbox)).to.deep.equal([]);
    expect(w.exitCode).to.equal(null);
    await assertInvariants(sandbox);
    // the same worker still runs migrations
    const next = await enqueue(sandbox, ['migrate', '--to', FIRST, '--platform', 'sleeper']);
    expect(await finished(sandbox, next, 60_000)).to.equal('succeeded');
    expect(await sandbox.applied('sleeper', 'sleeper1')).to.deep.equal([FIRST]);
  });

  it('rollout abort reaches running runs: they are cancelled, their tenants unchanged, their locks freed', async () => {
    const w = worker(sandbox, { concurrency: 4 });
    await started(w);
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--platform', 'hang']);
    await eventually(
      async () => ((await runsOf(sandbox, id)).every((r) => r.status === 'running') ? true : undefined),
      30_000,
    );
    const aborted = Date.now();
    const out = await ok(sandbox, ['rollout', 'abort', id]);
    expect(out).to.include('2 running run(s) being stopped');
    expect(await finished(sandbox, id, 60_000)).to.equal('cancelled');
    for (const run of await runsOf(sandbox, id)) expect(run.error).to.match(/^RUN_CANCELLED: /);
    expect(await sandbox.applied('hang', 'hang1')).to.deep.equal([]);
    expect(await heldLocks(sandbox)).to.deep.equal([]);
    expect(w.exitCode).to.equal(null);
    await assertInvariants(sandbox);
    report(`runaway: rollout abort stopped 2 running runs in ${((Date.now() - aborted) / 1000).toFixed(1)} s`);
  });

  it('SIGTERM with runaways in flight: the worker exits, its locks are freed, its runs are handed on', async () => {
    const w = worker(sandbox, { concurrency: 4 });
    await started(w);
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--platform', 'hang']);
    await eventually(
      async () => ((await runsOf(sandbox, id)).every((r) => r.status === 'running') ? true : undefined),
      30_000,
    );
    const signalled = Date.now();
    w.kill('SIGTERM');
    const code = await eventually(
      async () => (w.exitCode !== null || w.signalCode !== null ? { code: w.exitCode } : undefined),
      90_000,
      100,
    );
    expect(code.code, w.output().slice(-2000)).to.equal(0);
    const exitedAfter = Date.now() - signalled;
    expect(await heldLocks(sandbox)).to.deep.equal([]);
    // handed on: queued again for another worker, not failed
    for (const run of await runsOf(sandbox, id)) expect(run.status).to.equal('queued');
    await ok(sandbox, ['rollout', 'abort', id]);
    expect(await finished(sandbox, id, 30_000)).to.equal('cancelled');
    await assertInvariants(sandbox);
    report(
      `runaway: SIGTERM with 2 runaway runs (shutdownTimeoutMs 2 s): the worker exited after ${(exitedAfter / 1000).toFixed(1)} s`,
    );
  });

  it('locks cleanup ends the session of a run past its deadline, whatever its worker', async () => {
    const w = worker(sandbox, { concurrency: 1 });
    await started(w);
    const id = await enqueue(sandbox, ['migrate', '--to', FIRST, '--platform', 'sleeper']);
    expect(await finished(sandbox, id, 60_000)).to.equal('succeeded');
    // a session that holds sleeper1's lock for a run its (live) worker did not stop, an hour in
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.sleeper!) });
    holder.on('error', () => {});
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', tenantLockKey('sleeper', 'sleeper1'));
      const pid = (holder as pg.Client & { processID: number }).processID;
      const workerId = await workerIdOf(sandbox, w);
      await sandbox.ledger(
        `UPDATE tenantry.runs SET status = 'running', started_at = now() - interval '1 hour', backend_pid = $2, worker_id = $3 WHERE rollout_id = $1 AND tenant = 'sleeper1'`,
        [id, pid, workerId],
      );
      const out = await ok(sandbox, ['locks', 'cleanup']);
      expect(out).to.include('cleaned 1 lock(s)').and.to.include('past its deadline');
      const alive = await sandbox.query<{ n: number }>(
        sandbox.platformDbs.sleeper!,
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1',
        [pid],
      );
      expect(alive[0]!.n).to.equal(0);
    } finally {
      await holder.end().catch(() => {});
    }
  });

  it('validate on a set that never settles or spins at import: exit 1, the file named (TNT116), no hang', async () => {
    for (const [platform, file] of [
      ['promise', `${RUNAWAY}_never-settles.js`],
      ['spin', `${RUNAWAY}_spins-at-import.js`],
    ] as const) {
      const result = await sandbox.cli(['validate', '--platform', platform]);
      expect(result.code, result.stdout + result.stderr).to.equal(1);
      expect(result.stdout + result.stderr)
        .to.include('TNT116')
        .and.to.include(file);
    }
  });

  it('verify on a fleet whose set spins at import: it ends (exit 2, as for any file that does not load), naming the file, instead of hanging', async () => {
    const w = worker(sandbox, { concurrency: 1 });
    await started(w);
    const id = await enqueue(sandbox, ['migrate', '--to', FIRST, '--platform', 'spin']);
    expect(await finished(sandbox, id, 60_000)).to.equal('succeeded');
    for (const args of [
      ['verify', '--invariants'],
      ['verify', '--platform', 'spin'],
    ]) {
      const result = await sandbox.cli(args);
      expect(result.code, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.include(
        `platform spin: ${RUNAWAY}_spins-at-import: loading the file did not finish within 2 s`,
      );
    }
  });
});
