import { expect } from 'chai';
import pg from 'pg';
import { PrivatePostgres, startOrSkip } from '../chaos/private-servers.js';
import { finished } from '../chaos/harness.js';
import { Sandbox, eventually, ok, rolloutIdIn, tenantIds } from '../helpers/sandbox.js';
import type { RunningProcess } from '../helpers/processes.js';

const V2 = '1710000000002_add-account-name';
const LATEST = '1710000000005_account-status';
const TENANTS = 16;
/** max_connections 9 with 3 reserved for superusers: 6 for ordinary roles, which Tenantry keeps to even as a superuser */
const SERVER = { max_connections: 9, superuser_reserved_connections: 3 };
const SERVER_LIMIT = SERVER.max_connections - SERVER.superuser_reserved_connections;

/** Polls pg_stat_activity from outside (as a superuser: a reserved slot) until stopped; the peaks it saw. */
function watchSessions(url: string): { stop: () => Promise<{ all: number; runs: number }> } {
  const peaks = { all: 0, runs: 0 };
  let watching = true;
  const client = new pg.Client({ connectionString: url, application_name: 'test watcher' });
  client.on('error', () => {});
  const loop = (async () => {
    await client.connect();
    while (watching) {
      const { rows } = await client.query<{ all: number; runs: number }>(
        // the governor's sampler (a session per server, outside the runs' cap) is not counted: see the README
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE application_name LIKE 'tenantry run %')::int AS runs
         FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
           AND application_name <> 'tenantry governor'`,
      );
      peaks.all = Math.max(peaks.all, rows[0]!.all);
      peaks.runs = Math.max(peaks.runs, rows[0]!.runs);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return {
    async stop() {
      watching = false;
      await loop;
      await client.end();
      return peaks;
    },
  };
}

describe('database per tenant: the connections of a worker', function () {
  this.timeout(120_000);
  let server: PrivatePostgres | undefined;
  let sandbox: Sandbox | undefined;
  let worker: RunningProcess | undefined;

  after(async () => {
    worker?.kill('SIGKILL');
    await sandbox?.destroy();
    await server?.destroy();
  });

  /** One rollout to `target` by a worker of this config, alone on the server once `migrate` has exited. */
  async function rollout(target: string, workerConfig: Record<string, unknown>, concurrency: number) {
    const box = sandbox!;
    const config = JSON.parse((await import('node:fs')).readFileSync(box.configFile, 'utf8')) as {
      worker: Record<string, unknown>;
    };
    box.writeConfig({ ...config, worker: { ...config.worker, ...workerConfig } });
    const id = rolloutIdIn(await ok(box, ['migrate', '--to', target, '--canary', '0', '--wave-size', '100%']));
    const watcher = watchSessions(server!.url);
    worker = box.startWorker({ concurrency });
    const status = await finished(box, id, 60_000);
    const peaks = await watcher.stop();
    const runs = await box.ledger<{ status: string; count: number }>(
      `SELECT status, count(*)::int AS count FROM tenantry.runs WHERE rollout_id = $1 GROUP BY status`,
      [id],
    );
    // runs waited for a connection, none failed for want of one (not even an attempt retried)
    expect(worker.output()).to.not.include('run attempt failed');
    return { status, peaks, runs };
  }

  it('holds at most its cap on a server, keeps to the server limit below it (runs wait, none fail), and closes what it no longer uses', async function () {
    server = await startOrSkip(this, () => PrivatePostgres.start({ settings: SERVER }));
    const prefix = 'dbpt_';
    sandbox = new Sandbox({
      platforms: {
        accounts: {
          migrations: 'accounts',
          tenantSchema: 'app',
          extra: { tenantDatabaseUrl: server.databaseUrl(`${prefix}{tenant}`) },
        },
      },
      servers: { platforms: server },
    });
    const tenants = tenantIds(TENANTS);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(sandbox.platformDbs.accounts!)}`);
      for (const t of tenants) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(prefix + t)}`);
    } finally {
      await admin.end();
    }
    await ok(sandbox, ['init']);
    // registering them all at once: the CLI too keeps to its cap on the server
    await ok(sandbox, ['tenants', 'add', '--at', '0', 'accounts', ...tenants]);

    // 10 runs at once, a cap of 20: the server's 6 bound the worker
    const first = await rollout(V2, { connectionsPerServer: 20, idleConnectionMs: 500 }, 10);
    expect(first.status).to.equal('succeeded');
    expect(first.runs).to.deep.equal([{ status: 'succeeded', count: TENANTS }]);
    expect(first.peaks.all, 'sessions on the server at once').to.be.at.most(SERVER_LIMIT);
    expect(first.peaks.runs).to.be.at.least(2);

    // what it no longer uses is closed: no run session stays open once the worker is idle
    await eventually(async () => {
      const [row] = await sandbox!.query<{ n: number }>(
        sandbox!.platformDbs.accounts!,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'tenantry run %'`,
      );
      return row!.n === 0 ? true : undefined;
    }, 20_000);
    worker!.kill('SIGTERM');
    await new Promise((resolve) => worker!.once('exit', resolve));

    // 6 runs at once, a cap of 2: the cap bounds the worker
    const second = await rollout(LATEST, { connectionsPerServer: 2, idleConnectionMs: 500 }, 6);
    expect(second.status).to.equal('succeeded');
    expect(second.runs).to.deep.equal([{ status: 'succeeded', count: TENANTS }]);
    expect(second.peaks.runs, 'run sessions at once').to.be.at.most(2);
    expect(second.peaks.runs).to.be.at.least(1);
  });
});
