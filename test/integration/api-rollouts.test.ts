import { expect } from 'chai';
import { loadConfig } from '@tenantry/core';
import { MigrationCoordinator, SchemaManager } from '@tenantry/queue';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';

const V1 = '1710000000002_add-account-name';
const V2 = '1710000000005_account-status';

/** The error an API call is refused with. */
async function refusal(call: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('the call was not refused');
}

async function counts(sandbox: Sandbox, rolloutId: string): Promise<Record<string, number>> {
  const rows = await sandbox.ledger<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 GROUP BY status`,
    [rolloutId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Makes each tenant's run to V2 take ~0.05 s per row (the fixture's sessions migration sleeps on them). */
async function slowDown(sandbox: Sandbox, platforms: string[], tenants: string[], rows: number): Promise<void> {
  for (const platform of platforms) {
    for (const t of tenants)
      await sandbox.platform(
        platform,
        `INSERT INTO tenant_${t}.accounts (email) SELECT 'slow' || g || '@x' FROM generate_series(1, ${rows}) g`,
      );
  }
}

describe('the TypeScript API controls rollouts as the CLI does (pause, resume, abort, status, restore)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  const closers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c.close();
    await sandbox?.destroy();
  });

  async function setUp(
    platforms: string[],
    tenants: string[],
    concurrency: number,
  ): Promise<{ fleet: MigrationCoordinator; schemas: SchemaManager }> {
    sandbox = new Sandbox({
      platforms: Object.fromEntries(platforms.map((p) => [p, { migrations: 'accounts' }])),
      releases: {
        v1: Object.fromEntries(platforms.map((p) => [p, V1])),
        v2: Object.fromEntries(platforms.map((p) => [p, V2])),
      },
    });
    const config = loadConfig(sandbox.configFile, {});
    const fleet = new MigrationCoordinator(config);
    const schemas = new SchemaManager(config);
    closers.push(fleet, schemas);
    await fleet.initialize();
    for (const platform of platforms)
      expect((await sandbox.cli(['tenants', 'add', platform, ...tenants])).code).to.equal(0);
    sandbox.startWorker({ concurrency });
    const v1 = await fleet.coordinateMultiPlatformMigration({ release: 'v1', wait: true });
    expect(v1.outcome!.summary.status).to.equal('succeeded');
    return { fleet, schemas };
  }

  it('pauses a running rollout (its queued runs wait) and resumes it to the end; refuses what cannot be done', async () => {
    const tenants = tenantIds(12);
    const { fleet } = await setUp(['accounts'], tenants, 2);
    await slowDown(sandbox, ['accounts'], tenants, 4);
    const { rolloutId } = await fleet.coordinateMultiPlatformMigration({ release: 'v2' });
    await eventually(
      async () => (((await counts(sandbox, rolloutId)).succeeded ?? 0) >= 2 ? true : undefined),
      60_000,
      50,
    );

    expect(await fleet.pauseRollout(rolloutId.slice(0, 8))).to.deep.equal({ rolloutId, status: 'paused' });
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // running runs finish
    const atPause = await counts(sandbox, rolloutId);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await counts(sandbox, rolloutId), 'no run starts while paused').to.deep.equal(atPause);
    expect(atPause.succeeded).to.be.lessThan(12);
    const paused = await fleet.getRollout(rolloutId);
    expect(paused.status).to.equal('paused');
    expect(paused.failed).to.deep.equal([]);
    const again = await refusal(fleet.pauseRollout(rolloutId));
    expect(again.code).to.equal('INVALID_INPUT');
    expect(again.message).to.equal(`rollout ${rolloutId} is paused: only a running rollout can be paused`);

    const resumed = await fleet.resumeRollout(rolloutId, { wait: true });
    expect(resumed.rolloutId).to.equal(rolloutId);
    expect(resumed.runs).to.equal(12 - atPause.succeeded!);
    expect(resumed.outcome!.summary.status).to.equal('succeeded');
    expect(resumed.outcome!.summary.counts.succeeded).to.equal(12);
    for (const t of tenants) expect(await sandbox.applied('accounts', t), t).to.have.length(5);

    const finished = await refusal(fleet.resumeRollout(rolloutId));
    expect(finished.code).to.equal('INVALID_INPUT');
    expect(finished.message).to.match(/is succeeded: only a paused or halted rollout can be resumed/);
    expect((await refusal(fleet.pauseRollout('00000000-0000-4000-8000-000000000000'))).code).to.equal('NOT_FOUND');
    expect((await refusal(fleet.abortRollout('not an id'))).code).to.equal('INVALID_INPUT');
  });

  it('aborts a release mid-rollout with compensation: every tenant it moved returns, platform by platform', async () => {
    const platforms = ['billing', 'crm'];
    const tenants = tenantIds(8);
    const { fleet } = await setUp(platforms, tenants, 2);
    await slowDown(sandbox, platforms, tenants, 6);
    const { rolloutId } = await fleet.coordinateMultiPlatformMigration({ release: 'v2' });
    await eventually(
      async () => (((await counts(sandbox, rolloutId)).succeeded ?? 0) >= 3 ? true : undefined),
      60_000,
      50,
    );

    const aborted = await fleet.abortRollout(rolloutId, { compensate: true, wait: true });
    expect(aborted.rolloutId).to.equal(rolloutId);
    expect(aborted.compensations).to.be.greaterThan(0);
    expect(aborted.cancelled + aborted.stopping).to.be.greaterThan(0);
    expect(aborted.outcome!.summary.status).to.equal('cancelled');
    for (const platform of platforms) {
      for (const t of tenants) expect((await sandbox.applied(platform, t)).at(-1), `${platform}/${t}`).to.equal(V1);
    }
    expect((await fleet.checkCrossPlatformConsistency()).status).to.equal('consistent');
    expect(
      await sandbox.ledger(
        `SELECT 1 FROM tenantry.runs WHERE rollout_id = $1 AND status IN ('waiting', 'queued', 'running')`,
        [rolloutId],
      ),
    ).to.have.length(0);

    const plain = await refusal(fleet.abortRollout(rolloutId));
    expect(plain.code).to.equal('INVALID_INPUT');
    expect(plain.message).to.equal(`rollout ${rolloutId} is already cancelled`);
  });

  it("retries a failed rollout's tenants as a new rollout, and restores a tenant from a backup", async () => {
    const { fleet, schemas } = await setUp(['accounts'], ['acme', 'globex'], 2);
    // globex breaks the unique index of migration 3
    await sandbox.platform('accounts', `INSERT INTO tenant_globex.accounts (email) VALUES ('dup@x'), ('dup@x')`);
    const failed = await fleet.coordinateMultiPlatformMigration({ release: 'v2', backup: 'pg_dump', wait: true });
    expect(failed.outcome!.summary.status).to.equal('failed');
    await sandbox.platform(
      'accounts',
      `DELETE FROM tenant_globex.accounts WHERE id = (SELECT max(id) FROM tenant_globex.accounts)`,
    );

    const retried = await fleet.resumeRollout(failed.rolloutId, { retryFailed: true, wait: true });
    expect(retried.retryOf).to.equal(failed.rolloutId);
    expect(retried.rolloutId).to.not.equal(failed.rolloutId);
    expect(retried.tenants).to.deep.equal(['globex']);
    expect(retried.outcome!.summary.status).to.equal('succeeded');
    expect(await sandbox.applied('accounts', 'globex')).to.have.length(5);
    expect((await fleet.getRollout(failed.rolloutId)).status, 'the failed rollout is kept as it was').to.equal(
      'failed',
    );

    const [backup] = await sandbox.ledger<{ id: string; version: string }>(
      `SELECT id, version FROM tenantry.backups WHERE tenant = 'acme' AND platform = 'accounts' ORDER BY created_at LIMIT 1`,
    );
    expect(backup!.version).to.equal(V1);
    const restored = await schemas.restoreBackup(backup!.id.slice(0, 8), { wait: true });
    expect(restored.runs).to.equal(1);
    expect(restored.targets).to.deep.equal([{ platform: 'accounts', version: V1 }]);
    expect(restored.outcome!.summary.status).to.equal('succeeded');
    expect((await sandbox.applied('accounts', 'acme')).at(-1)).to.equal(V1);
    expect((await refusal(schemas.restoreBackup('00000000-0000-4000-8000-000000000000'))).code).to.equal('NOT_FOUND');
  });
});
