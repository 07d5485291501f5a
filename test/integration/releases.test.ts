import { expect } from 'chai';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';

const V1 = '1710000000002_add-account-name';
const V2 = '1710000000005_account-status';
const PLATFORMS = ['isp_framework', 'management_platform', 'billing'];

async function setUp(tenants: string[], workers = 1): Promise<Sandbox> {
  const sandbox = new Sandbox({
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, { migrations: 'accounts' }])),
    releases: {
      'v1.0.0': Object.fromEntries(PLATFORMS.map((p) => [p, V1])),
      'v2.0.0': Object.fromEntries(PLATFORMS.map((p) => [p, V2])),
    },
  });
  expect((await sandbox.cli(['init'])).code).to.equal(0);
  for (const platform of PLATFORMS)
    expect((await sandbox.cli(['tenants', 'add', platform, ...tenants])).code).to.equal(0);
  for (let i = 0; i < workers; i++) sandbox.startWorker({ concurrency: 4 });
  const first = await sandbox.cli(['migrate', '--to', 'v1.0.0', '--wait']);
  expect(first.code, first.stdout + first.stderr).to.equal(0);
  return sandbox;
}

async function versionsOf(sandbox: Sandbox, tenant: string): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  for (const platform of PLATFORMS) out[platform] = (await sandbox.applied(platform, tenant)).at(-1);
  return out;
}

describe('releases across platforms: sagas, consistency, abort, locks', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a tenant failing on the last platform is returned on the others; all others reach the release; consistency holds', async () => {
    const tenants = tenantIds(8);
    sandbox = await setUp(tenants);
    const broken = ['c0002', 'c0005'];
    for (const tenant of broken) {
      await sandbox.platform('billing', `INSERT INTO tenant_${tenant}.accounts (email) VALUES ('dup@x'), ('dup@x')`);
    }
    const result = await sandbox.cli(['migrate', '--to', 'v2.0.0', '--wait']);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    for (const tenant of broken) expect(result.stdout).to.include(`FAILED billing/${tenant}`);
    for (const tenant of tenants) {
      const expected = broken.includes(tenant) ? V1 : V2;
      expect(await versionsOf(sandbox, tenant), tenant).to.deep.equal(
        Object.fromEntries(PLATFORMS.map((p) => [p, expected])),
      );
    }
    // compensations ran newest first: management_platform before isp_framework
    const comp = await sandbox.ledger<{ platform: string; status: string }>(
      `SELECT platform, status FROM tenantry.runs WHERE tenant = 'c0002' AND compensates IS NOT NULL ORDER BY started_at`,
    );
    expect(comp).to.deep.equal([
      { platform: 'management_platform', status: 'succeeded' },
      { platform: 'isp_framework', status: 'succeeded' },
    ]);
    const consistency = await sandbox.cli(['consistency', '--json']);
    expect(consistency.code, consistency.stdout).to.equal(0);
    expect(JSON.parse(consistency.stdout).status).to.equal('consistent');
    const versions = JSON.parse((await sandbox.cli(['versions', '--json'])).stdout) as Array<{
      platform: string;
      versions: Array<{ version: string; releases: string[]; tenants: number }>;
    }>;
    expect(versions.find((v) => v.platform === 'billing')!.versions).to.deep.equal([
      { version: V1, releases: ['v1.0.0'], tenants: 2 },
      { version: V2, releases: ['v2.0.0'], tenants: 6 },
    ]);
  });

  it('consistency names a tenant moved by hand on one platform', async () => {
    sandbox = await setUp(['acme', 'globex']);
    const moved = await sandbox.cli(['migrate', '--to', V2, '--platform', 'billing', '--tenant', 'globex', '--wait']);
    expect(moved.code, moved.stderr).to.equal(0);
    const result = await sandbox.cli(['consistency']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/isp_framework@v1\.0\.0, management_platform@v1\.0\.0, billing@v2\.0\.0: globex/);
    const json = JSON.parse((await sandbox.cli(['consistency', '--json'])).stdout) as {
      status: string;
      inconsistencies: Array<{ tenants: string[] }>;
    };
    expect(json.status).to.equal('inconsistent');
    expect(json.inconsistencies.map((i) => i.tenants)).to.deep.equal([['globex']]);

    // bad input, refused before anything changes: a release running backwards, a partly registered tenant
    const rollouts = (await sandbox.ledger('SELECT id FROM tenantry.rollouts')).length;
    const backwards = await sandbox.cli(['migrate', '--to', 'v1.0.0']);
    expect(backwards.code).to.equal(2);
    expect(backwards.stderr).to.match(/billing\/globex is already past v1\.0\.0: going there is a rollback/);
    expect((await sandbox.cli(['tenants', 'add', 'billing', 'solo'])).code).to.equal(0);
    const partial = await sandbox.cli(['migrate', '--to', 'v2.0.0', '--tenant', 'solo']);
    expect(partial.code).to.equal(2);
    expect(partial.stderr).to.match(/tenant solo is not registered on isp_framework, management_platform/);
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.have.length(rollouts);
  });

  it('abort --compensate mid-rollout returns every tenant it moved, platform by platform in reverse', async () => {
    const tenants = tenantIds(12);
    sandbox = await setUp(tenants);
    for (const tenant of tenants) {
      for (const platform of PLATFORMS) {
        await sandbox.platform(
          platform,
          `INSERT INTO tenant_${tenant}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, 6) g`,
        );
      }
    }
    const enqueued = await sandbox.cli(['migrate', '--to', 'v2.0.0']);
    const id = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await eventually(
      async () => {
        const rows = await sandbox.ledger<{ n: number }>(
          `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`,
          [id],
        );
        return rows[0]!.n >= 4 ? true : undefined;
      },
      60_000,
      50,
    );
    const aborted = await sandbox.cli(['rollout', 'abort', id, '--compensate', '--wait']);
    expect(aborted.code, aborted.stdout + aborted.stderr).to.equal(0);
    expect(aborted.stdout).to.match(/cancelled/);
    for (const tenant of tenants) {
      expect(await versionsOf(sandbox, tenant), tenant).to.deep.equal(
        Object.fromEntries(PLATFORMS.map((p) => [p, V1])),
      );
    }
    const consistency = await sandbox.cli(['consistency']);
    expect(consistency.code, consistency.stdout).to.equal(0);
    const open = await sandbox.ledger(
      `SELECT 1 FROM tenantry.runs WHERE rollout_id = $1 AND status IN ('waiting', 'queued', 'running')`,
      [id],
    );
    expect(open).to.have.length(0);
  });

  it('a frozen worker holding a tenant lock is cleaned up; another worker completes its run exactly once', async () => {
    sandbox = new Sandbox({ platforms: { billing: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'billing', 'acme'])).code).to.equal(0);
    const helper = sandbox.startWorker();
    expect((await sandbox.cli(['migrate', '--to', V1, '--wait'])).code).to.equal(0);
    helper.kill('SIGTERM');
    await exited(helper);
    await sandbox.platform(
      'billing',
      `INSERT INTO tenant_acme.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, 100) g`,
    ); // ~5 s
    const frozen = sandbox.startWorker({ concurrency: 1 });
    await eventually(async () => (frozen.output().includes('worker started') ? true : undefined));
    const enqueued = await sandbox.cli(['migrate', '--to', V2]);
    const id = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await eventually(
      async () =>
        (await sandbox.ledger(`SELECT 1 FROM tenantry.runs WHERE rollout_id = $1 AND status = 'running'`, [id]))
          .length > 0
          ? true
          : undefined,
      30_000,
      20,
    );
    frozen.kill('SIGSTOP');
    try {
      sandbox.startWorker({ concurrency: 1 });
      // the frozen worker's heartbeat expires (6 heartbeats of 1 s)
      const lock = await eventually(
        async () => {
          const locks = JSON.parse((await sandbox.cli(['locks', 'list', '--json'])).stdout) as Array<{
            tenant: string;
            workerAlive: boolean;
          }>;
          return locks.length === 1 && !locks[0]!.workerAlive ? locks[0] : undefined;
        },
        30_000,
        500,
      );
      expect(lock!.tenant).to.equal('acme');
      const cleanup = JSON.parse((await sandbox.cli(['locks', 'cleanup', '--json'])).stdout) as { cleaned: number };
      expect(cleanup.cleaned).to.equal(1);
      const followed = await sandbox.cli(['rollout', 'status', id, '--wait']);
      expect(followed.code, followed.stdout + followed.stderr).to.equal(0);
      const steps = await sandbox.platform<{ migration: string; n: number }>(
        'billing',
        `SELECT migration, count(*)::int AS n FROM tenant_acme.applied_steps GROUP BY 1 ORDER BY 1`,
      );
      expect(steps.map((s) => s.n)).to.deep.equal([1, 1, 1, 1, 1]);
      expect(await sandbox.applied('billing', 'acme')).to.have.length(5);
    } finally {
      frozen.kill('SIGCONT');
    }
    // the woken worker must not undo what the other did
    await new Promise((r) => setTimeout(r, 1500));
    const run = await sandbox.ledger<{ status: string }>(`SELECT status FROM tenantry.runs WHERE rollout_id = $1`, [
      id,
    ]);
    expect(run[0]!.status).to.equal('succeeded');
  });
});
