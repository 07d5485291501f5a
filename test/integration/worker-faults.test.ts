import { expect } from 'chai';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { tenantLockKey } from '@tenantry/core/internal';
import { RUN_QUEUE } from '@tenantry/queue';
import { Sandbox, eventually, rolloutIdIn, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { slowFleet } from '../helpers/slow-fleet.js';
import { REDIS_URL, databaseUrl } from '../helpers/services.js';

async function stepCountsAreOne(sandbox: Sandbox, tenants: string[]): Promise<void> {
  for (const tenant of tenants) {
    const rows = await sandbox.platform<{ migration: string; n: number }>(
      'accounts',
      `SELECT migration, count(*)::int AS n FROM tenant_${tenant}.applied_steps GROUP BY migration ORDER BY 1`,
    );
    expect(rows, tenant).to.have.length(5);
    expect(
      rows.every((r) => r.n === 1),
      `${tenant}: ${JSON.stringify(rows)}`,
    ).to.equal(true);
  }
}

describe('workers under faults (real processes and signals)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a worker killed with SIGKILL mid-rollout: restarted, the rollout still completes, each step applied once', async () => {
    const tenants = tenantIds(24);
    sandbox = await slowFleet(tenants, 6); // ~0.3 s per tenant
    const doomed = sandbox.startWorker({ concurrency: 4 });
    await eventually(async () => (doomed.output().includes('worker started') ? true : undefined));
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const id = rolloutIdIn(enqueued.stdout);
    // kill it while it is inside runs
    await eventually(
      async () => {
        const rows = await sandbox.ledger<{ done: number; running: number }>(
          `SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS done, count(*) FILTER (WHERE status = 'running')::int AS running FROM tenantry.runs WHERE rollout_id = $1`,
          [id],
        );
        return rows[0]!.done >= 4 && rows[0]!.running > 0 ? true : undefined;
      },
      30_000,
      20,
    );
    doomed.kill('SIGKILL');
    await exited(doomed);
    const interrupted = await sandbox.ledger<{ n: number }>(
      `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status <> 'succeeded'`,
      [id],
    );
    expect(interrupted[0]!.n).to.be.greaterThan(0);

    sandbox.startWorker({ concurrency: 4 });
    const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
    expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
    expect(followed.stdout).to.match(/24 succeeded, 0 failed of 24/);
    for (const tenant of tenants) expect(await sandbox.applied('accounts', tenant), tenant).to.have.length(5);
    await stepCountsAreOne(sandbox, tenants);
    // no lock left behind by the dead worker's sessions
    const locks = await sandbox.platform(
      `accounts`,
      `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(locks).to.have.length(0);
  });

  it('a busy tenant is deferred, never failed or blocked, and runs once the lock is free', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
    await holder.connect();
    try {
      const [ns, key] = tenantLockKey('accounts', 'acme');
      expect((await holder.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [ns, key])).rows[0].ok).to.equal(true);
      sandbox.startWorker({ concurrency: 2 });
      const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
      const id = rolloutIdIn(enqueued.stdout);
      await eventually(async () => {
        const rows = await sandbox.ledger<{ tenant: string; status: string; deferrals: number }>(
          'SELECT tenant, status, deferrals FROM tenantry.runs WHERE rollout_id = $1 ORDER BY tenant',
          [id],
        );
        return rows[0]!.deferrals >= 2 && rows[1]!.status === 'succeeded' ? rows : undefined;
      });
      const acme = await sandbox.ledger<{ status: string }>(`SELECT status FROM tenantry.runs WHERE tenant = 'acme'`);
      expect(acme[0]!.status).to.equal('queued');
      expect(await sandbox.applied('accounts', 'acme')).to.deep.equal([]);
      await holder.query('SELECT pg_advisory_unlock($1, $2)', [ns, key]);
      const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
      expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
      expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
    } finally {
      await holder.end();
    }
  });

  it('SIGTERM lets a running run finish, then the worker exits 0', async () => {
    sandbox = await slowFleet(['acme'], 60); // ~3 s inside migration 4
    const worker = sandbox.startWorker();
    await eventually(async () => (worker.output().includes('worker started') ? true : undefined));
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
    const id = rolloutIdIn(enqueued.stdout);
    await eventually(
      async () =>
        (await sandbox.ledger(`SELECT 1 FROM tenantry.runs WHERE rollout_id = $1 AND status = 'running'`, [id]))
          .length > 0
          ? true
          : undefined,
      20_000,
      20,
    );
    worker.kill('SIGTERM');
    expect(await exited(worker)).to.equal(0);
    const runs = await sandbox.ledger<{ status: string }>('SELECT status FROM tenantry.runs WHERE rollout_id = $1', [
      id,
    ]);
    expect(runs[0]!.status).to.equal('succeeded');
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
  });

  it('job data written straight into Redis is validated again by the worker', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(RUN_QUEUE, { connection, prefix: sandbox.prefix });
    try {
      const job = await queue.add('run', {
        runId: '00000000-0000-4000-8000-000000000000',
        rolloutId: '00000000-0000-4000-8000-000000000001',
        platform: 'accounts',
        tenant: 'a"; DROP SCHEMA public; --',
        direction: 'up',
        target: '1710000000005_account-status',
      });
      sandbox.startWorker();
      const failed = await eventually(async () =>
        (await queue.getJob(job.id!))?.failedReason ? await queue.getJob(job.id!) : undefined,
      );
      expect(failed!.failedReason).to.match(/invalid run job data: tenant/);
      expect(failed!.attemptsMade).to.equal(1);
      const publicSchema = await sandbox.platform(`accounts`, "SELECT 1 FROM pg_namespace WHERE nspname = 'public'");
      expect(publicSchema).to.have.length(1);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
