import { expect } from 'chai';
import { Sandbox, eventually } from '../helpers/sandbox.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const OPERATOR = { user: 'ops', password: 'ops-password-1', role: 'operator' };
const VIEWER = { user: 'watcher', password: 'watcher-password-1', role: 'viewer' };
const PAUSE = '/queues/api/queues/tenantry-runs/pause';
const RESUME = '/queues/api/queues/tenantry-runs/resume';

interface BoardQueues {
  queues: Array<{ name: string; readOnlyMode: boolean; allowRetries: boolean; isPaused: boolean }>;
}

async function call(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    redirect: 'manual',
  });
  return { status: response.status, body: await response.text() };
}

describe('dashboard roles and cross-site writes (real dashboard process, PostgreSQL and Redis)', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  let dashboard: DashboardProcess;
  const operator = basic(OPERATOR.user, OPERATOR.password);
  const viewer = basic(VIEWER.user, VIEWER.password);
  const paused = async () => {
    const board = JSON.parse(
      (await call(`${dashboard.url}/queues/api/queues`, { headers: operator })).body,
    ) as BoardQueues;
    return board.queues[0]!.isPaused;
  };

  before(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { dashboard: { users: [OPERATOR, VIEWER] } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    dashboard = await startDashboardProcess(sandbox);
  });
  after(async () => {
    await dashboard?.stop();
    await sandbox.destroy();
  });

  it('lets a viewer read every page and API, and says who they are', async () => {
    for (const route of [
      '/',
      '/api/status',
      '/api/rollouts',
      '/api/overview',
      '/metrics',
      '/queues',
      '/queues/api/queues',
    ]) {
      expect((await call(`${dashboard.url}${route}`, { headers: viewer })).status, route).to.equal(200);
    }
    const overview = JSON.parse((await call(`${dashboard.url}/api/overview`, { headers: viewer })).body) as Record<
      string,
      unknown
    >;
    expect(overview).to.include({ user: 'watcher', role: 'viewer', readOnly: true });
    const mine = JSON.parse((await call(`${dashboard.url}/api/overview`, { headers: operator })).body) as Record<
      string,
      unknown
    >;
    expect(mine).to.include({ user: 'ops', role: 'operator', readOnly: false });
  });

  it('shows a viewer Bull Board without its actions, an operator with them', async () => {
    const forViewer = JSON.parse(
      (await call(`${dashboard.url}/queues/api/queues`, { headers: viewer })).body,
    ) as BoardQueues;
    expect(forViewer.queues.map((q) => [q.name, q.readOnlyMode, q.allowRetries])).to.deep.equal([
      ['tenantry-runs', true, false],
    ]);
    const forOperator = JSON.parse(
      (await call(`${dashboard.url}/queues/api/queues`, { headers: operator })).body,
    ) as BoardQueues;
    expect(forOperator.queues.map((q) => [q.name, q.readOnlyMode, q.allowRetries])).to.deep.equal([
      ['tenantry-runs', false, true],
    ]);
  });

  it('refuses every write of a viewer with 403, changes nothing, and logs the refusal with the user', async () => {
    const refused = await call(`${dashboard.url}${PAUSE}`, { method: 'PUT', headers: viewer });
    expect(refused.status).to.equal(403);
    expect(JSON.parse(refused.body)).to.deep.equal({ error: 'refused: user watcher is a viewer and may only read' });
    for (const [method, route] of [
      ['POST', '/queues/api/queues/tenantry-runs/add'],
      ['DELETE', '/queues/api/queues/tenantry-runs/some-job'],
      ['PUT', '/queues/api/queues/tenantry-runs/clean/completed'],
    ] as const) {
      expect(
        (await call(`${dashboard.url}${route}`, { method, headers: viewer })).status,
        `${method} ${route}`,
      ).to.equal(403);
    }
    expect(await paused()).to.equal(false);
    const logged = await eventually(
      async () => dashboard.logs().find((l) => l.msg === 'bull board write action refused' && l.user === 'watcher'),
      5_000,
    );
    expect(logged).to.include({ method: 'PUT', path: PAUSE, status: 403 });
  });

  it("refuses an operator's write that another site's page makes (Origin or Sec-Fetch-Site), and takes the same write from the dashboard itself or a script", async () => {
    const host = new URL(dashboard.url).host;
    const forged: Array<Record<string, string>> = [
      { origin: 'http://evil.example' },
      { origin: `http://${host}.evil.example` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: `http://localhost:1` },
      { 'sec-fetch-site': 'cross-site', origin: dashboard.url },
    ];
    for (const headers of forged) {
      const response = await call(`${dashboard.url}${PAUSE}`, { method: 'PUT', headers: { ...operator, ...headers } });
      expect(response.status, JSON.stringify(headers)).to.equal(403);
      expect(response.body).to.match(/may not change anything here/);
    }
    expect(await paused()).to.equal(false);
    // the dashboard's log lines reach this process through its stdout, a moment after its answers
    const refusals = async () => dashboard.logs().filter((l) => l.msg === 'cross-site write refused');
    await eventually(async () => ((await refusals()).length >= 6 ? true : undefined), 10_000);
    const warned = await refusals();
    expect(warned.length).to.be.at.least(6);
    expect(warned[0]).to.include({ user: 'ops', method: 'PUT', path: PAUSE });

    const fromPage = await call(`${dashboard.url}${PAUSE}`, {
      method: 'PUT',
      headers: { ...operator, origin: dashboard.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(fromPage.status, fromPage.body).to.be.lessThan(300);
    expect(await paused()).to.equal(true);
    const fromScript = await call(`${dashboard.url}${RESUME}`, { method: 'PUT', headers: operator });
    expect(fromScript.status, fromScript.body).to.be.lessThan(300);
    expect(await paused()).to.equal(false);
  });

  it('refuses an unknown role in the config with one line and exit 2', async () => {
    const bad = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { dashboard: { users: [{ ...VIEWER, role: 'admin' }] } },
    });
    try {
      const result = await bad.cli(['dashboard', '--port', '0']);
      expect(result.code).to.equal(2);
      expect(result.stderr.trim().split('\n')).to.have.length(1);
      expect(result.stderr).to.match(/dashboard\.users\.0\.role/);
    } finally {
      await bad.destroy();
    }
  });
});
