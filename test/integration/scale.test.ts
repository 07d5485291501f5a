import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { loadConfig, type ConsistencyReport, type PlatformVersions } from '@tenantry/core';
import { MigrationCoordinator } from '@tenantry/queue';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';

const LATEST = '1710000000005_account-status';

describe('horizontal scale: workers come and go, connection budgets hold', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it("three workers, one stopped and one added mid-rollout, never more run connections than maxConnections; then the read commands against each tenant's own table, with a tenant changed behind Tenantry's back", async () => {
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

    // the read commands on this fleet, against each tenant's own table: by default the ledger's
    // records (checked against each history table's row count), with --live every table
    const [stale, unknown] = tenants as [string, string];
    const M4 = '1710000000004_create-sessions';
    // the first is moved back by hand, behind Tenantry's back (the ledger still says latest); the
    // ledger forgets the second's version
    await sandbox.platform(
      'accounts',
      `ALTER TABLE tenant_${stale}.accounts DROP COLUMN status; DROP TYPE tenant_${stale}.account_status;
       DELETE FROM tenant_${stale}.pgmigrations WHERE name = '${LATEST}'`,
    );
    await sandbox.ledger(`UPDATE tenantry.tenants SET known_version = NULL WHERE tenant = $1`, [unknown]);
    // PostgreSQL's statistics count the deleted row once its session reports it (within seconds)
    await eventually(async () => {
      const [row] = await sandbox.platform<{ n: number }>(
        'accounts',
        `SELECT pg_stat_get_live_tuples('tenant_${stale}.pgmigrations'::regclass)::int AS n`,
      );
      return row!.n === 4 ? true : undefined;
    });
    const truth = new Map<string, string>();
    for (const t of tenants) truth.set(t, (await sandbox.applied('accounts', t)).at(-1) ?? '0');
    expect(truth.get(stale)).to.equal(M4);
    type Status = { tenant: string; version: string; source: string; reason?: string; ledgerVersion?: string | null };
    const statusOf = async (args: string[]) => {
      const result = await sandbox.cli(['status', '--json', ...args]);
      expect(result.code, result.stderr).to.equal(0);
      return JSON.parse(result.stdout) as Status[];
    };
    const byDefault = await statusOf([]);
    expect(Object.fromEntries(byDefault.map((s) => [s.tenant, s.version]))).to.deep.equal(Object.fromEntries(truth));
    const shown = new Map(byDefault.map((s) => [s.tenant, s] as const));
    // the stale one is read live, with the ledger's record beside it; the unknown one too
    expect(shown.get(stale)).to.include({
      source: 'live',
      reason: 'count-differs',
      ledgerVersion: LATEST,
      version: M4,
    });
    expect(shown.get(unknown)).to.include({ source: 'live', reason: 'unknown', ledgerVersion: null, version: LATEST });
    // every other: the ledger's record, or (statistics not caught up yet) read live and the same
    for (const s of byDefault.filter((x) => x.tenant !== stale && x.tenant !== unknown)) {
      if (s.source !== 'ledger')
        expect(s, s.tenant).to.include({ source: 'live', reason: 'count-differs', ledgerVersion: LATEST });
    }
    expect(byDefault.filter((s) => s.source === 'ledger').length).to.be.greaterThan(0);
    const text = await sandbox.cli(['status']);
    expect(text.stdout).to.match(new RegExp(`${stale} +${M4} +4/5 +live \\(ledger: ${LATEST}\\)`));
    expect(text.stdout).to.match(/versions from the ledger \(the record of each tenant's last run\), checked/);
    expect(text.stdout).to.include(`the ledger's version differs from the tenant's own table for 1 tenant(s)`);
    expect(text.stdout).to.include(`  accounts/${stale}: ledger ${LATEST}, table ${M4}`);
    // a dry run starts each tenant from the version status shows: going back to M4, the stale
    // one (already at M4 in its table) has nothing to do; --recheck reads every table
    type DryRun = {
      read?: { staleCount: number };
      runs: Array<{ tenant: string; from: string; migrations: string[] }>;
    };
    const dryRunOf = async (args: string[]) => {
      const result = await sandbox.cli(['rollback', '--to', M4, '--dry-run', '--json', ...args]);
      expect(result.code, result.stderr).to.equal(0);
      return JSON.parse(result.stdout) as DryRun;
    };
    const [plain, rechecked] = [await dryRunOf([]), await dryRunOf(['--recheck'])];
    for (const dry of [plain, rechecked]) {
      expect(dry.runs.length).to.equal(40);
      for (const run of dry.runs)
        expect({ from: run.from, migrations: run.migrations }, run.tenant).to.deep.equal(
          run.tenant === stale ? { from: M4, migrations: [] } : { from: LATEST, migrations: [LATEST] },
        );
    }
    expect(plain.read).to.deep.include({ staleCount: 1 });
    expect(rechecked.read).to.equal(undefined);
    const dryText = await sandbox.cli(['rollback', '--to', M4, '--dry-run']);
    expect(dryText.stdout).to.match(/versions from the ledger .*`--recheck` reads every tenant's own table/);
    // a deploy to latest checks the records as status does: it plans the stale one (and the unknown
    // one, as ever) and leaves out the 38 others, whether or not their statistics have caught up
    const deploy = await sandbox.cli(['migrate', '--to', 'latest', '--dry-run', '--json']);
    expect(deploy.code, deploy.stderr).to.equal(0);
    const planned = JSON.parse(deploy.stdout) as DryRun & { skippedAtTarget: number };
    expect(planned.skippedAtTarget).to.equal(38);
    const byTenant = [...planned.runs].sort((a, b) => a.tenant.localeCompare(b.tenant));
    expect(byTenant.map((r) => [r.tenant, r.from, r.migrations])).to.deep.equal([
      [stale, M4, [LATEST]],
      [unknown, LATEST, []],
    ]);
    const live = await statusOf(['--live']);
    expect(Object.fromEntries(live.map((s) => [s.tenant, s.version]))).to.deep.equal(Object.fromEntries(truth));
    expect(live.every((s) => s.source === 'live' && s.reason === 'asked')).to.equal(true);

    // versions and consistency: the same counts both ways, the stale tenant named; the API agrees with the CLI
    const versionsOf = async (args: string[]) => {
      const result = await sandbox.cli(['versions', '--json', ...args]);
      expect(result.code, result.stderr).to.equal(0);
      return JSON.parse(result.stdout) as PlatformVersions[];
    };
    const counts = [
      { version: M4, releases: [], tenants: 1 },
      { version: LATEST, releases: [], tenants: 39 },
    ];
    const versions = await versionsOf([]);
    expect(versions[0]!.versions).to.deep.equal(counts);
    expect(versions[0]!.read).to.deep.include({ mode: 'ledger', staleCount: 1 });
    expect(versions[0]!.read.stale).to.deep.equal([
      { platform: 'accounts', tenant: stale, ledgerVersion: LATEST, version: M4 },
    ]);
    const liveVersions = await versionsOf(['--live']);
    expect(liveVersions[0]!.versions).to.deep.equal(counts);
    expect(liveVersions[0]!.read).to.deep.include({ mode: 'live', live: 40, staleCount: 0 });
    const consistency = await sandbox.cli(['consistency', '--json']);
    expect(consistency.code, consistency.stderr).to.equal(0);
    expect((JSON.parse(consistency.stdout) as ConsistencyReport).read).to.deep.include({
      mode: 'ledger',
      staleCount: 1,
    });
    const api = new MigrationCoordinator(loadConfig(sandbox.configFile, {}));
    try {
      const fromApi = await api.getAllPlatformVersions();
      expect(fromApi.map((p) => p.versions)).to.deep.equal(versions.map((p) => p.versions));
      expect(fromApi[0]!.read.stale).to.deep.equal(versions[0]!.read.stale);
      expect((await api.getAllPlatformVersions({}, { live: true }))[0]!.read).to.deep.include({
        mode: 'live',
        live: 40,
      });
      expect((await api.checkCrossPlatformConsistency()).read).to.deep.include({ staleCount: 1 });
    } finally {
      await api.close();
    }
  });
});
