import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { CLI, Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';

const LATEST = '1710000000005_account-status';
const V2 = '1710000000002_add-account-name';

async function setUp(tenants: string[]): Promise<Sandbox> {
  const sandbox = new Sandbox({
    platforms: { accounts: { migrations: 'accounts' } },
    releases: { 'v1.0': { accounts: V2 } },
  });
  const init = await sandbox.cli(['init']);
  expect(init.code, init.stderr).to.equal(0);
  const add = await sandbox.cli(['tenants', 'add', 'accounts', ...tenants]);
  expect(add.code, add.stderr).to.equal(0);
  return sandbox;
}

/** Per tenant: how many times each migration's non-idempotent insert ran. */
async function stepCounts(sandbox: Sandbox, tenants: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const tenant of tenants) {
    const rows = await sandbox.platform<{ migration: string; n: number }>(
      'accounts',
      `SELECT migration, count(*)::int AS n FROM tenant_${tenant}.applied_steps GROUP BY migration`,
    );
    for (const row of rows) counts.set(`${tenant}/${row.migration}`, row.n);
  }
  return counts;
}

describe('tenant rollouts (real PostgreSQL, Redis and worker processes)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('migrates 50 tenants with 2 worker processes, each migration applied once; a second rollout queues nothing, and one with --recheck is a no-op', async () => {
    const tenants = tenantIds(50);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 4 });
    sandbox.startWorker({ concurrency: 4 });

    const first = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(first.code, first.stdout + first.stderr).to.equal(0);
    expect(first.stdout).to.match(/succeeded: 50 succeeded, 0 failed of 50/);
    for (const tenant of tenants) expect(await sandbox.applied('accounts', tenant)).to.have.length(5);
    const counts = await stepCounts(sandbox, tenants);
    expect(counts.size).to.equal(250);
    expect([...counts.values()].every((n) => n === 1)).to.equal(true);

    // both workers took part
    const workers = await sandbox.ledger<{ n: number }>(
      'SELECT count(DISTINCT worker_id)::int AS n FROM tenantry.runs',
    );
    expect(workers[0]!.n).to.equal(2);

    // the ledger knows every tenant is at the target: nothing is queued
    const skipped = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(skipped.code, skipped.stderr).to.equal(0);
    expect(skipped.stdout).to.match(/nothing to do, skipped 50 tenant run\(s\)/);
    // --recheck runs every tenant: each run reads its tenant under the lock and finds nothing to do
    const second = await sandbox.cli(['migrate', '--to', 'latest', '--recheck', '--wait', '--json']);
    expect(second.code, second.stderr).to.equal(0);
    // --json --wait is a stream of one JSON event per line, the last one `finished`
    const events = second.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; status?: string; counts?: { succeeded: number } });
    expect(events.at(-1)).to.include({ event: 'finished', status: 'succeeded' });
    expect(events.at(-1)!.counts!.succeeded).to.equal(50);
    const runs = await sandbox.ledger<{ noop: boolean; status: string }>(
      `SELECT noop, status FROM tenantry.runs WHERE rollout_id = (SELECT id FROM tenantry.rollouts ORDER BY created_at DESC LIMIT 1)`,
    );
    expect(runs).to.have.length(50);
    expect(runs.every((r) => r.noop && r.status === 'succeeded')).to.equal(true);
    expect(await stepCounts(sandbox, tenants)).to.deep.equal(counts);

    const status = await sandbox.cli(['status', '--json']);
    const parsed = JSON.parse(status.stdout) as Array<{ version: string; latest: boolean }>;
    expect(parsed).to.have.length(50);
    expect(parsed.every((s) => s.version === LATEST && s.latest)).to.equal(true);
  });

  it('three producers enqueueing the same tenants at once apply each migration exactly once', async () => {
    const tenants = tenantIds(30);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 3 });
    sandbox.startWorker({ concurrency: 3 });
    const results = await Promise.all([1, 2, 3].map(() => sandbox.cli(['migrate', '--to', 'latest', '--wait'])));
    for (const result of results) expect(result.code, result.stdout + result.stderr).to.equal(0);
    const counts = await stepCounts(sandbox, tenants);
    expect(counts.size).to.equal(150);
    expect(
      [...counts.values()].every((n) => n === 1),
      JSON.stringify([...counts]),
    ).to.equal(true);
    for (const tenant of tenants) expect(await sandbox.applied('accounts', tenant)).to.have.length(5);
    // 90 runs; exactly 30 of them did the work, the rest found their tenant at the target
    const work = await sandbox.ledger<{ noop: boolean; n: number }>(
      'SELECT noop, count(*)::int AS n FROM tenantry.runs GROUP BY noop ORDER BY noop',
    );
    expect(work).to.deep.equal([
      { noop: false, n: 30 },
      { noop: true, n: 60 },
    ]);
  });

  it('a data-dependent failure leaves that tenant at its original version with its data; the others proceed', async () => {
    const tenants = tenantIds(12);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 4 });
    const toV2 = await sandbox.cli(['migrate', '--to', 'v1.0', '--wait']);
    expect(toV2.code, toV2.stderr).to.equal(0);
    const broken = ['c0003', 'c0007', 'c0011'];
    for (const tenant of tenants) {
      const emails = broken.includes(tenant)
        ? ['dup@example.com', 'dup@example.com']
        : [`a@${tenant}.example`, `b@${tenant}.example`];
      for (const email of emails)
        await sandbox.platform('accounts', `INSERT INTO tenant_${tenant}.accounts (email) VALUES ($1)`, [email]);
    }
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/9 succeeded, 3 failed of 12/);
    for (const tenant of broken) {
      expect(result.stdout).to.include(`FAILED accounts/${tenant}:`);
      expect(await sandbox.applied('accounts', tenant)).to.deep.equal(['1710000000001_create-accounts', V2]);
      const rows = await sandbox.platform('accounts', `SELECT email FROM tenant_${tenant}.accounts`);
      expect(rows).to.have.length(2);
      // nothing of the failed migrations is left behind
      const tables = await sandbox.platform('accounts', `SELECT to_regclass('tenant_${tenant}.sessions') AS t`);
      expect(tables[0]!.t).to.equal(null);
    }
    expect(result.stdout).to.match(/SQLSTATE 23505/);
    expect(result.stdout).to.include('migration 1710000000003_unique-account-email');
    for (const tenant of tenants.filter((t) => !broken.includes(t)))
      expect(await sandbox.applied('accounts', tenant)).to.have.length(5);
    const failed = await sandbox.ledger<{
      tenant: string;
      failed_migration: string;
      sqlstate: string;
      from_version: string;
      to_version: string;
    }>(
      `SELECT tenant, failed_migration, sqlstate, from_version, to_version FROM tenantry.runs WHERE status = 'failed' ORDER BY tenant`,
    );
    expect(failed.map((f) => f.tenant)).to.deep.equal(broken);
    expect(failed.every((f) => f.sqlstate === '23505' && f.from_version === V2 && f.to_version === V2)).to.equal(true);
  });

  it('rollout resume --retry-failed on a finished, failed rollout retries its failed tenants as a new rollout', async () => {
    const tenants = tenantIds(6);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 3 });
    expect((await sandbox.cli(['migrate', '--to', 'v1.0', '--wait'])).code).to.equal(0);
    const broken = ['c0002', 'c0005'];
    for (const tenant of broken) {
      for (let i = 0; i < 2; i++)
        await sandbox.platform('accounts', `INSERT INTO tenant_${tenant}.accounts (email) VALUES ('dup@example.com')`);
    }
    const failed = await sandbox.cli(['migrate', '--to', 'latest', '--wait', '--json']);
    expect(failed.code).to.equal(1);
    const failedId = (JSON.parse(failed.stdout.trim().split('\n').at(-1)!) as { rolloutId: string }).rolloutId;

    // without the flag: refused, saying what would work
    const plain = await sandbox.cli(['rollout', 'resume', failedId.slice(0, 8)]);
    expect(plain.code).to.equal(2);
    expect(plain.stderr).to.include(
      `rollout ${failedId} is failed: only a paused or halted rollout can be resumed: --retry-failed retries its failed tenants as a new rollout`,
    );

    // the operator fixes the data, then retries
    for (const tenant of broken)
      await sandbox.platform(
        'accounts',
        `DELETE FROM tenant_${tenant}.accounts WHERE ctid IN (SELECT ctid FROM tenant_${tenant}.accounts LIMIT 1)`,
      );
    const retry = await sandbox.cli(['rollout', 'resume', failedId.slice(0, 8), '--retry-failed', '--wait']);
    expect(retry.code, retry.stdout + retry.stderr).to.equal(0);
    const retryId = /retried as a new rollout, ([0-9a-f-]{36})/.exec(retry.stdout)![1]!;
    expect(retry.stdout).to.include(
      `rollout ${failedId} had finished (failed): its 2 failed tenant(s) are retried as a new rollout`,
    );
    expect(retry.stdout).to.match(/succeeded: 2 succeeded, 0 failed of 2/);
    for (const tenant of tenants) expect(await sandbox.applied('accounts', tenant)).to.have.length(5);
    // the failed rollout is kept as it happened; the new one names it
    const rollouts = await sandbox.ledger<{ id: string; status: string; retry_of: string | null }>(
      `SELECT id, status, options->>'retryOf' AS retry_of FROM tenantry.rollouts WHERE id IN ($1, $2) ORDER BY created_at`,
      [failedId, retryId],
    );
    expect(rollouts).to.deep.equal([
      { id: failedId, status: 'failed', retry_of: null },
      { id: retryId, status: 'succeeded', retry_of: failedId },
    ]);
    const oldRuns = await sandbox.ledger<{ tenant: string }>(
      `SELECT tenant FROM tenantry.runs WHERE rollout_id = $1 AND status = 'failed' ORDER BY tenant`,
      [failedId],
    );
    expect(oldRuns.map((r) => r.tenant)).to.deep.equal(broken);
    const status = await sandbox.cli(['rollout', 'status', retryId.slice(0, 8)]);
    expect(status.stdout).to.include(`retry of ${failedId}`);
    // a succeeded rollout has nothing to retry
    const again = await sandbox.cli(['rollout', 'resume', retryId, '--retry-failed']);
    expect(again.code).to.equal(2);
    expect(again.stderr).to.include('is succeeded: only a paused or halted rollout can be resumed');
  });

  it('--dry-run prints what would run and changes nothing', async () => {
    sandbox = await setUp(['acme', 'globex']);
    const result = await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run', '--json']);
    expect(result.code, result.stderr).to.equal(0);
    const plan = JSON.parse(result.stdout) as { runs: Array<{ tenant: string; migrations: string[] }> };
    expect(plan.runs.map((r) => r.migrations)).to.deep.equal([
      ['1710000000001_create-accounts', V2],
      ['1710000000001_create-accounts', V2],
    ]);
    // the stages it would use: the canary, the waves, the failure budget
    const staged = await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run', '--canary', '1', '--wave-size', '1']);
    expect(staged.code, staged.stderr).to.equal(0);
    const rows = staged.stdout
      .trim()
      .split('\n')
      .slice(1, 3)
      .map((line) => line.split(/\s{2,}/).slice(0, 3));
    expect(rows).to.deep.equal([
      ['accounts', 'acme', '1 (canary)'],
      ['accounts', 'globex', '2'],
    ]);
    expect(staged.stdout).to.include(
      'stages: wave 1 is a canary of 1 tenant(s), then 1 wave(s) of up to 1 tenant(s); halts at 5 failed tenant(s)',
    );
    const json = JSON.parse(
      (await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run', '--json', '--canary', '1'])).stdout,
    ) as { stages: unknown; runs: Array<{ wave: number }> };
    expect(json.stages).to.deep.equal({ canary: 1, waveSize: 50, maxFailures: 5 });
    expect(json.runs.map((r) => r.wave)).to.deep.equal([0, 1]);
    expect(await sandbox.ledger('SELECT * FROM tenantry.rollouts')).to.have.length(0);
    expect(await sandbox.applied('accounts', 'acme')).to.deep.equal([]);
    // `... --dry-run | head`: a reader that closed the pipe before the plan was written
    const piped = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" migrate --to v1.0 --dry-run | true`],
      {
        env: { ...process.env, TENANTRY_CONFIG: sandbox.configFile },
        encoding: 'utf8',
      },
    );
    expect(piped.stderr).to.equal('');
    expect(piped.status).to.equal(0);
  });

  it('rolls a tenant back through down migrations', async () => {
    sandbox = await setUp(['acme', 'globex']);
    sandbox.startWorker();
    expect((await sandbox.cli(['migrate', '--to', 'latest', '--wait'])).code).to.equal(0);
    const back = await sandbox.cli(['rollback', '--to', V2, '--tenant', 'acme', '--wait']);
    expect(back.code, back.stdout + back.stderr).to.equal(0);
    expect(await sandbox.applied('accounts', 'acme')).to.deep.equal(['1710000000001_create-accounts', V2]);
    expect(await sandbox.applied('accounts', 'globex')).to.have.length(5);
    const type = await sandbox.platform(
      `accounts`,
      `SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'tenant_acme' AND typname = 'account_status'`,
    );
    expect(type).to.have.length(0);
    await eventually(async () =>
      (await sandbox.cli(['status', '--tenant', 'acme'])).stdout.includes('succeeded down') ? true : undefined,
    );
  });
});
