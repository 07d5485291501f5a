import { expect } from 'chai';
import { LOCK_NAMESPACE } from '@tenantry/core/internal';
import { type Sandbox, eventually, ok } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { assertInvariants } from './invariants.js';
import {
  FULL,
  accountsFleet,
  enqueue,
  finished,
  handedOver,
  progressed,
  report,
  sleep,
  started,
  summary,
  worker,
  workerIdOf,
  workerLogs,
  type Worker,
} from './harness.js';

/** Makes migration 4 of the accounts fixture sleep 50 ms per 'slow' row of a tenant (after v1.0 is applied). */
async function slowDown(sandbox: Sandbox, tenants: readonly string[], rows: number): Promise<void> {
  for (const t of tenants)
    await sandbox.platform(
      'accounts',
      `INSERT INTO tenant_${t}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, $1::int) g`,
      [rows],
    );
}

/** A fleet at v1.0 (migration 2), so the rollouts under test have 3 steps to go. */
async function fleetAtV1(count: number): Promise<{ sandbox: Sandbox; tenants: string[] }> {
  const fleet = await accountsFleet(count);
  const setup = fleet.sandbox.startWorker({ concurrency: 4 });
  await ok(fleet.sandbox, ['migrate', '--to', 'v1.0', '--canary', '0', '--wait']);
  setup.kill('SIGTERM');
  await exited(setup);
  return fleet;
}

const handovers: number[] = [];

describe('chaos: workers killed at each named point, frozen, cut off; producers racing', function () {
  this.timeout(300_000);
  let sandbox: Sandbox | undefined;
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
  });
  after(() => report(`named fault points: a killed worker's runs finished on another in ${summary(handovers)}`));

  it('SIGKILL at each named point (after-lock, during-backup, between-migrations, after-commit): another worker finishes, every invariant holds', async () => {
    const fleet = await fleetAtV1(30);
    sandbox = fleet.sandbox;
    const box = sandbox;
    const points = ['after-lock', 'during-backup', 'between-migrations', 'after-commit'] as const;
    for (const [round, point] of points.entries()) {
      const doomed = worker(box, { concurrency: 3, fault: point });
      await started(doomed);
      const doomedId = await workerIdOf(box, doomed);
      const args = round % 2 === 0 ? ['migrate', '--to', 'latest', '--canary', '0'] : ['rollback', '--to', 'v1.0'];
      const id = await enqueue(box, [...args, '--backup', 'pg_dump']);
      await exited(doomed);
      const at = Date.now();
      expect(doomed.signalCode, point).to.equal('SIGKILL');
      expect(doomed.output()).to.include(`fault point ${point}: SIGKILL`);
      const runs = (
        await box.ledger<{ id: string }>(`SELECT id FROM tenantry.runs WHERE worker_id = $1 AND status = 'running'`, [
          doomedId,
        ])
      ).map((r) => r.id);
      if (point !== 'during-backup')
        expect(runs.length, `runs the worker killed at ${point} was in`).to.be.greaterThan(0);
      const next = worker(box, { concurrency: 3 });
      if (runs.length > 0) handovers.push(await handedOver(box, runs, at));
      expect(await finished(box, id), point).to.equal('succeeded');
      await assertInvariants(box, { canaryPlatform: 'accounts' });
      next.kill('SIGTERM');
      await exited(next);
    }
  });

  it("pg_terminate_backend of the workers' sessions mid-migration: retried, the workers live on, every invariant holds", async () => {
    const fleet = await fleetAtV1(12);
    sandbox = fleet.sandbox;
    await slowDown(sandbox, fleet.tenants, 20); // ~1 s inside migration 4
    const workers = [worker(sandbox, { concurrency: 3 }), worker(sandbox, { concurrency: 3 })];
    await Promise.all(workers.map(started));
    const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--canary', '0']);
    let terminated = 0;
    for (let round = 0; round < 3; round += 1) {
      const pids = await eventually(
        async () => {
          const rows = await sandbox!.platform<{ pid: number }>(
            'accounts',
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep%' AND application_name LIKE 'tenantry run%'`,
          );
          return rows.length > 0 ? rows.map((r) => r.pid) : undefined;
        },
        60_000,
        20,
      );
      for (const pid of pids)
        terminated += (
          await sandbox.platform<{ ok: boolean }>('accounts', 'SELECT pg_terminate_backend($1) AS ok', [pid])
        )[0]!.ok
          ? 1
          : 0;
      await sleep(500);
    }
    expect(await finished(sandbox, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(sandbox, { canaryPlatform: 'accounts' });
    report(`pg_terminate_backend: ${terminated} run sessions ended mid-migration, all retried; no worker died`);
  });

  // the CI tier takes the locks back with `locks cleanup`; the full tier also lets the woken worker finish what it held
  for (const cleanup of FULL ? [false, true] : [true]) {
    it(`a worker frozen (SIGSTOP) past every lease while another takes over, then SIGCONT${cleanup ? ' after `locks cleanup`' : ''}: nothing corrupted`, async () => {
      const fleet = await fleetAtV1(16);
      sandbox = fleet.sandbox;
      await slowDown(sandbox, fleet.tenants, 20);
      const frozen: Worker = worker(sandbox, { concurrency: 4 });
      await started(frozen);
      const frozenId = await workerIdOf(sandbox, frozen);
      const id = await enqueue(sandbox, ['migrate', '--to', 'latest', '--canary', '0']);
      const holding = async () =>
        (
          await sandbox!.ledger<{ id: string }>(
            `SELECT id FROM tenantry.runs WHERE worker_id = $1 AND status = 'running'`,
            [frozenId],
          )
        ).map((r) => r.id);
      await eventually(async () => ((await holding()).length >= 2 ? true : undefined), 60_000, 20);
      frozen.kill('SIGSTOP');
      const at = Date.now();
      await sleep(200); // a ledger write in flight when it stopped has landed
      const held = await holding();
      // the tenants it has locked: those of its running runs, and one whose lock it took but
      // whose claim it had not sent yet when it stopped (its run is still queued in the ledger)
      const { locked } = (
        await sandbox.platform<{ locked: number }>(
          'accounts',
          `SELECT count(*)::int AS locked FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = $1 AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [LOCK_NAMESPACE.tenantRun],
        )
      )[0]!; // count(*): always one row
      const other = worker(sandbox, { concurrency: 4 });
      await started(other);
      // past the job lock (10 s) and the heartbeat expiry: the other worker has the frozen worker's jobs, deferred on their tenant locks
      await progressed(sandbox, id, fleet.tenants.length - Math.max(held.length, locked), 120_000);
      await eventually(
        async () => {
          const rows = await sandbox!.ledger<{ n: number }>(
            `SELECT count(*)::int AS n FROM tenantry.runs WHERE id = ANY($1::uuid[]) AND deferrals > 0`,
            [held],
          );
          return rows[0]!.n > 0 ? true : undefined;
        },
        60_000,
        200,
      );
      const frozenFor = Date.now() - at;
      if (cleanup) {
        // every lock it holds, a claimed run's or one taken just before the claim (traced by its session's name)
        const cleaned = await ok(sandbox, ['locks', 'cleanup']);
        expect(cleaned).to.match(new RegExp(`cleaned ${locked} lock`));
      }
      frozen.kill('SIGCONT');
      const done = await handedOver(sandbox, held, at);
      expect(await finished(sandbox, id)).to.equal('succeeded');
      await sleep(2000); // the woken worker's failed ledger and queue writes, if any, land now
      await assertInvariants(sandbox, { canaryPlatform: 'accounts' });
      const runs = await sandbox.ledger<{ status: string }>('SELECT status FROM tenantry.runs WHERE rollout_id = $1', [
        id,
      ]);
      expect(runs.every((r) => r.status === 'succeeded')).to.equal(true);
      report(
        `SIGSTOP${cleanup ? ' + locks cleanup' : ''}: frozen ${(frozenFor / 1000).toFixed(1)} s holding ${held.length} runs; they finished ${(done / 1000).toFixed(1)} s after the freeze`,
      );
    });
  }

  it('three producers enqueue the same tenants at once: each step applied once, every invariant holds', async () => {
    const fleet = await fleetAtV1(60);
    sandbox = fleet.sandbox;
    const box = sandbox;
    const workers = [worker(box, { concurrency: 4 }), worker(box, { concurrency: 4 })];
    await Promise.all(workers.map(started));
    const ids = await Promise.all([0, 1, 2].map(() => enqueue(box, ['migrate', '--to', 'latest', '--canary', '0'])));
    expect(new Set(ids).size).to.equal(3);
    for (const id of ids) expect(await finished(box, id)).to.equal('succeeded');
    const changed = await box.ledger<{ n: number }>(
      `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = ANY($1::uuid[]) AND noop = false`,
      [ids],
    );
    expect(changed[0]!.n, 'each tenant moved by exactly one of the three rollouts').to.equal(fleet.tenants.length);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
  });
});
