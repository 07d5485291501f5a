import { expect } from 'chai';
import { InvalidInput, loadConfig } from '@tenantry/core';
import { MigrationCoordinator, TenantCoordinator } from '@tenantry/queue';
import { Sandbox, ok } from '../helpers/sandbox.js';
import { exited, type RunningProcess } from '../helpers/processes.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const V1 = '1710000000001_create-accounts';
const V2 = '1710000000002_add-account-name';
const PASSWORD = 'labels-test-password';

interface Listed {
  platform: string;
  tenant: string;
  labels: Record<string, string>;
  pinnedVersion: string | null;
  heldAt: string | null;
}

/** One line on stderr, exit 2, no stack trace. */
function refusedInOneLine(result: { code: number | null; stderr: string }, message: RegExp): void {
  expect(result.code, result.stderr).to.equal(2);
  expect(result.stderr.trim().split('\n'), result.stderr).to.have.length(1);
  expect(result.stderr).to.match(message);
  expect(result.stderr).to.not.match(/\n\s+at /);
}

describe('labels, selectors, pins and holds (real CLI, worker, dashboard, PostgreSQL and Redis)', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let worker: RunningProcess | undefined;
  let dashboard: DashboardProcess | undefined;
  const list = async (...args: string[]) =>
    JSON.parse(await ok(sandbox, ['tenants', 'list', '--json', ...args])) as Listed[];
  const names = (rows: ReadonlyArray<{ tenant: string }>) => [...new Set(rows.map((r) => r.tenant))].sort();

  before(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' }, crm: { migrations: 'accounts' } },
      releases: { v1: { accounts: V1, crm: V1 }, v2: { accounts: V2, crm: V2 } },
    });
    await ok(sandbox, ['init']);
  });
  after(async () => {
    await dashboard?.stop();
    if (worker) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await sandbox.destroy();
  });

  it('sets labels at registration and changes them later, on one platform or all', async () => {
    await ok(sandbox, [
      'tenants',
      'add',
      '--all-platforms',
      'acme',
      '--label',
      'tier=enterprise',
      '--label',
      'region=eu',
    ]);
    await ok(sandbox, ['tenants', 'add', '--all-platforms', 'globex', '--label', 'region=us']);
    await ok(sandbox, ['tenants', 'add', '--all-platforms', 'initech', '--label', 'internal', '--label', 'region=eu']);
    await ok(sandbox, ['tenants', 'add', '--all-platforms', 'hooli', 'umbrella']);
    await ok(sandbox, ['tenants', 'label', '--all-platforms', 'umbrella', '--set', 'region=uk']);
    await ok(sandbox, [
      'tenants',
      'label',
      'accounts',
      'globex',
      'hooli',
      '--set',
      'tier=enterprise',
      '--unset',
      'region',
    ]);

    const accounts = (await list('--platform', 'accounts')).map((t) => [t.tenant, t.labels]);
    expect(accounts).to.deep.equal([
      ['acme', { tier: 'enterprise', region: 'eu' }],
      ['globex', { tier: 'enterprise' }],
      ['hooli', { tier: 'enterprise' }],
      ['initech', { internal: '', region: 'eu' }],
      ['umbrella', { region: 'uk' }],
    ]);
    // the label change on accounts left crm alone
    expect((await list('--platform', 'crm')).find((t) => t.tenant === 'globex')!.labels).to.deep.equal({
      region: 'us',
    });
    const table = await ok(sandbox, ['tenants', 'list', '--platform', 'accounts']);
    expect(table).to.match(/initech\s+internal,region=eu\s/);

    // labels on crm follow accounts again, for the rest of the test
    await ok(sandbox, ['tenants', 'label', 'crm', 'globex', 'hooli', '--set', 'tier=enterprise', '--unset', 'region']);
  });

  it('selects by labels in every command, and refuses a bad selector with exit 2 in one line, changing nothing', async () => {
    expect(names(await list('--where', 'tier=enterprise'))).to.deep.equal(['acme', 'globex', 'hooli']);
    expect(names(await list('--where', 'region in (eu,uk)', '--exclude', 'internal'))).to.deep.equal([
      'acme',
      'umbrella',
    ]);
    expect(names(await list('--where', '!region'))).to.deep.equal(['globex', 'hooli']);
    expect(names(await list('--where', 'region notin (eu)'))).to.deep.equal(['globex', 'hooli', 'umbrella']);

    const status = JSON.parse(
      await ok(sandbox, ['status', '--json', '--platform', 'accounts', '--where', 'region=eu']),
    ) as Listed[];
    expect(names(status)).to.deep.equal(['acme', 'initech']);
    const versions = JSON.parse(await ok(sandbox, ['versions', '--json', '--where', 'internal'])) as Array<{
      platform: string;
      tenants: number;
    }>;
    expect(versions.map((v) => v.tenants)).to.deep.equal([1, 1]);

    const bad: Array<[string[], RegExp]> = [
      [
        ['migrate', '--to', 'v1', '--where', 'tier='],
        /bad --where "tier=": expected a label value, found the end at position 6/,
      ],
      [
        ['migrate', '--to', 'v1', '--exclude', 'region in eu'],
        /bad --exclude "region in eu": expected "\(" after in, found "eu" at position 11/,
      ],
      [['migrate', '--to', 'v1', '--canary-where', 'a b'], /bad --canary-where "a b": .* at position 3/],
      [['rollback', '--to', '0', '--where', 'x;y'], /unexpected character ";" at position 2/],
      [
        ['status', '--where', 'tier=enterprise region=eu'],
        /expected "," between requirements, found "region" at position 17/,
      ],
      [
        ['gate', '--platform', 'accounts', '--at-least', 'v1', '--where', '=x'],
        /expected a label key, found "=" at position 1/,
      ],
      [['verify', '--where', 'tier,'], /expected a label key, found the end at position 6/],
      [['versions', '--where', ''], /bad --where: it is empty/],
      [['consistency', '--exclude', '(eu)'], /expected a label key, found "\(" at position 1/],
      [['tenants', 'list', '--where', 'tier=-x'], /"-x" is not a label value at position 6/],
      [['tenants', 'add', 'accounts', 'newco', '--label', 'tier=a b'], /label value "a b" of tier is not valid/],
    ];
    for (const [args, message] of bad) refusedInOneLine(await sandbox.cli(args), message);
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.deep.equal([]);
    expect(await sandbox.ledger(`SELECT tenant FROM tenantry.tenants WHERE tenant = 'newco'`)).to.deep.equal([]);
  });

  it('leaves pinned and held tenants where they are, says so in the dry run, the plan and the summary, and takes the canary on purpose', async () => {
    await ok(sandbox, ['tenants', 'pin', '--all-platforms', 'acme', '--at', 'v1']);
    await ok(sandbox, ['tenants', 'hold', '--all-platforms', 'hooli']);
    const pins = await list('--platform', 'accounts');
    expect(pins.find((t) => t.tenant === 'acme')!.pinnedVersion).to.equal(V1);
    expect(pins.find((t) => t.tenant === 'hooli')!.heldAt).to.be.a('string');
    refusedInOneLine(
      await sandbox.cli(['tenants', 'pin', 'accounts', 'nobody', '--at', 'v1']),
      /tenant nobody on accounts is not registered; nothing was changed/,
    );

    const dry = await ok(sandbox, ['migrate', '--to', 'v2', '--dry-run']);
    expect(dry).to.include('skipped 1 pinned tenant, 1 held (--include-pinned, --include-held move them too)');
    expect(dry).to.include(`accounts/acme pinned at ${V1}`);
    expect(dry).to.not.match(/^accounts\s+acme\s/m);

    worker = sandbox.startWorker({ concurrency: 2 });
    const rollout = await sandbox.cli(['migrate', '--to', 'v2', '--canary-where', 'internal', '--wait']);
    expect(rollout.code, rollout.stdout + rollout.stderr).to.equal(0);
    expect(rollout.stdout).to.include('skipped 1 pinned tenant, 1 held (--include-pinned');
    expect(rollout.stdout).to.include('skipped 1 pinned tenant, 1 held: left where they are');
    // the rollout keeps how it chose its tenants
    const [recorded] = await sandbox.ledger<{ selection: unknown }>(
      `SELECT options->'selection' AS selection FROM tenantry.rollouts`,
    );
    expect(recorded!.selection).to.deep.equal({ canaryWhere: 'internal', skipped: { pinned: 1, held: 1 } });
    const runs = await sandbox.ledger<{ tenant: string; wave: number }>(
      `SELECT DISTINCT tenant, wave FROM tenantry.runs WHERE scope = 'tenant' ORDER BY tenant`,
    );
    expect(runs).to.deep.equal([
      { tenant: 'globex', wave: 1 },
      { tenant: 'initech', wave: 0 },
      { tenant: 'umbrella', wave: 1 },
    ]);
    for (const platform of ['accounts', 'crm']) {
      expect((await sandbox.applied(platform, 'acme')).at(-1), `${platform}/acme`).to.equal(undefined);
      expect((await sandbox.applied(platform, 'hooli')).at(-1), `${platform}/hooli`).to.equal(undefined);
      expect((await sandbox.applied(platform, 'globex')).at(-1), `${platform}/globex`).to.equal(V2);
    }

    // a rollout to the pin's own version moves the pinned tenant there; the held one stays
    const toPin = await sandbox.cli([
      'migrate',
      '--to',
      'v1',
      '--where',
      'tier=enterprise',
      '--tenant',
      'acme',
      '--tenant',
      'hooli',
      '--wait',
    ]);
    expect(toPin.code, toPin.stdout + toPin.stderr).to.equal(0);
    expect(toPin.stdout).to.include('skipped 1 held tenant');
    expect((await sandbox.applied('accounts', 'acme')).at(-1)).to.equal(V1);
    expect((await sandbox.applied('accounts', 'hooli')).at(-1)).to.equal(undefined);

    // nothing left to move: bad input naming why, and what overrides it
    refusedInOneLine(
      await sandbox.cli(['migrate', '--to', 'v2', '--tenant', 'acme']),
      /nothing to do: skipped 1 pinned tenant \(--include-pinned, --include-held move them anyway\)/,
    );
  });

  it('reports pinned tenants apart in consistency and shows pins and holds in status', async () => {
    // acme split between platforms on purpose: pinned, not inconsistent
    const moved = await sandbox.cli([
      'migrate',
      '--to',
      V2,
      '--platform',
      'crm',
      '--tenant',
      'acme',
      '--include-pinned',
      '--wait',
    ]);
    expect(moved.code, moved.stdout + moved.stderr).to.equal(0);
    const consistency = await sandbox.cli(['consistency', '--json']);
    const report = JSON.parse(consistency.stdout) as {
      status: string;
      inconsistencies: unknown[];
      pinned: Array<{ tenant: string; platforms: Record<string, { version: string; pinnedVersion: string | null }> }>;
    };
    expect(consistency.code, consistency.stdout).to.equal(0);
    expect(report.status).to.equal('consistent');
    expect(report.pinned).to.deep.equal([
      {
        tenant: 'acme',
        platforms: { accounts: { version: V1, pinnedVersion: V1 }, crm: { version: V2, pinnedVersion: V1 } },
      },
    ]);
    expect((await sandbox.cli(['consistency'])).stdout).to.match(
      /pinned: 1 tenant\(s\)[^\n]*\n {2}acme: accounts@.* \(pinned at /,
    );

    const status = await ok(sandbox, ['status', '--platform', 'accounts']);
    // VERSION, APPLIED, READ FROM (`ledger`, `live` or `live (why)`), then PIN/HOLD
    expect(status).to.match(
      /acme\s+\S+\s+\S+\s+(?:ledger|live(?: \([^)]*\))?)\s+pinned at 1710000000001_create-accounts/,
    );
    expect(status).to.match(/hooli\s+0\s+0\/5\s+(?:ledger|live(?: \([^)]*\))?)\s+held/);

    // the gate takes a selector too
    expect(
      (await sandbox.cli(['gate', '--platform', 'accounts', '--at-least', 'v2', '--where', 'region=eu'])).code,
    ).to.equal(1);
    const gate = await sandbox.cli([
      'gate',
      '--platform',
      'accounts',
      '--at-least',
      'v2',
      '--where',
      'region=eu',
      '--exclude',
      'tier=enterprise',
    ]);
    expect(gate.code, gate.stdout).to.equal(0);
    expect(gate.stdout).to.match(/^ready: all 1 tenant\(s\) of accounts/);

    await ok(sandbox, ['tenants', 'unpin', '--all-platforms', 'acme']);
    await ok(sandbox, ['tenants', 'release', '--all-platforms', 'hooli']);
    const after = await list('--platform', 'accounts');
    expect(after.every((t) => t.pinnedVersion === null && t.heldAt === null)).to.equal(true);
  });

  it('does the same through the TypeScript API: labels, pins, holds, selectors, skipped tenants in the handle', async () => {
    const config = loadConfig(sandbox.configFile, {});
    const fleet = new MigrationCoordinator(config);
    const tenants = new TenantCoordinator(config);
    try {
      expect(await tenants.labelTenants(['hooli'], { set: ['region=apac'] })).to.deep.equal([
        { platform: 'accounts', tenants: ['hooli'] },
        { platform: 'crm', tenants: ['hooli'] },
      ]);
      expect(await tenants.pinTenants(['umbrella'], 'v2', { platforms: ['accounts'] })).to.deep.equal([
        { platform: 'accounts', tenants: ['umbrella'], version: V2 },
      ]);
      await tenants.holdTenants(['hooli'], true);
      const refused = await tenants.pinTenants(['nobody'], 'v1').catch((error: unknown) => error);
      expect(refused).to.be.instanceOf(InvalidInput);
      expect((refused as Error).message).to.equal(
        'tenant nobody on any platform is not registered; nothing was changed',
      );

      expect((await fleet.getAllPlatformVersions({ where: 'region=apac' })).map((v) => v.tenants)).to.deep.equal([
        1, 1,
      ]);
      const bad = await fleet.checkCrossPlatformConsistency({ where: 'region in (' }).catch((error: unknown) => error);
      expect(bad).to.be.instanceOf(InvalidInput);
      expect((bad as Error).message).to.equal(
        'bad --where "region in (": expected a label value, found the end at position 12',
      );

      // hooli held: left on both platforms; umbrella pinned at the target itself: moved
      const handle = await fleet.coordinateMultiPlatformMigration({
        release: 'v2',
        where: 'region in (eu,uk,apac)',
        exclude: 'internal',
        wait: true,
      });
      expect(handle.skipped.map((s) => `${s.platform}/${s.tenant} ${s.reason}`).sort()).to.deep.equal([
        'accounts/hooli held',
        'crm/hooli held',
      ]);
      // four platform runs selected; those the ledger shows at v2 already queue no job
      expect(handle.runs + handle.skippedAtTarget).to.equal(4);
      expect(handle.outcome!.summary.status).to.equal('succeeded');
      expect((await sandbox.applied('accounts', 'acme')).at(-1)).to.equal(V2);
      expect((await sandbox.applied('accounts', 'hooli')).at(-1)).to.equal(undefined);
    } finally {
      await tenants.holdTenants(['hooli'], false);
      await tenants.pinTenants(['umbrella'], null);
      await fleet.close();
      await tenants.close();
    }
  });

  it('filters GET /api/status by a selector in the ledger, with labels, pins and holds; a bad selector is a 400 naming it', async () => {
    await ok(sandbox, ['tenants', 'pin', 'crm', 'umbrella', '--at', 'v2']);
    await ok(sandbox, ['tenants', 'hold', 'accounts', 'globex']);
    dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD } });
    const auth = basic('admin', PASSWORD);
    const get = async (query: string) => {
      const response = await fetch(`${dashboard!.url}/api/status?${query}`, { headers: auth });
      return {
        status: response.status,
        body: (await response.json()) as {
          error?: string;
          tenants: Array<{
            tenant: string;
            labels: Record<string, string>;
            pins: Record<string, string>;
            held: string[];
            versions: Record<string, unknown>;
          }>;
        },
      };
    };
    const eu = await get(new URLSearchParams({ where: 'region in (eu,uk)', exclude: 'internal' }).toString());
    expect(eu.status).to.equal(200);
    expect(eu.body.tenants.map((t) => t.tenant)).to.deep.equal(['acme', 'umbrella']);
    const umbrella = eu.body.tenants.find((t) => t.tenant === 'umbrella')!;
    expect(umbrella.labels).to.deep.equal({ region: 'uk' });
    expect(umbrella.pins).to.deep.equal({ crm: V2 });
    expect(Object.keys(umbrella.versions).sort()).to.deep.equal(['accounts', 'crm']);

    const enterprise = await get(`where=${encodeURIComponent('tier=enterprise')}&platform=accounts`);
    expect(enterprise.body.tenants.map((t) => [t.tenant, t.held])).to.deep.equal([
      ['acme', []],
      ['globex', ['accounts']],
      ['hooli', []],
    ]);

    const bad = await get(`where=${encodeURIComponent('region in eu')}`);
    expect(bad.status).to.equal(400);
    expect(bad.body.error).to.match(/^bad --where "region in eu": expected "\(" after in, found "eu" at position 11$/);
  });
});
