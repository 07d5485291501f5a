import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';

describe('horizontal scale: workers come and go, connection budgets hold', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('three workers, one stopped and one added mid-rollout, never more run connections than maxConnections', async () => {
    const tenants = tenantIds(40);
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts', extra: { maxConnections: 3 } } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
    const db = sandbox.platformDbs.accounts!;
    const workers = [1, 2, 3].map(() => sandbox.startWorker({ concurrency: 4 }));
    const first = await sandbox.cli(['migrate', '--to', '1710000000002_add-account-name', '--canary', '0', '--wait']);
    expect(first.code, first.stdout + first.stderr).to.equal(0);
    for (const t of tenants)
      await sandbox.platform(
        'accounts',
        `INSERT INTO tenant_${t}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, 3) g`,
      );

    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rows = await sandbox.query<{ n: number }>(
          'postgres',
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'tenantry run%'`,
          [db],
        );
        peak = Math.max(peak, rows[0]!.n);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '0']);
    const id = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await eventually(
      async () =>
        (
          await sandbox.ledger<{ n: number }>(
            `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`,
            [id],
          )
        )[0]!.n >= 8
          ? true
          : undefined,
      60_000,
      50,
    );
    workers[0]!.kill('SIGTERM');
    expect(await exited(workers[0]!)).to.equal(0);
    sandbox.startWorker({ concurrency: 4 });
    const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
    sampling = false;
    await sampler;
    expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
    expect(followed.stdout).to.match(/40 succeeded/);
    expect(peak).to.be.greaterThan(0);
    expect(peak).to.be.at.most(3);
    const workersUsed = await sandbox.ledger<{ n: number }>(
      `SELECT count(DISTINCT worker_id)::int AS n FROM tenantry.runs WHERE rollout_id = $1`,
      [id],
    );
    expect(workersUsed[0]!.n).to.be.at.least(3);
    for (const t of tenants) {
      const steps = await sandbox.platform<{ n: number }>(
        'accounts',
        `SELECT count(*)::int AS n FROM tenant_${t}.applied_steps`,
      );
      expect(steps[0]!.n, t).to.equal(5);
    }
    expect(JSON.parse(readFileSync(sandbox.configFile, 'utf8')).platforms.accounts.maxConnections).to.equal(3);
  });
});
