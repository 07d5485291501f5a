import { expect } from 'chai';
import pg from 'pg';
import { tenantLockKey } from '@tenantry/core/internal';
import { Sandbox, eventually, rolloutIdIn, tenantIds } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

/** The queue's schema when the config has no `redis`: beside the control schema. */
const QUEUE_SCHEMA = 'tenantry_queue';

function postgresSandbox(): Sandbox {
  return new Sandbox({ platforms: { accounts: { migrations: 'accounts' } }, queue: 'postgres' });
}

describe('the PostgreSQL queue backend (no redis in the config; real worker processes)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('migrates 60 tenants with 2 worker processes, each migration applied once, the queue in the control database', async () => {
    const tenants = tenantIds(60);
    sandbox = postgresSandbox();
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    const workers = [sandbox.startWorker({ concurrency: 4 }), sandbox.startWorker({ concurrency: 4 })];
    const first = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(first.code, first.stdout + first.stderr + workers[0]!.output()).to.equal(0);
    expect(first.stdout).to.match(/succeeded: 60 succeeded, 0 failed of 60/);
    for (const tenant of tenants) {
      const steps = await sandbox.platform<{ migration: string; n: number }>(
        'accounts',
        `SELECT migration, count(*)::int AS n FROM tenant_${tenant}.applied_steps GROUP BY migration`,
      );
      expect(steps, tenant).to.have.length(5);
      expect(
        steps.every((s) => s.n === 1),
        tenant,
      ).to.equal(true);
    }
    const took = await sandbox.ledger<{ n: number }>('SELECT count(DISTINCT worker_id)::int AS n FROM tenantry.runs');
    expect(took[0]!.n).to.equal(2);
    // the jobs went through BullMQ's tables in the control database, under deterministic ids
    const jobs = await sandbox.ledger<{ id: string; state: string }>(
      `SELECT id, state::text FROM ${QUEUE_SCHEMA}.job WHERE queue = 'tenantry-runs'`,
    );
    expect(jobs).to.have.length(60);
    expect(jobs.every((j) => j.id.startsWith('run-') && j.state === 'completed')).to.equal(true);
    expect(workers[0]!.output()).to.include(`schema ${QUEUE_SCHEMA}`);

    // the same request again: nothing to do, every run a no-op
    const second = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(second.code, second.stderr).to.equal(0);
    const status = await sandbox.cli(['versions', '--json']);
    expect(status.code, status.stderr).to.equal(0);
    expect(JSON.stringify(JSON.parse(status.stdout))).to.include('1710000000005_account-status');
  });

  it('a busy tenant is deferred (moveToDelayed + DelayedError), and a job the queue lost is enqueued again by the reconciler', async () => {
    sandbox = postgresSandbox();
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
    await holder.connect();
    try {
      const [ns, key] = tenantLockKey('accounts', 'acme');
      expect((await holder.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [ns, key])).rows[0].ok).to.equal(true);
      sandbox.startWorker({ concurrency: 2 });
      const id = rolloutIdIn((await sandbox.cli(['migrate', '--to', 'latest'])).stdout);
      await eventually(async () => {
        const rows = await sandbox.ledger<{ tenant: string; status: string; deferrals: number }>(
          'SELECT tenant, status, deferrals FROM tenantry.runs WHERE rollout_id = $1 ORDER BY tenant',
          [id],
        );
        return rows[0]!.deferrals >= 2 && rows[1]!.status === 'succeeded' ? rows : undefined;
      });
      expect(await sandbox.applied('accounts', 'acme')).to.deep.equal([]);
      // the queue loses acme's job (as Redis would on a flush): the ledger still has the run queued.
      // The job is delayed between its tries and briefly waiting or active during one: it is
      // deleted the next time it is found delayed
      const deleted = await eventually(async () => {
        const rows = await sandbox.ledger(
          `DELETE FROM ${QUEUE_SCHEMA}.job WHERE queue = 'tenantry-runs' AND state = 'delayed' RETURNING id`,
        );
        return rows.length > 0 ? rows : undefined;
      });
      expect(deleted).to.have.length(1);
      await holder.query('SELECT pg_advisory_unlock($1, $2)', [ns, key]);
      const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
      expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
      expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
    } finally {
      await holder.end();
    }
  });

  it('a failing migration fails its run for good (UnrecoverableError, one attempt); the other tenants succeed', async () => {
    sandbox = postgresSandbox();
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex', 'initech'])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 2 });
    const v2 = await sandbox.cli(['migrate', '--to', '1710000000002_add-account-name', '--wait']);
    expect(v2.code, v2.stdout + v2.stderr).to.equal(0);
    // duplicate e-mails make 1710000000003_unique-account-email fail (23505) on globex only
    await sandbox.platform('accounts', `INSERT INTO tenant_globex.accounts (email) VALUES ('dup@x'), ('dup@x')`);
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout + result.stderr).to.match(/globex/);
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
    expect(await sandbox.applied('accounts', 'globex')).to.have.length(2);
    const failed = await sandbox.ledger<{ id: string }>(
      `SELECT id FROM ${QUEUE_SCHEMA}.job WHERE queue = 'tenantry-runs' AND state = 'failed'`,
    );
    expect(failed).to.have.length(1);
    const runs = await sandbox.ledger<{ attempt: number }>(
      `SELECT attempt FROM tenantry.runs WHERE tenant = 'globex' AND status = 'failed'`,
    );
    expect(runs.map((r) => r.attempt)).to.deep.equal([1]);
  });
});
