import { expect } from 'chai';
import { type Sandbox, eventually, registeredSandbox, tenantIds, type SandboxOptions } from '../helpers/sandbox.js';
import { assertInvariants } from './invariants.js';
import {
  V2,
  enqueue,
  finished,
  progressed,
  report,
  sleep,
  started,
  worker,
  workerLogs,
  type Worker,
} from './harness.js';
import { PrivatePostgres, PrivateRedis, startOrSkip } from './private-servers.js';

/**
 * The fleet of an outage scenario: `count` tenants of the accounts platform registered on the
 * given servers (the sandbox's own queries go there too), and two workers started.
 */
async function fleetOn(
  servers: NonNullable<SandboxOptions['servers']>,
  options: { count: number; concurrency: number; migrations?: string },
): Promise<{ box: Sandbox; workers: Worker[] }> {
  const box = await registeredSandbox(
    {
      platforms: { accounts: { migrations: options.migrations ?? 'accounts' } },
      releases: { 'v1.0': { accounts: V2 } },
      servers,
    },
    { accounts: tenantIds(options.count) },
  );
  const workers = [
    worker(box, { concurrency: options.concurrency }),
    worker(box, { concurrency: options.concurrency }),
  ];
  try {
    await Promise.all(workers.map(started));
  } catch (error) {
    await box.destroy();
    throw error;
  }
  return { box, workers };
}

describe('chaos: the servers fail under a rollout (private PostgreSQL and Redis)', function () {
  this.timeout(420_000);
  let sandbox: Sandbox | undefined;
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
    for (const step of cleanup.reverse()) await step();
    cleanup = [];
  });

  it('PostgreSQL stopped with -m immediate and restarted mid-rollout: the rollout completes, every invariant holds', async function () {
    const server = await startOrSkip(this, () => PrivatePostgres.start());
    cleanup.push(() => server.destroy());
    const { box, workers } = await fleetOn({ control: server, platforms: server }, { count: 100, concurrency: 3 });
    sandbox = box;
    const id = await enqueue(box, ['migrate', '--to', 'latest', '--canary', '0']);
    await progressed(box, id, 15);
    server.stopImmediately();
    const down = Date.now();
    await sleep(3000);
    server.startServer();
    const up = Date.now();
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
    report(
      `PostgreSQL -m immediate: down ${((up - down) / 1000).toFixed(1)} s mid-rollout; the rollout finished ${((Date.now() - up) / 1000).toFixed(1)} s after the restart, workers alive`,
    );
  });

  it('the control database down for 40 s (-m immediate, past every timeout) mid-rollout of 60 tenants: workers ride it out, --wait waits and says so, everything finishes', async function () {
    const server = await startOrSkip(this, () => PrivatePostgres.start());
    cleanup.push(() => server.destroy());
    // the ledger on the private server, the tenants on the shared one
    const { box, workers } = await fleetOn({ control: server }, { count: 60, concurrency: 2, migrations: 'slow' });
    sandbox = box;
    const waiting = box.cli(['migrate', '--to', 'latest', '--canary', '0', '--wait']);
    const id = await eventually(
      async () => (await box.ledger<{ id: string }>('SELECT id FROM tenantry.rollouts'))[0]?.id,
      30_000,
      50,
    );
    await progressed(box, id, 10);
    const before = (
      await box.ledger<{ n: number }>(
        `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`,
        [id],
      )
    )[0]!.n;
    server.stopImmediately();
    await sleep(40_000);
    server.startServer();
    const up = Date.now();
    const waited = await waiting;
    expect(waited.code, waited.stdout + waited.stderr).to.equal(0);
    expect(waited.stderr)
      .to.include('the control database is unreachable; waiting for it')
      .and.to.include('the control database is back');
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box);
    expect(before, 'the outage began mid-rollout').to.be.lessThan(60);
    report(
      `control database down 40 s (-m immediate) with ${before}/60 tenants done: the rollout finished ${((Date.now() - up) / 1000).toFixed(1)} s after the restart, --wait exited 0, workers alive`,
    );
  });

  it('Redis restarted without persistence, then paused with DEBUG SLEEP past every job lock, mid-rollout: the ledger rebuilds the queue', async function () {
    const redis = await startOrSkip(this, () => PrivateRedis.start());
    cleanup.push(() => redis.destroy());
    const { box, workers } = await fleetOn({ redisUrl: redis.url }, { count: 120, concurrency: 4 });
    sandbox = box;
    const id = await enqueue(box, ['migrate', '--to', 'latest', '--canary', '0']);
    await progressed(box, id, 20);
    await redis.kill();
    await sleep(1000);
    await redis.startServer();
    const restarted = Date.now();
    await progressed(box, id, 70, 180_000);
    const rebuilt = Date.now() - restarted;
    await redis.pause(12);
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
    report(
      `Redis: restarted empty mid-rollout (50 more tenants done ${(rebuilt / 1000).toFixed(1)} s after), then DEBUG SLEEP 12: 120 tenants succeeded, workers alive`,
    );
  });
});
