import { hostname } from 'node:os';
import { expect } from 'chai';
import { MigrationCoordinator } from '@tenantry/queue';
import { loadConfig } from '@tenantry/core';
import { Sandbox, eventually } from '../helpers/sandbox.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const V2 = '1710000000002_add-account-name';
const OPERATOR = { user: 'ops', password: 'ops-password-1', role: 'operator' };
const VIEWER = { user: 'watcher', password: 'watcher-password-1', role: 'viewer' };

interface Entry {
  id: string;
  at: string;
  actor: string;
  source: string;
  origin: string | null;
  action: string;
  target: string | null;
  outcome: string;
  details: { args?: string[]; exitCode?: number; error?: string; status?: number };
}

describe('audit trail: every operator action from the CLI, the API and the dashboard (real processes, PostgreSQL and Redis)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let dashboard: DashboardProcess | undefined;
  const audit = async (args: string[] = []): Promise<Entry[]> => {
    const result = await sandbox.cli(['audit', '--json', ...args]);
    expect(result.code, result.stderr).to.equal(0);
    return JSON.parse(result.stdout) as Entry[];
  };

  before(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      releases: { 'v1.0': { accounts: V2 } },
      extra: { dashboard: { users: [OPERATOR, VIEWER] } },
    });
  });
  after(async () => {
    await dashboard?.stop();
    await sandbox.destroy();
  });

  it('records CLI actions with who, from where, what, on what, and how they ended; reads and dry runs are not actions', async () => {
    const bot = { TENANTRY_ACTOR: 'deploy-bot' };
    expect((await sandbox.cli(['init'], bot)).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'], bot)).code).to.equal(0);
    expect((await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run'], bot)).code).to.equal(0);
    expect((await sandbox.cli(['status'], bot)).code).to.equal(0);
    const migrate = await sandbox.cli(['migrate', '--to', 'v1.0', '--json'], bot);
    expect(migrate.code, migrate.stderr).to.equal(0);
    const rolloutId = (JSON.parse(migrate.stdout) as { rolloutId: string }).rolloutId;
    const pause = await sandbox.cli(['rollout', 'pause', rolloutId.slice(0, 8)]);
    expect(pause.code, pause.stderr).to.equal(0);
    const again = await sandbox.cli(['rollout', 'pause', rolloutId]);
    expect(again.code).to.equal(2);
    const resume = await sandbox.cli(['rollout', 'resume', rolloutId], bot);
    expect(resume.code, resume.stderr).to.equal(0);
    const abort = await sandbox.cli(['rollout', 'abort', rolloutId], bot);
    expect(abort.code, abort.stderr).to.equal(0);
    const unknown = await sandbox.cli(['tenants', 'remove', 'accounts', 'hooli'], bot);
    expect(unknown.code).to.equal(2);

    const entries = await audit();
    expect(entries.map((e) => [e.action, e.outcome, e.target])).to.deep.equal([
      ['tenants remove', 'refused', null],
      ['rollout abort', 'ok', rolloutId],
      ['rollout resume', 'ok', rolloutId],
      ['rollout pause', 'refused', rolloutId],
      ['rollout pause', 'ok', rolloutId],
      ['migrate', 'ok', rolloutId],
      ['tenants add', 'ok', null],
      ['init', 'ok', 'control schema tenantry'],
    ]);
    for (const entry of entries) {
      expect(entry.source).to.equal('cli');
      expect(entry.origin).to.equal(hostname());
      expect(entry.details.args!.join(' ')).to.not.include('--config');
    }
    // without TENANTRY_ACTOR, the OS user
    expect(entries.filter((e) => e.actor !== 'deploy-bot').map((e) => e.action)).to.deep.equal([
      'rollout pause',
      'rollout pause',
    ]);
    expect(entries[0]!.details).to.deep.include({ args: ['tenants', 'remove', 'accounts', 'hooli'], exitCode: 2 });
    expect(entries[0]!.details.error).to.match(/hooli/);
    expect(entries[3]!.details.error).to.match(/only a running rollout can be paused/);

    // filters
    expect((await audit(['--actor', 'deploy-bot'])).map((e) => e.action)).to.deep.equal([
      'tenants remove',
      'rollout abort',
      'rollout resume',
      'migrate',
      'tenants add',
      'init',
    ]);
    expect((await audit(['--action', 'rollout'])).map((e) => e.action)).to.deep.equal([
      'rollout abort',
      'rollout resume',
      'rollout pause',
      'rollout pause',
    ]);
    expect(await audit(['--action', 'rollout abort', '--limit', '1'])).to.have.length(1);
    expect(await audit(['--since', '1h'])).to.have.length(8);
    const table = await sandbox.cli(['audit']);
    expect(table.stdout.split('\n')[0]).to.match(/^AT\s+ACTOR\s+SOURCE\s+ORIGIN\s+ACTION\s+TARGET\s+OUTCOME/);

    for (const bad of [
      ['--limit', '0'],
      ['--since', 'yesterday'],
      ['--actor', ''],
    ]) {
      const result = await sandbox.cli(['audit', ...bad]);
      expect(result.code, bad.join(' ')).to.equal(2);
      expect(result.stderr.trim().split('\n')).to.have.length(1);
    }
  });

  it('records API actions under the actor the script names', async () => {
    const fleet = new MigrationCoordinator(loadConfig(sandbox.configFile, process.env), { actor: 'release-script' });
    try {
      const handle = await fleet.coordinateMultiPlatformMigration({ release: 'v1.0' });
      const refused = await fleet
        .coordinateMultiPlatformMigration({ release: 'no-such-release' })
        .catch((error: Error) => error);
      expect(refused).to.be.instanceOf(Error);
      const entries = (await audit(['--actor', 'release-script'])).map((e) => [
        e.source,
        e.action,
        e.outcome,
        e.target,
        e.origin,
      ]);
      expect(entries).to.deep.equal([
        ['api', 'migrate', 'refused', null, hostname()],
        ['api', 'migrate', 'ok', handle.rolloutId, hostname()],
      ]);
    } finally {
      await fleet.close();
    }
  });

  it('records dashboard writes with the signed-in user and their address, and shows the trail at /api/audit', async () => {
    dashboard = await startDashboardProcess(sandbox);
    const pause = await fetch(`${dashboard.url}/queues/api/queues/tenantry-runs/pause`, {
      method: 'PUT',
      headers: basic(OPERATOR.user, OPERATOR.password),
    });
    expect(pause.status).to.be.lessThan(300);
    const refused = await fetch(`${dashboard.url}/queues/api/queues/tenantry-runs/resume`, {
      method: 'PUT',
      headers: basic(VIEWER.user, VIEWER.password),
    });
    expect(refused.status).to.equal(403);
    const resume = await fetch(`${dashboard.url}/queues/api/queues/tenantry-runs/resume`, {
      method: 'PUT',
      headers: basic(OPERATOR.user, OPERATOR.password),
    });
    expect(resume.status).to.be.lessThan(300);
    // unauthenticated requests are refused before anyone is known: logged, not audited
    expect((await fetch(`${dashboard.url}/queues/api/queues/tenantry-runs/pause`, { method: 'PUT' })).status).to.equal(
      401,
    );

    const entries = await eventually(async () => {
      const found = (await audit(['--action', 'bull-board'])).map((e) => [
        e.actor,
        e.source,
        e.origin,
        e.target,
        e.outcome,
      ]);
      return found.length >= 3 ? found : undefined;
    }, 10_000);
    expect(entries).to.deep.equal([
      ['ops', 'dashboard', '127.0.0.1', 'PUT /queues/api/queues/tenantry-runs/resume', 'ok'],
      ['watcher', 'dashboard', '127.0.0.1', 'PUT /queues/api/queues/tenantry-runs/resume', 'refused'],
      ['ops', 'dashboard', '127.0.0.1', 'PUT /queues/api/queues/tenantry-runs/pause', 'ok'],
    ]);

    const api = (await (
      await fetch(`${dashboard.url}/api/audit?limit=5`, { headers: basic(VIEWER.user, VIEWER.password) })
    ).json()) as { available: boolean; entries: Entry[] };
    expect(api.available).to.equal(true);
    expect(api.entries).to.have.length(5);
    expect(api.entries[0]).to.include({ actor: 'ops', source: 'dashboard', outcome: 'ok' });
    const filtered = (await (
      await fetch(`${dashboard.url}/api/audit?actor=deploy-bot&action=rollout`, {
        headers: basic(VIEWER.user, VIEWER.password),
      })
    ).json()) as { entries: Entry[] };
    expect(filtered.entries.map((e) => e.action)).to.deep.equal(['rollout abort', 'rollout resume']);
    expect(
      (await fetch(`${dashboard.url}/api/audit?limit=0`, { headers: basic(VIEWER.user, VIEWER.password) })).status,
    ).to.equal(400);
  });
});
