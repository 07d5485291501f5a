import { createServer, type Server } from 'node:net';
import { expect } from 'chai';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const V2 = '1710000000002_add-account-name';
const LATEST = '1710000000005_account-status';
const PASSWORD = 'correct horse battery staple';
const OPS = { user: 'ops', password: 'ops-password-1' };

async function fleet(tenants: string[], extra: Record<string, unknown> = {}): Promise<Sandbox> {
  const sandbox = new Sandbox({
    platforms: { accounts: { migrations: 'accounts' } },
    releases: { 'v1.0': { accounts: V2 } },
    extra,
  });
  const init = await sandbox.cli(['init']);
  expect(init.code, init.stderr).to.equal(0);
  const add = await sandbox.cli(['tenants', 'add', 'accounts', ...tenants]);
  expect(add.code, add.stderr).to.equal(0);
  return sandbox;
}

/** 12 tenants through v1.0 then latest with one real worker; c0003, c0007, c0011 fail on duplicate e-mails. */
async function rolledOut(sandbox: Sandbox, tenants: string[]): Promise<{ failedRollout: string }> {
  const worker = sandbox.startWorker({ concurrency: 4 });
  const first = await sandbox.cli(['migrate', '--to', 'v1.0', '--wait']);
  expect(first.code, first.stdout + first.stderr).to.equal(0);
  for (const tenant of ['c0003', 'c0007', 'c0011']) {
    for (let i = 0; i < 2; i++)
      await sandbox.platform('accounts', `INSERT INTO tenant_${tenant}.accounts (email) VALUES ('dup@example.com')`);
  }
  const second = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
  expect(second.code).to.equal(1);
  expect(second.stdout).to.match(new RegExp(`${tenants.length - 3} succeeded, 3 failed of ${tenants.length}`));
  worker.kill('SIGTERM');
  await exited(worker);
  const rows = await sandbox.ledger<{ id: string }>(`SELECT id FROM tenantry.rollouts WHERE status = 'failed'`);
  return { failedRollout: rows[0]!.id };
}

async function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { method, headers, redirect: 'manual' });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

/** Prometheus text → samples keyed by `name{label="v",...}` (labels sorted). */
function parseMetrics(text: string): { samples: Map<string, number>; types: Map<string, string> } {
  const samples = new Map<string, number>();
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    expect(match, `not a Prometheus sample line: ${line}`).to.not.equal(null);
    const labels = [...(match![2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)]
      .map((m) => `${m[1]}="${m[2]}"`)
      .sort();
    samples.set(`${match![1]}{${labels.join(',')}}`, Number(match![3]));
  }
  return { samples, types };
}

describe('dashboard (real CLI process, PostgreSQL, Redis and a worker)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox | undefined;
  let dashboard: DashboardProcess | undefined;
  afterEach(async () => {
    await dashboard?.stop();
    dashboard = undefined;
    await sandbox?.destroy();
    sandbox = undefined;
  });

  describe('starting', () => {
    it('refuses a non-loopback host without credentials: one line, exit 2', async () => {
      sandbox = await fleet(['acme']);
      const result = await sandbox.cli(['dashboard', '--host', '0.0.0.0', '--port', '0'], {
        TENANTRY_DASHBOARD_PASSWORD: '',
      });
      expect(result.code).to.equal(2);
      expect(result.stderr.trim().split('\n')).to.have.length(1);
      expect(result.stderr).to.match(
        /^tenantry: refusing to serve the dashboard on 0\.0\.0\.0 without credentials: set TENANTRY_DASHBOARD_PASSWORD or dashboard\.users/,
      );
    });

    it('rejects a bad port or host, and a port in use, with one line and exit 2', async () => {
      sandbox = await fleet(['acme']);
      for (const args of [
        ['--port', 'http'],
        ['--port', '70000'],
        ['--port', '-1'],
        ['--host', 'a b;rm -rf /'],
      ]) {
        const result = await sandbox.cli(['dashboard', ...args]);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).to.equal(2);
        expect(result.stderr.trim().split('\n'), result.stderr).to.have.length(1);
      }
      const blocker: Server = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      try {
        const port = (blocker.address() as { port: number }).port;
        const result = await sandbox.cli(['dashboard', '--port', String(port)]);
        expect(result.code).to.equal(2);
        expect(result.stderr.trim()).to.equal(`tenantry: cannot listen on 127.0.0.1:${port}: the port is in use`);
      } finally {
        blocker.close();
      }
    });

    it('starts on a non-loopback address when a password is set, and stops cleanly on SIGTERM', async () => {
      sandbox = await fleet(['acme']);
      dashboard = await startDashboardProcess(sandbox, {
        args: ['--host', '0.0.0.0'],
        env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD },
      });
      expect(dashboard.url).to.match(/^http:\/\/0\.0\.0\.0:\d+$/);
      const local = dashboard.url.replace('0.0.0.0', '127.0.0.1');
      expect((await get(`${local}/healthz`)).status).to.equal(200);
      expect((await get(`${local}/api/status`)).status).to.equal(401);
      expect(await dashboard.stop()).to.equal(0);
      expect(dashboard.output()).to.include('dashboard stopped');
    });
  });

  describe('routes and credentials', () => {
    // this block shares one sandbox, after one real rollout, and one dashboard
    const keep: { sandbox?: Sandbox; dashboard?: DashboardProcess } = {};
    let failedRollout: string;
    before(async function () {
      this.timeout(180_000);
      const tenants = tenantIds(12);
      keep.sandbox = await fleet(tenants, { dashboard: { users: [OPS] } });
      ({ failedRollout } = await rolledOut(keep.sandbox, tenants));
      keep.dashboard = await startDashboardProcess(keep.sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD } });
    });
    after(async () => {
      await keep.dashboard?.stop();
      await keep.sandbox?.destroy();
    });

    const routes = () => [
      '/',
      '/assets/fleet.js',
      '/assets/fleet.css',
      '/api/status',
      '/api/status?platform=accounts&tenant=c0003',
      '/api/rollouts',
      '/api/rollouts?status=failed&limit=5',
      `/api/rollouts/${failedRollout}`,
      '/api/runs?status=failed',
      `/api/runs?rollout=${failedRollout}&platform=accounts&tenant=c0001&limit=3`,
      '/api/overview',
      '/api/backups',
      '/metrics',
      '/queues',
      '/queues/api/queues',
    ];

    it('answers every route but /healthz with 401 and a Basic challenge without credentials or with wrong ones', async () => {
      const { url } = keep.dashboard!;
      const wrong = [
        basic('admin', 'wrong password'),
        basic('ops', PASSWORD),
        basic('nobody', OPS.password),
        { authorization: 'Bearer abc' },
        { authorization: 'Basic %%%' },
      ];
      for (const route of routes()) {
        const none = await get(`${url}${route}`);
        expect(none.status, route).to.equal(401);
        expect(none.headers.get('www-authenticate'), route).to.match(/^Basic realm="tenantry"/);
        expect(none.body).to.not.include('tenantry_runs_total');
        for (const headers of wrong)
          expect((await get(`${url}${route}`, headers)).status, `${route} ${JSON.stringify(headers)}`).to.equal(401);
      }
      // writes to Bull Board are refused the same way
      expect((await get(`${url}/queues/api/queues/tenantry-runs/pause`, {}, 'PUT')).status).to.equal(401);
      const health = await get(`${url}/healthz`);
      expect(health.status).to.equal(200);
      expect(JSON.parse(health.body)).to.deep.equal({ status: 'ok' });
    });

    it('answers every route with the admin password and with a configured user', async () => {
      const { url } = keep.dashboard!;
      for (const headers of [basic('admin', PASSWORD), basic(OPS.user, OPS.password)]) {
        for (const route of routes()) {
          const response = await get(`${url}${route}`, headers);
          expect(response.status, `${route}: ${response.body.slice(0, 200)}`).to.equal(200);
        }
      }
      const page = await get(`${url}/`, basic('admin', PASSWORD));
      expect(page.headers.get('content-type')).to.match(/^text\/html/);
      expect(page.headers.get('content-security-policy')).to.include("script-src 'self'");
      expect(page.body).to.include('<script src="/assets/fleet.js" defer></script>');
      const board = await get(`${url}/queues`, basic('admin', PASSWORD));
      expect(board.body).to.include('Tenantry');
    });

    it('serves the fleet, rollouts and failed runs as JSON that matches the ledger and the tenants', async () => {
      const { url } = keep.dashboard!;
      const auth = basic('admin', PASSWORD);
      const status = JSON.parse((await get(`${url}/api/status`, auth)).body) as {
        platforms: Array<{ id: string; migrations: string[]; tenants: number; reachable: boolean }>;
        tenants: Array<{
          tenant: string;
          versions: Record<
            string,
            { version: string; applied: number; latest: boolean; lastRun: { status: string } | null }
          >;
        }>;
      };
      expect(status.platforms).to.have.length(1);
      expect(status.platforms[0]).to.include({ id: 'accounts', tenants: 12, reachable: true });
      expect(status.platforms[0]!.migrations).to.have.length(5);
      expect(status.tenants).to.have.length(12);
      for (const { tenant, versions } of status.tenants) {
        const applied = await keep.sandbox!.applied('accounts', tenant);
        expect(versions.accounts!.version, tenant).to.equal(applied.at(-1));
        expect(versions.accounts!.applied).to.equal(applied.length);
        expect(versions.accounts!.lastRun!.status).to.equal(
          ['c0003', 'c0007', 'c0011'].includes(tenant) ? 'failed' : 'succeeded',
        );
      }
      expect(status.tenants.filter((t) => t.versions.accounts!.version === LATEST)).to.have.length(9);

      const one = JSON.parse((await get(`${url}/api/status?tenant=c0003`, auth)).body) as typeof status;
      expect(one.tenants.map((t) => t.tenant)).to.deep.equal(['c0003']);

      // a page at a time, by tenant id, with the totals of the whole selection
      type Page = typeof status & { total: number; next: string | null; platforms: Array<{ versions: unknown[] }> };
      const page = async (query: string) => JSON.parse((await get(`${url}/api/status?${query}`, auth)).body) as Page;
      const first = await page('limit=5');
      expect(first.tenants.map((t) => t.tenant)).to.deep.equal(['c0001', 'c0002', 'c0003', 'c0004', 'c0005']);
      expect([first.total, first.next]).to.deep.equal([12, 'c0005']);
      const rest = await page('limit=10&after=c0005');
      expect(rest.tenants.map((t) => t.tenant)).to.deep.equal(tenantIds(12).slice(5));
      expect(rest.next).to.equal(null);
      expect(first.platforms[0]!.versions).to.deep.equal([
        { version: LATEST, applied: 5, latest: true, tenants: 9 },
        { version: V2, applied: 2, latest: false, tenants: 3 },
      ]);
      const behind = await page('behind=true');
      expect(behind.tenants.map((t) => t.tenant)).to.deep.equal(['c0003', 'c0007', 'c0011']);
      expect((await page('search=c001')).tenants.map((t) => t.tenant)).to.deep.equal(['c0010', 'c0011', 'c0012']);

      const rollouts = JSON.parse((await get(`${url}/api/rollouts`, auth)).body) as {
        rollouts: Array<{
          id: string;
          status: string;
          total: number;
          done: number;
          counts: Record<string, number>;
          throughputPerSecond: number | null;
          etaSeconds: number | null;
        }>;
      };
      expect(rollouts.rollouts.map((r) => r.status)).to.deep.equal(['failed', 'succeeded']);
      expect(rollouts.rollouts[0]).to.deep.include({ id: failedRollout, total: 12, done: 12, etaSeconds: null });
      expect(rollouts.rollouts[0]!.counts).to.deep.equal({
        waiting: 0,
        queued: 0,
        running: 0,
        succeeded: 9,
        failed: 3,
        cancelled: 0,
      });
      expect(rollouts.rollouts[0]!.throughputPerSecond).to.be.greaterThan(0);

      const detail = JSON.parse((await get(`${url}/api/rollouts/${failedRollout}`, auth)).body) as {
        platforms: Array<{ platform: string; total: number }>;
        failed: Array<{
          id: string;
          tenant: string;
          sqlstate: string;
          failedMigration: string;
          error: string;
          jobUrl: string;
        }>;
      };
      expect(detail.platforms).to.deep.equal([
        {
          platform: 'accounts',
          total: 12,
          counts: { waiting: 0, queued: 0, running: 0, succeeded: 9, failed: 3, cancelled: 0 },
        },
      ]);
      expect(detail.failed.map((f) => f.tenant).sort()).to.deep.equal(['c0003', 'c0007', 'c0011']);
      for (const run of detail.failed) {
        expect(run.sqlstate).to.equal('23505');
        expect(run.failedMigration).to.equal('1710000000003_unique-account-email');
        expect(run.error).to.match(/MIGRATION_FAILED/);
        expect(run.jobUrl).to.equal(`/queues/queue/tenantry-runs/run-${run.id}`);
        // the link opens Bull Board, and the job is there
        expect((await get(`${url}${run.jobUrl}`, auth)).status).to.equal(200);
        const job = await get(`${url}/queues/api/queues/tenantry-runs/run-${run.id}`, auth);
        expect(job.status, job.body).to.equal(200);
        expect(JSON.parse(job.body).job.data.tenant).to.equal(run.tenant);
      }

      const failed = JSON.parse((await get(`${url}/api/runs?status=failed`, auth)).body) as {
        runs: Array<{ tenant: string; status: string }>;
      };
      expect(failed.runs.map((r) => r.tenant).sort()).to.deep.equal(['c0003', 'c0007', 'c0011']);
      expect(failed.runs.every((r) => r.status === 'failed')).to.equal(true);

      const overview = JSON.parse((await get(`${url}/api/overview`, auth)).body) as {
        queue: { up: boolean; queues: Array<{ queue: string; counts: Record<string, number> }> };
      };
      expect(overview.queue.up).to.equal(true);
      expect(overview.queue.queues[0]!.queue).to.equal('tenantry-runs');
      expect(overview.queue.queues[0]!.counts.failed).to.equal(3);
    });

    it('rejects bad parameters with 400 and one line of JSON, never a stack; an unknown rollout is a 404', async () => {
      const { url } = keep.dashboard!;
      const auth = basic('admin', PASSWORD);
      const bad = [
        '/api/rollouts/not-a-uuid',
        "/api/rollouts/1'%20OR%201=1--",
        `/api/rollouts/${'a'.repeat(300)}`,
        '/api/rollouts?status=exploded',
        '/api/rollouts?limit=0',
        '/api/rollouts?limit=abc',
        '/api/rollouts?limit=100000',
        '/api/rollouts?limit=1&limit=2',
        '/api/runs?status=exploded',
        '/api/runs?rollout=xyz',
        '/api/runs?tenant=Robert%27);DROP%20TABLE%20runs;--',
        '/api/runs?platform=ACCOUNTS',
        '/api/runs?platform=nope',
        '/api/runs?status=failed&debug=1',
        '/api/status?platform=nope',
        '/api/status?tenant=%00',
        '/api/status?foo=bar',
        '/api/status?limit=0',
        '/api/status?limit=2001',
        '/api/status?after=%00',
        '/api/status?search=a-b',
        '/api/status?behind=yes',
        '/api/status?groupBy=tier',
        '/api/overview?x=1',
        '/api/backups?limit=-5',
      ];
      for (const route of bad) {
        const response = await get(`${url}${route}`, auth);
        expect(response.status, `${route}: ${response.body}`).to.equal(400);
        expect(response.headers.get('content-type'), route).to.match(/^application\/json/);
        const body = JSON.parse(response.body) as { error: string };
        expect(Object.keys(body)).to.deep.equal(['error']);
        expect(body.error, route)
          .to.be.a('string')
          .and.not.match(/\n|\bat \S+:\d+|node_modules|ZodError/);
      }
      const missing = await get(`${url}/api/rollouts/00000000-0000-4000-8000-000000000000`, auth);
      expect(missing.status).to.equal(404);
      expect(JSON.parse(missing.body)).to.deep.equal({ error: 'no rollout 00000000-0000-4000-8000-000000000000' });
      const nowhere = await get(`${url}/api/nothing`, auth);
      expect(nowhere.status).to.equal(404);
      // the ledger is untouched
      expect(await keep.sandbox!.ledger('SELECT 1 FROM tenantry.runs')).to.have.length(24);
    });

    it('logs every Bull Board write with the user who made it', async () => {
      const { url } = keep.dashboard!;
      const pause = await get(`${url}/queues/api/queues/tenantry-runs/pause`, basic(OPS.user, OPS.password), 'PUT');
      expect(pause.status, pause.body).to.be.lessThan(300);
      const resume = await get(`${url}/queues/api/queues/tenantry-runs/resume`, basic('admin', PASSWORD), 'PUT');
      expect(resume.status, resume.body).to.be.lessThan(300);
      const writes = await eventually(async () => {
        const found = keep.dashboard!.logs().filter((l) => l.msg === 'bull board write action');
        return found.length >= 2 ? found : undefined;
      }, 5_000);
      expect(writes.map((w) => [w.user, w.method, w.path])).to.deep.equal([
        ['ops', 'PUT', '/queues/api/queues/tenantry-runs/pause'],
        ['admin', 'PUT', '/queues/api/queues/tenantry-runs/resume'],
      ]);
      // reads are not logged as writes; the unauthenticated PUT of the 401 test was logged as refused, with no user
      await get(`${url}/queues/api/queues`, basic('admin', PASSWORD));
      expect(keep.dashboard!.logs().filter((l) => l.msg === 'bull board write action')).to.have.length(2);
      const refused = keep.dashboard!.logs().filter((l) => l.msg === 'bull board write action refused');
      expect(refused.map((r) => [r.user, r.status])).to.deep.equal([[null, 401]]);
    });

    it('exports tenantry_ metrics that match the ledger, the queue and the tenants after a real rollout', async () => {
      const { url } = keep.dashboard!;
      const response = await get(`${url}/metrics`, basic('admin', PASSWORD));
      expect(response.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
      const { samples, types } = parseMetrics(response.body);
      expect([...types.keys()].every((name) => name.startsWith('tenantry_'))).to.equal(true);
      expect(types.get('tenantry_runs_total')).to.equal('counter');
      expect(types.get('tenantry_run_duration_seconds')).to.equal('histogram');
      expect(types.get('tenantry_lock_waits_total')).to.equal('counter');
      expect(types.get('tenantry_lock_retries_total')).to.equal('counter');
      expect(types.get('tenantry_tenants')).to.equal('gauge');
      expect(types.get('tenantry_queue_jobs')).to.equal('gauge');
      expect(types.has('tenantry_reconciler_repairs_total'), 'no reconciler exists: no made-up series').to.equal(false);

      const ledger = keep.sandbox!.ledger.bind(keep.sandbox);
      const outcomes = await ledger<{ outcome: string; n: number }>(
        `SELECT CASE WHEN status = 'succeeded' AND noop THEN 'noop' ELSE status END AS outcome, count(*)::int AS n FROM tenantry.runs GROUP BY 1`,
      );
      expect(outcomes.length).to.be.greaterThan(0);
      for (const { outcome, n } of outcomes)
        expect(samples.get(`tenantry_runs_total{outcome="${outcome}",platform="accounts"}`), outcome).to.equal(n);
      expect(samples.get('tenantry_runs_total{outcome="failed",platform="accounts"}')).to.equal(3);
      expect(samples.get('tenantry_runs_total{outcome="succeeded",platform="accounts"}')).to.equal(21);

      const [timing] = await ledger<{ n: number; sum: number; under: number }>(
        `SELECT count(*)::int AS n, sum(extract(epoch FROM finished_at - started_at))::float8 AS sum,
                count(*) FILTER (WHERE extract(epoch FROM finished_at - started_at) <= 0.5)::int AS under
         FROM tenantry.runs WHERE status IN ('succeeded', 'failed')`,
      );
      expect(samples.get('tenantry_run_duration_seconds_count{platform="accounts"}')).to.equal(timing!.n);
      expect(samples.get('tenantry_run_duration_seconds_sum{platform="accounts"}')).to.be.closeTo(timing!.sum, 1e-6);
      expect(samples.get('tenantry_run_duration_seconds_bucket{le="+Inf",platform="accounts"}')).to.equal(timing!.n);
      expect(samples.get('tenantry_run_duration_seconds_bucket{le="0.5",platform="accounts"}')).to.equal(timing!.under);
      const buckets = [...samples.entries()]
        .filter(([k]) => k.startsWith('tenantry_run_duration_seconds_bucket{'))
        .map(([, v]) => v);
      expect(buckets.length).to.equal(14);
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]!).to.be.at.least(buckets[i - 1]!);

      const [deferrals] = await ledger<{ n: number }>('SELECT sum(deferrals)::int AS n FROM tenantry.runs');
      expect(samples.get('tenantry_lock_waits_total{platform="accounts"}')).to.equal(deferrals!.n);
      const [lockTimeouts] = await ledger<{ n: number }>('SELECT sum(lock_timeouts)::int AS n FROM tenantry.runs');
      expect(samples.get('tenantry_lock_retries_total{platform="accounts"}')).to.equal(lockTimeouts!.n);
      expect(samples.get(`tenantry_tenants{platform="accounts",version="${LATEST}"}`)).to.equal(9);
      expect(samples.get(`tenantry_tenants{platform="accounts",version="${V2}"}`)).to.equal(3);
      expect(samples.get('tenantry_platform_reachable{platform="accounts"}')).to.equal(1);
      expect(samples.get('tenantry_rollouts{status="failed"}')).to.equal(1);
      expect(samples.get('tenantry_rollouts{status="succeeded"}')).to.equal(1);
      expect(samples.get('tenantry_rollouts{status="running"}')).to.equal(0);
      expect(samples.get('tenantry_queue_up{}')).to.equal(1);
      expect(samples.get('tenantry_queue_jobs{queue="tenantry-runs",state="failed"}')).to.equal(3);
      expect(samples.get('tenantry_queue_jobs{queue="tenantry-runs",state="completed"}')).to.equal(21);
      expect(samples.get('tenantry_queue_jobs{queue="tenantry-runs",state="waiting"}')).to.equal(0);
      expect(samples.get('tenantry_workers_alive{}')).to.equal(0); // the worker was stopped
    });
  });

  describe('backups and read-only mode', () => {
    it('shows backup series and the backups section only when the ledger has a backups table', async () => {
      sandbox = await fleet(['acme', 'globex']);
      // this test owns the shape of the table it reads: whatever `tenantry init` made, replace it
      await sandbox.ledger('DROP TABLE IF EXISTS tenantry.backups CASCADE');
      dashboard = await startDashboardProcess(sandbox);
      const before = await get(`${dashboard.url}/metrics`);
      expect(before.body).to.not.include('tenantry_backup');
      expect(JSON.parse((await get(`${dashboard.url}/api/backups`)).body)).to.deep.equal({
        available: false,
        backups: [],
      });

      await sandbox.ledger(`CREATE TABLE tenantry.backups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), platform text NOT NULL, tenant text NOT NULL, version text NOT NULL,
        strategy text NOT NULL, bytes bigint NOT NULL, started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz)`);
      await sandbox.ledger(`INSERT INTO tenantry.backups (platform, tenant, version, strategy, bytes, started_at, finished_at, deleted_at) VALUES
        ('accounts', 'acme', '0', 'pg_dump', 1000, now() - interval '3 s', now(), NULL),
        ('accounts', 'globex', '0', 'pg_dump', 2500, now() - interval '0.3 s', now(), NULL),
        ('accounts', 'acme', '0', 'pg_dump', 400, now() - interval '20 s', now() - interval '19 s', now())`);
      const { samples } = parseMetrics((await get(`${dashboard.url}/metrics`)).body);
      expect(samples.get('tenantry_backups_total{platform="accounts"}')).to.equal(3);
      expect(samples.get('tenantry_backup_bytes_total{platform="accounts"}')).to.equal(3900);
      expect(samples.get('tenantry_backups_kept{platform="accounts"}')).to.equal(2);
      expect(samples.get('tenantry_backup_kept_bytes{platform="accounts"}')).to.equal(3500);
      expect(samples.get('tenantry_backup_duration_seconds_count{platform="accounts"}')).to.equal(3);
      expect(samples.get('tenantry_backup_duration_seconds_bucket{le="0.5",platform="accounts"}')).to.equal(1);
      expect(samples.get('tenantry_backup_duration_seconds_bucket{le="1",platform="accounts"}')).to.equal(2);
      expect(samples.get('tenantry_backup_duration_seconds_sum{platform="accounts"}')).to.be.closeTo(4.3, 0.01);
      const listed = JSON.parse((await get(`${dashboard.url}/api/backups`)).body) as {
        available: boolean;
        backups: Array<{ tenant: string; bytes: number; durationSeconds: number }>;
      };
      expect(listed.available).to.equal(true);
      expect(listed.backups.map((b) => [b.tenant, b.bytes])).to.have.deep.members([
        ['acme', 1000],
        ['globex', 2500],
      ]);
    });

    it('marks a failed run that a later run brought to target as resolved, and shows how long each real backup took', async () => {
      sandbox = await fleet(['acme', 'globex']);
      const worker = sandbox.startWorker({ concurrency: 2 });
      expect((await sandbox.cli(['migrate', '--to', 'v1.0', '--wait'])).code).to.equal(0);
      for (let i = 0; i < 2; i++)
        await sandbox.platform('accounts', `INSERT INTO tenant_globex.accounts (email) VALUES ('dup@example.com')`);
      expect((await sandbox.cli(['migrate', '--to', 'latest', '--wait'])).code).to.equal(1);
      dashboard = await startDashboardProcess(sandbox);
      type Runs = { runs: Array<{ tenant: string; resolvedBy: string | null }> };
      const before = JSON.parse((await get(`${dashboard.url}/api/runs?status=failed`)).body) as Runs;
      expect(before.runs.map((r) => [r.tenant, r.resolvedBy])).to.deep.equal([['globex', null]]);
      // the operator fixes the data and migrates again, backed up this time
      await sandbox.platform('accounts', `DELETE FROM tenant_globex.accounts WHERE email = 'dup@example.com'`);
      const again = await sandbox.cli(['migrate', '--to', 'latest', '--backup', 'pg_dump', '--wait']);
      expect(again.code, again.stdout + again.stderr).to.equal(0);
      const later = await sandbox.ledger<{ id: string }>(
        `SELECT id FROM tenantry.runs WHERE tenant = 'globex' AND status = 'succeeded' ORDER BY queued_at DESC LIMIT 1`,
      );
      const after = JSON.parse((await get(`${dashboard.url}/api/runs?status=failed`)).body) as Runs;
      expect(after.runs.map((r) => [r.tenant, r.resolvedBy])).to.deep.equal([['globex', later[0]!.id]]);
      const backups = JSON.parse((await get(`${dashboard.url}/api/backups`)).body) as {
        backups: Array<{ tenant: string; durationSeconds: number | null }>;
      };
      expect(backups.backups.map((b) => b.tenant)).to.include('globex');
      for (const b of backups.backups) expect(b.durationSeconds, b.tenant).to.be.a('number').and.greaterThan(0);
      worker.kill('SIGTERM');
      await exited(worker);
    });

    it('with dashboard.readOnly, Bull Board refuses writes, and the refusal is logged with the user', async () => {
      sandbox = await fleet(['acme'], { dashboard: { readOnly: true, users: [OPS] } });
      dashboard = await startDashboardProcess(sandbox);
      const auth = basic(OPS.user, OPS.password);
      const queues = JSON.parse((await get(`${dashboard.url}/queues/api/queues`, auth)).body) as {
        queues: Array<{ name: string; readOnlyMode: boolean }>;
      };
      expect(queues.queues.map((q) => [q.name, q.readOnlyMode])).to.deep.equal([['tenantry-runs', true]]);
      const pause = await get(`${dashboard.url}/queues/api/queues/tenantry-runs/pause`, auth, 'PUT');
      expect(pause.status).to.equal(405);
      const refused = await eventually(
        async () => dashboard!.logs().find((l) => l.msg === 'bull board write action refused'),
        5_000,
      );
      expect(refused).to.include({ user: 'ops', method: 'PUT', status: 405, readOnly: true });
      const overview = JSON.parse((await get(`${dashboard.url}/api/overview`, auth)).body) as { readOnly: boolean };
      expect(overview.readOnly).to.equal(true);
    });
  });
});
