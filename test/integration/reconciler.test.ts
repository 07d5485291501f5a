import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { ControlDb, loadConfig, silentLogger } from '@tenantry/core';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { RUN_QUEUE, backupBatchJobId, openQueueStore, reconcile } from '@tenantry/queue';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { REDIS_URL } from '../helpers/services.js';
import { exited } from '../helpers/processes.js';

/**
 * A reconciler pass made in this process, as a worker makes it (worker expiry 5 s), and the
 * sandbox's run queue to look at; `close` ends all three connections.
 */
function reconcilerOf(sandbox: Sandbox) {
  const config = loadConfig(sandbox.configFile, process.env);
  const control = new ControlDb(config, { max: 2 });
  const store = openQueueStore(config);
  const queue = new Queue(RUN_QUEUE, { connection: { url: REDIS_URL }, prefix: sandbox.prefix });
  return {
    queue,
    pass: () => reconcile({ control, store, config, workerExpiryMs: 5_000, logger: silentLogger }),
    close: async () => {
      await queue.close();
      await store.close();
      await control.close();
    },
  };
}

describe('the reconciler: the ledger rebuilds what the queue lost', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('Redis losing every key mid-rollout: 200 tenants still reach the target, each migration recorded once', async () => {
    const tenants = tenantIds(200);
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 2 });
    sandbox.startWorker({ concurrency: 2 });
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const id = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await eventually(
      async () => {
        const rows = await sandbox.ledger<{ n: number }>(
          `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`,
          [id],
        );
        return rows[0]!.n >= 30 ? true : undefined;
      },
      60_000,
      50,
    );
    // every key of this test's queue goes, as with FLUSHDB or a restart without persistence
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${sandbox.prefix}:*`);
      expect(keys.length).to.be.greaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    const left = await sandbox.ledger<{ n: number }>(
      `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status <> 'succeeded'`,
      [id],
    );
    expect(left[0]!.n).to.be.greaterThan(0);

    const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
    expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
    expect(followed.stdout).to.match(/200 succeeded, 0 failed of 200/);
    const counts = new Map<string, number>();
    for (const tenant of tenants) {
      const recorded = await sandbox.platform<{ name: string; n: number }>(
        'accounts',
        `SELECT name, count(*)::int AS n FROM tenant_${tenant}.pgmigrations GROUP BY name`,
      );
      expect(recorded, tenant).to.have.length(5);
      const steps = await sandbox.platform<{ n: number }>(
        'accounts',
        `SELECT count(*)::int AS n FROM tenant_${tenant}.applied_steps`,
      );
      counts.set(tenant, steps[0]!.n);
      expect(recorded.every((r) => r.n === 1)).to.equal(true);
    }
    expect([...counts.values()].every((n) => n === 5)).to.equal(true);
  });

  it('a producer that died before enqueuing: the runs written to the ledger are enqueued by the reconciler', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    // a rollout and its runs in the ledger, no job in the queue
    const [rollout] = await sandbox.ledger<{ id: string }>(
      `INSERT INTO tenantry.rollouts (kind, target) VALUES ('migrate', 'latest') RETURNING id`,
    );
    await sandbox.ledger(
      `INSERT INTO tenantry.runs (rollout_id, platform, tenant, direction, target, queued_at)
       SELECT $1, 'accounts', t, 'up', '1710000000005_account-status', now() - interval '1 minute' FROM unnest(ARRAY['acme', 'globex']) t`,
      [rollout!.id],
    );
    sandbox.startWorker();
    const followed = await sandbox.cli(['rollout', 'status', rollout!.id, '--wait']);
    expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
    await eventually(async () =>
      (await sandbox.ledger(`SELECT 1 FROM tenantry.rollouts WHERE status = 'succeeded'`)).length === 1
        ? true
        : undefined,
    );
  });

  it('runs waiting for their pg_dump batch are not enqueued one by one; those of a lost batch are', async () => {
    const tenants = tenantIds(10);
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>;
    sandbox.writeConfig({
      ...config,
      backup: { strategy: 'pg_dump', dir: path.join(sandbox.dir, 'backups'), keep: 3, batchSize: 4 },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    // no worker: the three batch jobs (4 + 4 + 2 tenants) wait in the queue, their runs queued in the ledger
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '0', '--wave-size', '100%']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await sandbox.ledger(`UPDATE tenantry.runs SET queued_at = now() - interval '1 minute' WHERE rollout_id = $1`, [
      rolloutId,
    ]);

    const { pass, queue, close } = reconcilerOf(sandbox);
    try {
      expect(await pass()).to.deep.include({ requeued: 0, checked: 10 });

      // the batch holding the first four runs (in run-id order) is lost: exactly its runs are enqueued
      const ids = (
        await sandbox.ledger<{ id: string }>(`SELECT id FROM tenantry.runs WHERE rollout_id = $1 ORDER BY id`, [
          rolloutId,
        ])
      ).map((r) => r.id);
      const batches = await Promise.all([0, 4, 8].map((i) => queue.getJob(backupBatchJobId(ids[i]!))));
      expect(batches.map((job) => job?.data.runIds)).to.deep.equal([ids.slice(0, 4), ids.slice(4, 8), ids.slice(8)]);
      await queue.remove(backupBatchJobId(ids[0]!));
      expect(await pass()).to.deep.include({ requeued: 4 });
      const runJobs = await Promise.all(ids.map((id) => queue.getJob(`run-${id}`)));
      expect(runJobs.map((job) => job != null)).to.deep.equal([
        true,
        true,
        true,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
    } finally {
      await close();
    }
  });

  it('a run whose job BullMQ failed for good while the run stayed queued gets its job again', async () => {
    const tenants = tenantIds(4);
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '0', '--wave-size', '100%']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    // what BullMQ does to a job that stalled too often: failed, with its run still queued in the ledger
    const failing = new Worker(
      RUN_QUEUE,
      async () => {
        throw new UnrecoverableError('job stalled more than allowable limit');
      },
      { connection: { url: REDIS_URL }, prefix: sandbox.prefix },
    );
    const { pass, queue, close } = reconcilerOf(sandbox);
    try {
      await eventually(async () => ((await queue.getJobCounts('failed')).failed === 4 ? true : undefined), 20_000);
      await failing.close();
      await sandbox.ledger(`UPDATE tenantry.runs SET queued_at = now() - interval '1 minute' WHERE rollout_id = $1`, [
        rolloutId,
      ]);
      expect(await pass()).to.deep.include({ requeued: 4 });
      const counts = await queue.getJobCounts('failed', 'prioritized', 'waiting');
      expect(counts.failed).to.equal(0);
      expect((counts.prioritized ?? 0) + (counts.waiting ?? 0)).to.equal(4);
      // and a worker now takes them to the target
      sandbox.startWorker({ concurrency: 2 });
      const done = await sandbox.cli(['rollout', 'status', rolloutId, '--wait']);
      expect(done.stdout).to.match(/4 succeeded, 0 failed of 4/);
    } finally {
      await failing.close();
      await close();
    }
  });

  it("a worker that died after a success, before queuing what waited for it: the tenant's next platform and the next wave are released", async () => {
    sandbox = new Sandbox({
      platforms: { billing: { migrations: 'accounts' }, crm: { migrations: 'accounts' } },
      releases: { r1: { billing: '1710000000005_account-status', crm: '1710000000005_account-status' } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    for (const platform of ['billing', 'crm'])
      expect((await sandbox.cli(['tenants', 'add', platform, 'acme', 'globex', 'initech'])).code).to.equal(0);
    // no worker: the canary's billing run is queued, everything else waits
    const enqueued = await sandbox.cli(['migrate', '--to', 'r1', '--canary', '1', '--wave-size', '100%']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    const runs = () =>
      sandbox.ledger<{ id: string; platform: string; tenant: string; status: string; wave: number }>(
        `SELECT id, platform, tenant, status, wave FROM tenantry.runs WHERE rollout_id = $1 ORDER BY wave, tenant, platform`,
        [rolloutId],
      );
    const canary = (await runs()).filter((r) => r.wave === 0);
    expect(canary.map((r) => [r.platform, r.status])).to.deep.equal([
      ['billing', 'queued'],
      ['crm', 'waiting'],
    ]);
    // what a worker leaves when it dies right after writing a success
    const succeed = (id: string) =>
      sandbox.ledger(
        `UPDATE tenantry.runs SET status = 'succeeded', noop = false, started_at = now() - interval '1 minute', finished_at = now() - interval '1 minute' WHERE id = $1`,
        [id],
      );
    await succeed(canary[0]!.id);

    const { pass, queue, close } = reconcilerOf(sandbox);
    try {
      expect(await pass()).to.deep.include({ released: 1 });
      expect(await queue.getJob(`run-${canary[1]!.id}`)).to.not.equal(undefined);
      expect((await runs()).filter((r) => r.status === 'queued').map((r) => r.id)).to.deep.equal([canary[1]!.id]);
      expect(await pass(), 'a second pass finds nothing more').to.not.have.property('released');

      // the canary's last run succeeds and its worker dies: the next wave starts
      await succeed(canary[1]!.id);
      expect(await pass()).to.deep.include({ released: 2 });
      const wave = (await runs()).filter((r) => r.wave === 1 && r.status === 'queued');
      const others = ['acme', 'globex', 'initech'].filter((t) => t !== canary[0]!.tenant);
      expect(wave.map((r) => [r.platform, r.tenant])).to.deep.equal(others.map((t) => ['billing', t]));
      for (const run of wave) expect(await queue.getJob(`run-${run.id}`), run.tenant).to.not.equal(undefined);

      // and workers take the rollout from there to the end
      sandbox.startWorker({ concurrency: 2 });
      const done = await sandbox.cli(['rollout', 'status', rolloutId, '--wait']);
      expect(done.stdout).to.match(/6 succeeded, 0 failed of 6/);
    } finally {
      await close();
    }
  });
  it('a worker that died after writing a failure that left its tenant between versions, before compensating it: the reconciler compensates it, and only then does the rollout close', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    const V2 = '1710000000002_add-account-name';
    const V4 = '1710000000004_create-sessions';
    const worker = sandbox.startWorker({ concurrency: 2 });
    const first = await sandbox.cli(['migrate', '--to', V2, '--wait']);
    expect(first.code, first.stdout + first.stderr).to.equal(0);
    const second = await sandbox.cli(['migrate', '--to', V4, '--canary', '0', '--wait']);
    expect(second.code, second.stdout + second.stderr).to.equal(0);
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(second.stdout)![1]!;
    worker.kill('SIGTERM');
    await exited(worker);
    // what a worker leaves when it dies right after writing a run's failure, a step having
    // committed outside its transaction (acme really is at V4, two steps past where the run found
    // it): the failure unsettled (no finished_at), no compensation, the rollout still running
    const [acme] = await sandbox.ledger<{ id: string }>(
      `UPDATE tenantry.runs SET status = 'failed', finished_at = NULL, worker_id = 'died-123',
              error = 'MIGRATION_FAILED: the next step failed after a committed one'
        WHERE rollout_id = $1 AND tenant = 'acme' RETURNING id`,
      [rolloutId],
    );
    await sandbox.ledger(`UPDATE tenantry.rollouts SET status = 'running', finished_at = NULL WHERE id = $1`, [
      rolloutId,
    ]);
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(4);

    const { pass, queue, close } = reconcilerOf(sandbox);
    try {
      expect(await pass()).to.deep.include({ settled: 1 });
      const [compensation] = await sandbox.ledger<{ id: string; target: string; status: string; direction: string }>(
        `SELECT id, target, status, direction FROM tenantry.runs WHERE compensates = $1`,
        [acme!.id],
      );
      expect(compensation, 'a compensating run for the failure').to.deep.include({
        target: V2,
        status: 'queued',
        direction: 'down',
      });
      expect(await queue.getJob(`run-${compensation!.id}`), 'its job').to.not.equal(undefined);
      const [open] = await sandbox.ledger<{ status: string }>(`SELECT status FROM tenantry.rollouts WHERE id = $1`, [
        rolloutId,
      ]);
      expect(open!.status, 'the rollout waits for the compensation').to.equal('running');
      expect(await pass(), 'a second pass finds nothing more').to.not.have.property('settled');

      sandbox.startWorker({ concurrency: 2 });
      const done = await sandbox.cli(['rollout', 'status', rolloutId, '--wait']);
      expect(done.stdout).to.match(/failed/);
      expect(await sandbox.applied('accounts', 'acme'), 'acme back where the run found it').to.have.length(2);
      expect(await sandbox.applied('accounts', 'globex')).to.have.length(4);
      const [closed] = await sandbox.ledger<{ status: string }>(`SELECT status FROM tenantry.rollouts WHERE id = $1`, [
        rolloutId,
      ]);
      expect(closed!.status).to.equal('failed');
    } finally {
      await close();
    }
  });
});
