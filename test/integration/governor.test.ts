import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PrivatePostgres, startOrSkip } from '../chaos/private-servers.js';
import { eventually, ok, Sandbox, tenantIds } from '../helpers/sandbox.js';
import { startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';

const MAX_BUDGET = 3;
/** the second server's own activeSessions threshold: the first has none (the global default, off) */
const ACTIVE_SESSIONS = 2;

interface BudgetRow {
  server: string;
  address: string;
  budget: number;
  signals: Record<string, number>;
  strained: Array<{ signal: string; value: number; threshold: number }>;
}

/**
 * The per-server governor against real servers: two private clusters, one platform on each, the
 * first with a streaming standby whose replay is paused to raise its lag, the second with a
 * threshold of its own (activeSessions). One set of clusters and one fleet serve every test of the
 * file (they share the governor's state, in order).
 */
describe('governor: per-server budgets cut by server health', function () {
  let primary: PrivatePostgres;
  let standby: PrivatePostgres;
  let other: PrivatePostgres;
  let sandbox: Sandbox;
  let dashboard: DashboardProcess | undefined;
  let migrations: string | undefined;
  const tenants = tenantIds(6);

  before(async function () {
    [primary, other] = await Promise.all([
      startOrSkip(this, () => PrivatePostgres.start()),
      startOrSkip(this, () => PrivatePostgres.start()),
    ]);
    standby = await primary.startStandby();
    // each tenant's run sleeps 0.3 s, so runs overlap and a budget of one makes others wait
    migrations = mkdtempSync(path.join(tmpdir(), 'tenantry-governor-'));
    writeFileSync(
      path.join(migrations, '1720000000001_create-things.js'),
      "export const up = (pgm) => { pgm.createTable('things', { id: 'id' }); pgm.sql('SELECT pg_sleep(0.3)'); };\n" +
        "export const down = (pgm) => { pgm.dropTable('things'); };\n",
    );
    sandbox = new Sandbox({
      platforms: {
        alpha: { migrations, server: primary },
        beta: { migrations, server: other },
      },
      extra: {
        governor: {
          maxBudget: MAX_BUDGET,
          sampleIntervalMs: 200,
          lockWaiters: 1,
          oldestTransactionSeconds: 1,
          replicationLagBytes: 256 * 1024,
        },
      },
    });
    // beta's one server, written out to carry settings of its own
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as {
      platforms: Record<string, { databaseUrl: string; servers?: unknown }>;
    };
    const beta = config.platforms.beta!;
    beta.servers = { default: { databaseUrl: beta.databaseUrl, governor: { activeSessions: ACTIVE_SESSIONS } } };
    // a third platform, no tenants, whose entry names beta's server again (another database on
    // it) with laxer values: one physical server, so the stricter value of each setting holds
    config.platforms.gamma = {
      ...beta,
      databaseUrl: other.url,
      servers: {
        default: { databaseUrl: other.url, governor: { activeSessions: 10 * ACTIVE_SESSIONS, lockWaiters: 50 } },
      },
    };
    sandbox.writeConfig(config);
    await ok(sandbox, ['init']);
    // two workers, four places each: more places than a budget, so the budget is what holds runs back
    sandbox.startWorker({ concurrency: 4 });
    sandbox.startWorker({ concurrency: 4 });
    for (const platform of ['alpha', 'beta']) await ok(sandbox, ['tenants', 'add', platform, ...tenants]);
    await primary.query('CREATE TABLE churn (n int, filler text)');
  });

  after(async () => {
    await dashboard?.stop();
    await sandbox?.destroy();
    await Promise.all([standby?.destroy(), primary?.destroy(), other?.destroy()]);
    if (migrations) rmSync(migrations, { recursive: true, force: true });
  });

  const budgets = async () => {
    const rows = await sandbox.ledger<BudgetRow>(
      'SELECT server, address, budget, signals, strained FROM tenantry.server_budgets',
    );
    const on = (server: PrivatePostgres) => rows.find((r) => r.address === `127.0.0.1:${server.port}`);
    return { a: on(primary), b: on(other) };
  };

  it('cuts the budget of a server whose standby lags, leaves the other server alone, and defers runs over budget', async () => {
    // both servers sampled and at full budget before anything is raised
    await eventually(async () => {
      const { a, b } = await budgets();
      return a?.budget === MAX_BUDGET && b?.budget === MAX_BUDGET ? true : undefined;
    }, 20_000);
    await standby.query('SELECT pg_wal_replay_pause()');
    const writer = new pg.Client({ connectionString: primary.url });
    await writer.connect();
    try {
      await writer.query(`INSERT INTO churn SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g`);
      const cut = await eventually(async () => {
        const { a } = await budgets();
        return a?.budget === 1 && a.strained.some((s) => s.signal === 'replicationLagBytes') ? a : undefined;
      }, 15_000);
      const { b } = await budgets();
      expect(b?.budget, 'the healthy server keeps its budget').to.equal(MAX_BUDGET);
      expect(b?.strained).to.deep.equal([]);

      // a rollout on both servers: every run finishes, none fails; alpha's runs wait for its one slot
      const out = await ok(sandbox, ['migrate', '--to', 'latest', '--wait', '--json']);
      const [rollout] = await sandbox.ledger<{ id: string }>(
        'SELECT id FROM tenantry.rollouts ORDER BY created_at DESC LIMIT 1',
      );
      const runs = await sandbox.ledger<{ status: string; n: number }>(
        'SELECT status, count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 GROUP BY 1',
        [rollout!.id],
      );
      expect(runs, out).to.deep.equal([{ status: 'succeeded', n: 2 * tenants.length }]);
      const deferred = await sandbox.ledger<{ reason: string; server: string; count: string; detail: string }>(
        'SELECT reason, server, count, detail FROM tenantry.run_deferrals WHERE rollout_id = $1',
        [rollout!.id],
      );
      const onA = deferred.find((d) => d.reason === 'server_budget' && d.server === cut.server);
      expect(onA, JSON.stringify(deferred)).to.not.equal(undefined);
      expect(onA!.detail).to.include(`127.0.0.1:${primary.port}`).and.include('replication lag');

      // rollout status says it (the API's getRollout is the same read: RolloutService.get)
      const text = await ok(sandbox, ['rollout', 'status', rollout!.id]);
      expect(text).to.match(/deferred: .*\d+ server at its budget \(127\.0\.0\.1:\d+\)/);
      expect(text).to.include(`server 127.0.0.1:${primary.port}`).and.include('strained: replication lag');
      expect(text).to.match(new RegExp(`server 127\\.0\\.0\\.1:${other.port} \\(.*\\): budget ${MAX_BUDGET}, healthy`));
    } finally {
      await writer.end();
    }
  });

  it('raises the budget back, step by step, once the standby catches up', async () => {
    await standby.query('SELECT pg_wal_replay_resume()');
    await eventually(async () => {
      const { a } = await budgets();
      return a?.budget === MAX_BUDGET && a.strained.length === 0 ? true : undefined;
    }, 20_000);
  });

  it('never has more runs in flight on a server than its budget, across workers', async () => {
    // the runs of the rollout above on the healthy server: claimed (after the permit) to finished
    // (before it is given back), at most MAX_BUDGET at any moment though two workers had 8 places
    const rows = await sandbox.ledger<{ at: Date; delta: number }>(
      `SELECT at, delta FROM (SELECT started_at AS at, 1 AS delta FROM tenantry.runs WHERE platform = 'beta'
        UNION ALL SELECT finished_at, -1 FROM tenantry.runs WHERE platform = 'beta') e ORDER BY at, delta`,
    );
    let inFlight = 0;
    let most = 0;
    for (const row of rows) most = Math.max(most, (inFlight += row.delta));
    expect(most).to.be.within(1, MAX_BUDGET);
  });

  it('cuts only the server where lock waiters queue or a transaction stays open', async () => {
    const holder = new pg.Client({ connectionString: other.url });
    const waiters = [new pg.Client({ connectionString: other.url }), new pg.Client({ connectionString: other.url })];
    await Promise.all([holder, ...waiters].map((c) => c.connect()));
    try {
      await holder.query('CREATE TABLE hot (id int)');
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE hot IN ACCESS EXCLUSIVE MODE');
      const waiting = waiters.map((c) => c.query('SELECT * FROM hot').catch(() => undefined));
      const b = await eventually(async () => {
        const { b } = await budgets();
        const signals = new Set(b?.strained.map((s) => s.signal));
        return b?.budget === 1 && signals.has('lockWaiters') && signals.has('oldestTransactionSeconds') ? b : undefined;
      }, 15_000);
      expect(b.budget).to.equal(1);
      const { a } = await budgets();
      expect(a?.budget, 'the other server is not slowed').to.equal(MAX_BUDGET);
      await holder.query('COMMIT');
      await Promise.all(waiting);
    } finally {
      await Promise.all([holder, ...waiters].map((c) => c.end()));
    }
    await eventually(async () => ((await budgets()).b?.budget === MAX_BUDGET ? true : undefined), 20_000);
  });

  it("cuts only the server whose application sessions crowd it, by that server's own threshold (the stricter of the entries naming it), and raises it back", async () => {
    const sleepers = [other, other, other, other, primary, primary, primary, primary].map(
      (server) => new pg.Client({ connectionString: server.url, application_name: 'app sleeper' }),
    );
    await Promise.all(sleepers.map((c) => c.connect()));
    try {
      // four queries running at once on each server: over beta's threshold of 2; alpha has none
      const sleeping = sleepers.map((c) => c.query('SELECT pg_sleep(600)').catch(() => undefined));
      const b = await eventually(async () => {
        const { b } = await budgets();
        return b?.budget === 1 && b.strained.some((s) => s.signal === 'activeSessions') ? b : undefined;
      }, 15_000);
      expect(b.strained).to.deep.include({ signal: 'activeSessions', value: 4, threshold: ACTIVE_SESSIONS });
      const { a } = await eventually(async () => {
        const both = await budgets();
        return (both.a?.signals.activeSessions ?? 0) >= 4 ? both : undefined;
      }, 15_000);
      expect(a?.budget, 'a server without the threshold is not slowed').to.equal(MAX_BUDGET);
      expect(a?.strained).to.deep.equal([]);
      // the sampler counts the application's sessions, not its own nor the workers'
      expect(b.signals.activeSessions).to.equal(4);
      for (const server of [other, primary])
        await server.query(
          "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'app sleeper'",
        );
      await Promise.all(sleeping);
    } finally {
      await Promise.all(sleepers.map((c) => c.end()));
    }
    await eventually(async () => {
      const { b } = await budgets();
      return b?.budget === MAX_BUDGET && b.strained.length === 0 ? true : undefined;
    }, 20_000);
  });

  it('shows budgets, signals and deferrals on /api/servers and /metrics', async () => {
    dashboard = await startDashboardProcess(sandbox);
    const servers = (await (await fetch(`${dashboard.url}/api/servers`)).json()) as {
      servers: Array<BudgetRow & { signals: Record<string, number> }>;
      deferrals: Array<{ reason: string; count: number }>;
    };
    expect(servers.servers).to.have.length(2);
    for (const s of servers.servers)
      expect(s.signals).to.have.keys(
        'lockWaiters',
        'oldestTransactionSeconds',
        'replicationLagSeconds',
        'replicationLagBytes',
        'connectionsUsedRatio',
        'activeSessions',
      );
    expect(servers.deferrals.some((d) => d.reason === 'server_budget' && d.count > 0)).to.equal(true);
    const metrics = await (await fetch(`${dashboard.url}/metrics`)).text();
    expect(metrics).to.match(
      new RegExp(`tenantry_server_budget\\{server="[^"]+",address="127\\.0\\.0\\.1:${primary.port}"\\} ${MAX_BUDGET}`),
    );
    expect(metrics).to.match(/tenantry_server_signal\{[^}]*signal="replicationLagBytes"\} \d/);
    expect(metrics).to.match(/tenantry_server_strained\{[^}]*signal="activeSessions"\} 0/);
    expect(metrics).to.match(/tenantry_runs_deferred_total\{reason="server_budget",server="[^"]+"\} [1-9]/);
  });
});
