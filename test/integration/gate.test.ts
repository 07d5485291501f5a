import { spawn } from 'node:child_process';
import { expect } from 'chai';
import type { GateAnswer } from '@tenantry/core';
import { CLI, Sandbox, eventually } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const V1 = '1710000000001_create-accounts';
const V2 = '1710000000002_add-account-name';
const LATEST = '1710000000005_account-status';
const TENANTS = ['acme', 'globex', 'initech'];
const PASSWORD = 'gate-test-password';

type GateJson = GateAnswer;

/** The real CLI in the background, so a test can act while it waits. */
function background(
  sandbox: Sandbox,
  args: string[],
): { stderr: () => string; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, TENANTRY_CONFIG: sandbox.configFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return {
    stderr: () => stderr,
    done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))),
  };
}

describe('deploy gate: tenantry gate and GET /api/gate (real CLI, worker, PostgreSQL and Redis)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let dashboard: DashboardProcess | undefined;

  before(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      releases: { 'v1.0': { accounts: V2 } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...TENANTS])).code).to.equal(0);
    const worker = sandbox.startWorker({ concurrency: 2 });
    const first = await sandbox.cli(['migrate', '--to', 'v1.0', '--wait']);
    expect(first.code, first.stderr).to.equal(0);
    worker.kill('SIGTERM');
    expect(await exited(worker)).to.equal(0);
  });
  after(async () => {
    await dashboard?.stop();
    await sandbox.destroy();
  });

  it('exits 0 when every tenant is at or past the version (a migration or a release), 1 naming those below', async () => {
    for (const atLeast of ['v1.0', V2, V1]) {
      const result = await sandbox.cli(['gate', '--platform', 'accounts', '--at-least', atLeast]);
      expect(result.code, result.stderr).to.equal(0);
      expect(result.stdout).to.match(/^ready: all 3 tenant\(s\) of accounts are at or past /);
    }
    const behind = await sandbox.cli(['gate', '--platform', 'accounts', '--at-least', 'latest']);
    expect(behind.code).to.equal(1);
    expect(behind.stdout.trim()).to.equal(
      `not ready: 3 of 3 tenant(s) of accounts are not at ${LATEST} yet; below it: acme (at ${V2}), globex (at ${V2}), initech (at ${V2})`,
    );
    const json = await sandbox.cli([
      'gate',
      '--platform',
      'accounts',
      '--at-least',
      'v1.0',
      '--tenant',
      'globex',
      '--json',
    ]);
    expect(json.code).to.equal(0);
    expect(JSON.parse(json.stdout) as GateJson).to.deep.equal({
      platform: 'accounts',
      atLeast: V2,
      release: 'v1.0',
      ready: true,
      tenants: 1,
      atOrPast: 1,
      behind: [],
      unknown: [],
    });
  });

  it('holds the gate for a tenant whose version is not in the migration files, and names it', async () => {
    await sandbox.platform(
      'accounts',
      `INSERT INTO tenant_initech.pgmigrations (name, run_on) VALUES ('1710000000099_renamed-away', now() + interval '1 minute')`,
    );
    try {
      const result = await sandbox.cli(['gate', '--platform', 'accounts', '--at-least', V1, '--json']);
      expect(result.code).to.equal(1);
      const answer = JSON.parse(result.stdout) as GateJson;
      expect(answer).to.include({ ready: false, tenants: 3, atOrPast: 2 });
      expect(answer.unknown).to.deep.equal([{ tenant: 'initech', version: '1710000000099_renamed-away' }]);
    } finally {
      await sandbox.platform(
        'accounts',
        `DELETE FROM tenant_initech.pgmigrations WHERE name = '1710000000099_renamed-away'`,
      );
    }
  });

  it('refuses bad input with one line and exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['gate', '--at-least', 'latest'], /--platform is required/],
      [['gate', '--platform', 'accounts'], /--at-least is required/],
      [['gate', '--platform', 'nosuch', '--at-least', 'latest'], /nosuch/],
      [['gate', '--platform', 'accounts', '--at-least', '1710000000042_nothing'], /not a release, a tenant migration/],
      [
        ['gate', '--platform', 'accounts', '--at-least', 'latest', '--tenant', 'hooli'],
        /tenant hooli is not registered on accounts/,
      ],
      [['gate', '--platform', 'accounts', '--at-least', 'latest', '--timeout', '5s'], /--timeout is for --wait/],
      [['gate', '--platform', 'accounts', '--at-least', 'latest', '--tenant', 'Bad Id'], /tenant/],
    ];
    for (const [args, message] of cases) {
      const result = await sandbox.cli(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).to.equal(2);
      expect(result.stderr.trim().split('\n'), result.stderr).to.have.length(1);
      expect(result.stderr).to.match(message);
      expect(result.stdout).to.equal('');
    }
  });

  it('with --wait, gives up at --timeout with exit 1 while no worker moves the fleet', async () => {
    const result = await sandbox.cli([
      'gate',
      '--platform',
      'accounts',
      '--at-least',
      'latest',
      '--wait',
      '--timeout',
      '3s',
    ]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/^not ready: 3 of 3 /);
    expect(result.stdout).to.match(/stopped waiting after \ds/);
    expect(result.stderr).to.match(/^waiting: 3 of 3 tenant\(s\) of accounts are not at /);
  });

  it('answers GET /api/gate with 200 when ready, 409 when not, 400 on bad parameters', async () => {
    dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD } });
    const auth = basic('admin', PASSWORD);
    const get = async (query: string) => {
      const response = await fetch(`${dashboard!.url}/api/gate?${query}`, { headers: auth });
      return { status: response.status, body: (await response.json()) as GateJson & { error?: string } };
    };
    const ready = await get('platform=accounts&atLeast=v1.0');
    expect(ready.status).to.equal(200);
    expect(ready.body).to.include({ ready: true, tenants: 3, atLeast: V2 });
    const notReady = await get(`platform=accounts&atLeast=${LATEST}&tenant=acme&tenant=globex`);
    expect(notReady.status).to.equal(409);
    expect(notReady.body).to.include({ ready: false, tenants: 2, atOrPast: 0 });
    expect(notReady.body.behind.map((b) => b.tenant)).to.deep.equal(['acme', 'globex']);
    for (const bad of [
      'platform=accounts',
      'atLeast=latest',
      'platform=nosuch&atLeast=latest',
      'platform=accounts&atLeast=nothing',
      'platform=accounts&atLeast=latest&tenant=hooli',
      'platform=accounts&atLeast=latest&what=1',
    ]) {
      const response = await get(bad);
      expect(response.status, bad).to.equal(400);
      expect(response.body.error, bad).to.be.a('string');
    }
    const anonymous = await fetch(`${dashboard.url}/api/gate?platform=accounts&atLeast=v1.0`);
    expect(anonymous.status).to.equal(401);
  });

  it('with --wait, exits 0 once a rollout brings every tenant to the version', async () => {
    const gate = background(sandbox, [
      'gate',
      '--platform',
      'accounts',
      '--at-least',
      'latest',
      '--wait',
      '--timeout',
      '120s',
    ]);
    // the gate is waiting before the rollout starts
    await eventually(async () => (gate.stderr().includes('waiting:') ? true : undefined), 20_000);
    const worker = sandbox.startWorker({ concurrency: 2 });
    try {
      const migrate = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
      expect(migrate.code, migrate.stderr).to.equal(0);
      const result = await gate.done;
      expect(result.code, result.stdout + result.stderr).to.equal(0);
      expect(result.stdout).to.match(
        /^ready: all 3 tenant\(s\) of accounts are at or past 1710000000005_account-status/,
      );
      expect(result.stderr).to.match(/^waiting: /);
    } finally {
      worker.kill('SIGTERM');
      await exited(worker);
    }
  });
});
