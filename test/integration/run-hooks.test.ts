import { expect } from 'chai';
import pg from 'pg';
import { BackupLedger, ControlDb, PoolRegistry, RolloutLedger, loadConfig, silentLogger } from '@tenantry/core';
import { SessionSlots, executeRun, tenantLockKey, type RunSpec } from '@tenantry/core/internal';
import type { RunHooks } from '@tenantry/core/testing';
import { Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

const ALL = [
  '1710000000001_create-accounts',
  '1710000000002_add-account-name',
  '1710000000003_unique-account-email',
  '1710000000004_create-sessions',
  '1710000000005_account-status',
];

describe('run hooks: the named points of the run protocol, injected per run', function () {
  this.timeout(120_000);
  let sandbox: Sandbox | undefined;
  const closing: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close().catch(() => {});
    await sandbox?.destroy();
  });

  /**
   * A sandbox with acme's run queued (no worker), and what executeRun needs to run it here: a
   * context with `connections` per pool (closed after the test), and the run's status in the ledger.
   */
  async function acmeRun(connections: number, workerId: string) {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    const box = sandbox;
    const spec = await queuedRunOfAcme(box);
    const config = loadConfig(box.configFile, {});
    const control = new ControlDb(config);
    const pools = new PoolRegistry(connections);
    closing.push(
      () => control.close(),
      () => pools.close(),
    );
    const ctx = {
      config,
      pools,
      control,
      ledger: new RolloutLedger(control),
      backups: new BackupLedger(control),
      workerId,
      logger: silentLogger,
    };
    const status = async () =>
      (await box.ledger<{ status: string }>('SELECT status FROM tenantry.runs WHERE id = $1', [spec.runId]))[0]!.status;
    return { box, spec, ctx, status };
  }

  it('each hook sees the run at its point (lock held, claimed, committed, not recorded), and the run ends as without them', async () => {
    const { box, spec, ctx, status } = await acmeRun(2, 'hooks-test');
    const other = new pg.Client({ connectionString: databaseUrl(box.platformDbs.accounts!) });
    await other.connect();
    closing.push(() => other.end());
    /** whether another session could take the tenant's lock now */
    const lockFree = async () => {
      const { rows } = await other.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS ok',
        tenantLockKey('accounts', 'acme'),
      );
      if (rows[0]!.ok) await other.query('SELECT pg_advisory_unlock($1, $2)', tenantLockKey('accounts', 'acme'));
      return rows[0]!.ok;
    };

    const seen: unknown[] = [];
    const hooks: RunHooks = {
      afterLock: async () =>
        void seen.push([
          'after-lock',
          { lockFree: await lockFree(), status: await status(), applied: await box.applied('accounts', 'acme') },
        ]),
      betweenMigrations: (index) => void seen.push(['between-migrations', index]),
      afterCommit: async () =>
        void seen.push([
          'after-commit',
          { lockFree: await lockFree(), status: await status(), applied: await box.applied('accounts', 'acme') },
        ]),
    };
    const outcome = await executeRun(spec, { ...ctx, hooks });

    expect(seen).to.deep.equal([
      ['after-lock', { lockFree: false, status: 'running', applied: [] }],
      ['between-migrations', 1],
      ['between-migrations', 2],
      ['between-migrations', 3],
      ['between-migrations', 4],
      ['after-commit', { lockFree: false, status: 'running', applied: ALL }],
    ]);
    expect(outcome.kind).to.equal('done');
    expect(outcome.kind === 'done' && [outcome.result.status, outcome.result.from, outcome.result.to]).to.deep.equal([
      'succeeded',
      '0',
      ALL.at(-1),
    ]);
    expect(await status()).to.equal('succeeded');
    expect(await lockFree()).to.equal(true);
    expect(await box.applied('accounts', 'acme')).to.deep.equal(ALL);
  });

  it('a run whose claim is refused sends nothing to its tenant (its migrations built meanwhile); a granted one is recorded after its session is back', async () => {
    const run = await acmeRun(1, 'claim-test');
    const { box, spec, status } = run;
    const sessions = new SessionSlots(1);
    const ctx = { ...run.ctx, sessions };

    // cancelled in the ledger after its job was taken: the claim is refused
    await box.ledger(`UPDATE tenantry.runs SET status = 'cancelled' WHERE id = $1`, [spec.runId]);
    const refused = await executeRun(spec, ctx);
    expect(refused.kind).to.equal('skipped');
    expect(await box.applied('accounts', 'acme')).to.deep.equal([]);
    expect(await status()).to.equal('cancelled');
    // its session slot and its lock are free again
    (await sessions.acquire({ waitMs: 1 }))();

    await box.ledger(`UPDATE tenantry.runs SET status = 'queued', finished_at = NULL WHERE id = $1`, [spec.runId]);
    const granted = await executeRun(spec, ctx);
    expect(granted.kind === 'done' && [granted.result.status, granted.result.from, granted.result.to]).to.deep.equal([
      'succeeded',
      '0',
      ALL.at(-1),
    ]);
    expect(await status()).to.equal('succeeded');
    expect(await box.applied('accounts', 'acme')).to.deep.equal(ALL);
    (await sessions.acquire({ waitMs: 1 }))();
  });
});

/** acme registered and a rollout to latest queued (no worker): its one run, as the processor would execute it. */
async function queuedRunOfAcme(box: Sandbox): Promise<RunSpec> {
  for (const args of [['init'], ['tenants', 'add', 'accounts', 'acme'], ['migrate', '--to', 'latest']]) {
    const result = await box.cli(args);
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).to.equal(0);
  }
  const [run] = await box.ledger<{ id: string; rollout_id: string; target: string }>(
    `SELECT id, rollout_id, target FROM tenantry.runs WHERE tenant = 'acme'`,
  );
  return {
    runId: run!.id,
    rolloutId: run!.rollout_id,
    platform: 'accounts',
    tenant: 'acme',
    direction: 'up',
    target: run!.target,
  };
}
