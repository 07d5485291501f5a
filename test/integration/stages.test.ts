import { expect } from 'chai';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';

const V1 = '1710000000002_add-account-name';

async function setUp(tenants: string[], concurrency: number): Promise<Sandbox> {
  const sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
  expect((await sandbox.cli(['init'])).code).to.equal(0);
  expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants])).code).to.equal(0);
  sandbox.startWorker({ concurrency });
  const first = await sandbox.cli(['migrate', '--to', V1, '--canary', '0', '--wait']);
  expect(first.code, first.stdout + first.stderr).to.equal(0);
  return sandbox;
}

async function breakTenants(sandbox: Sandbox, tenants: string[]): Promise<void> {
  for (const t of tenants)
    await sandbox.platform('accounts', `INSERT INTO tenant_${t}.accounts (email) VALUES ('dup@x'), ('dup@x')`);
}

async function touched(
  sandbox: Sandbox,
  rolloutId: string,
): Promise<{ succeeded: number; failed: number; waiting: number; queued: number }> {
  const rows = await sandbox.ledger<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 GROUP BY status`,
    [rolloutId],
  );
  const get = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { succeeded: get('succeeded'), failed: get('failed'), waiting: get('waiting'), queued: get('queued') };
}

describe('staged rollouts: canary, waves, failure budget, pause and resume', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a failing canary halts the rollout before any other tenant is touched', async () => {
    const tenants = tenantIds(20);
    sandbox = await setUp(tenants, 4);
    await breakTenants(sandbox, ['c0002']);
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '3', '--wave-size', '5', '--wait']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/halted \(1 canary tenant\(s\) failed\)/);
    const id = /rollout ([0-9a-f-]{36})/.exec(result.stdout)![1]!;
    expect(await touched(sandbox, id)).to.deep.equal({ succeeded: 2, failed: 1, waiting: 17, queued: 0 });
    for (const t of tenants.slice(3)) expect(await sandbox.applied('accounts', t), t).to.have.length(2);
    const status = await sandbox.cli(['rollout', 'status', id]);
    expect(status.stdout).to.match(/halted/);
    expect(status.stdout).to.match(/wave 2 of 5/);
  });

  it('--max-failures 3 halts a rollout in which 10 tenants would fail, touching exactly the tenants before the third failure', async () => {
    const tenants = tenantIds(20);
    sandbox = await setUp(tenants, 1); // one run at a time, in queue order: deterministic
    const broken = tenants.filter((_, i) => i % 2 === 1); // c0002, c0004, … c0020
    await breakTenants(sandbox, broken);
    const result = await sandbox.cli([
      'migrate',
      '--to',
      'latest',
      '--canary',
      '0',
      '--wave-size',
      '100%',
      '--max-failures',
      '3',
      '--wait',
    ]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/halted \(3 tenant\(s\) failed, reaching --max-failures 3\)/);
    const id = /rollout ([0-9a-f-]{36})/.exec(result.stdout)![1]!;
    // c0001 ok, c0002 failed, c0003 ok, c0004 failed, c0005 ok, c0006 failed: halt
    const counts = await touched(sandbox, id);
    expect(counts.succeeded + counts.failed).to.equal(6);
    expect(counts.failed).to.equal(3);
    for (const t of tenants.slice(6)) expect(await sandbox.applied('accounts', t), t).to.have.length(2);

    // resuming counts failures afresh: three more, and it halts again
    const resumed = await sandbox.cli(['rollout', 'resume', id, '--wait']);
    expect(resumed.code).to.equal(1);
    const after = await touched(sandbox, id);
    expect(after.failed).to.equal(6);
    expect(after.succeeded + after.failed).to.equal(12);
    // finishing does not need the budget: resume with a retry of the failed tenants after fixing their data
    for (const t of broken)
      await sandbox.platform(
        'accounts',
        `DELETE FROM tenant_${t}.accounts WHERE id = (SELECT max(id) FROM tenant_${t}.accounts)`,
      );
    const retried = await sandbox.cli(['rollout', 'resume', id, '--retry-failed', '--wait']);
    expect(retried.code, retried.stdout + retried.stderr).to.equal(0);
    for (const t of tenants) expect(await sandbox.applied('accounts', t), t).to.have.length(5);
    const finished = await sandbox.cli(['rollout', 'resume', id]);
    expect(finished.code).to.equal(2);
    expect(finished.stderr).to.match(/only a paused or halted rollout can be resumed/);
  });

  it('pause stops new runs, resume finishes the rollout', async () => {
    const tenants = tenantIds(24);
    sandbox = await setUp(tenants, 2);
    for (const t of tenants)
      await sandbox.platform(
        'accounts',
        `INSERT INTO tenant_${t}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, 4) g`,
      );
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '2', '--wave-size', '6']);
    const id = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    await eventually(async () => ((await touched(sandbox, id)).succeeded >= 4 ? true : undefined), 60_000, 50);
    const paused = await sandbox.cli(['rollout', 'pause', id]);
    expect(paused.code, paused.stderr).to.equal(0);
    await new Promise((r) => setTimeout(r, 1500)); // running runs finish
    const atPause = await touched(sandbox, id);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await touched(sandbox, id)).to.deep.equal(atPause);
    expect(atPause.succeeded).to.be.lessThan(24);
    const resumed = await sandbox.cli(['rollout', 'resume', id, '--wait']);
    expect(resumed.code, resumed.stdout + resumed.stderr).to.equal(0);
    expect(resumed.stdout).to.match(/24 succeeded, 0 failed of 24/);
  });

  it('refuses bad stages: a canary larger than the fleet, a percentage over 100, an unknown rollout', async () => {
    sandbox = await setUp(['acme', 'globex'], 1);
    const big = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '3']);
    expect(big.code).to.equal(2);
    expect(big.stderr).to.match(/--canary 3 is larger than the fleet \(2 tenants\)/);
    const pct = await sandbox.cli(['migrate', '--to', 'latest', '--max-failures', '150%']);
    expect(pct.code).to.equal(2);
    expect(pct.stderr).to.match(/over 100%/);
    const unknown = await sandbox.cli(['rollout', 'abort', '00000000-0000-4000-8000-000000000000']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/no rollout/);
    const rollouts = await sandbox.ledger('SELECT id FROM tenantry.rollouts');
    expect(rollouts).to.have.length(1);
  });
});

describe('priority: a single-tenant emergency rollback jumps ahead of a fleet rollout', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('starts before the queued fleet runs', async () => {
    const fleet = tenantIds(30);
    sandbox = await setUp([...fleet, 'vip'], 1);
    // ~0.5 s a fleet run, so the fleet is still queued however long the rollback CLI takes to start
    for (const t of fleet)
      await sandbox.platform(
        'accounts',
        `INSERT INTO tenant_${t}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, 10) g`,
      );
    const rollout = await sandbox.cli([
      'migrate',
      '--to',
      'latest',
      '--canary',
      '0',
      '--wave-size',
      '100%',
      ...fleet.flatMap((t) => ['--tenant', t]),
    ]);
    expect(rollout.code, rollout.stderr).to.equal(0);
    const rollback = await sandbox.cli(['rollback', '--to', '0', '--tenant', 'vip', '--wait']);
    expect(rollback.code, rollback.stdout + rollback.stderr).to.equal(0);
    const [vip] = await sandbox.ledger<{ started_at: Date }>(
      `SELECT started_at FROM tenantry.runs WHERE tenant = 'vip' AND direction = 'down'`,
    );
    const later = await sandbox.ledger<{ n: number }>(
      `SELECT count(*)::int AS n FROM tenantry.runs WHERE tenant <> 'vip' AND direction = 'up' AND target = '1710000000005_account-status' AND (started_at IS NULL OR started_at > $1)`,
      [vip!.started_at],
    );
    // one run at a time: the emergency waited at most for the fleet run in flight, not for the queue
    expect(later[0]!.n).to.be.greaterThan(15);
  });
});
