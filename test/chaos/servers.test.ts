import { expect } from 'chai';
import path from 'node:path';
import pg from 'pg';
import { FIXTURES, Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { REDIS_URL, databaseUrl } from '../helpers/services.js';
import { assertInvariants } from './invariants.js';
import { V2, enqueue, finished, ok, progressed, report, sleep, started, worker, workerLogs } from './harness.js';
import { PrivatePostgres, PrivateRedis } from './private-servers.js';

/** The config of a sandbox of the accounts platform, on the given servers. */
function configOn(sandbox: Sandbox, servers: { control: string; platform: string; redis: string }): Record<string, unknown> {
  return {
    redis: { url: servers.redis, prefix: sandbox.prefix },
    control: { databaseUrl: servers.control },
    platforms: { accounts: { databaseUrl: servers.platform, migrations: { tenant: path.join(FIXTURES, 'accounts') } } },
    releases: { 'v1.0': { accounts: V2 } },
    worker: { heartbeatMs: 1000, shutdownTimeoutMs: 20_000, reconcileIntervalMs: 1000 },
    run: { busyRetryMs: 200 },
  };
}

/** Points the sandbox's own queries (ledger, platform, applied) at a private server. */
function queriesOn(sandbox: Sandbox, server: PrivatePostgres): () => Promise<void> {
  const pools = new Map<string, pg.Pool>();
  sandbox.pool = (database: string) => {
    let pool = pools.get(database);
    if (!pool) {
      pool = new pg.Pool({ connectionString: server.databaseUrl(database), max: 3 });
      pool.on('error', () => {});
      pools.set(database, pool);
    }
    return pool;
  };
  return async () => {
    for (const pool of pools.values()) await pool.end().catch(() => {});
  };
}

describe('chaos: the servers fail under a rollout (private PostgreSQL and Redis)', function () {
  this.timeout(420_000);
  let sandbox: Sandbox | undefined;
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
    for (const step of cleanup.reverse()) await step();
    cleanup = [];
  });

  it('PostgreSQL stopped with -m immediate and restarted mid-rollout: the rollout completes, every invariant holds', async function () {
    const privatePrivatePostgres = await PrivatePostgres.start();
    if (typeof privatePrivatePostgres === 'string') {
      report(`skipped: ${privatePrivatePostgres}`);
      this.skip();
      return;
    }
    const server = privatePrivatePostgres;
    cleanup.push(() => server.destroy());
    const box = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    sandbox = box;
    cleanup.push(queriesOn(box, server));
    box.writeConfig(configOn(box, { control: server.databaseUrl(box.controlDb), platform: server.databaseUrl(box.platformDbs.accounts!), redis: REDIS_URL }));
    const tenants = tenantIds(100);
    await ok(box, ['init']);
    await ok(box, ['tenants', 'add', 'accounts', ...tenants]);
    const workers = [worker(box, { concurrency: 3 }), worker(box, { concurrency: 3 })];
    await Promise.all(workers.map(started));
    const id = await enqueue(box, ['migrate', '--to', 'latest', '--canary', '0']);
    await progressed(box, id, 15);
    server.stopImmediately();
    const down = Date.now();
    await sleep(3000);
    server.startServer();
    const up = Date.now();
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
    report(`PostgreSQL -m immediate: down ${((up - down) / 1000).toFixed(1)} s mid-rollout; the rollout finished ${((Date.now() - up) / 1000).toFixed(1)} s after the restart, workers alive`);
  });

  it('the control database down for 40 s (-m immediate, past every timeout) mid-rollout of 60 tenants: workers ride it out, --wait waits and says so, everything finishes', async function () {
    const privatePostgres = await PrivatePostgres.start();
    if (typeof privatePostgres === 'string') {
      report(`skipped: ${privatePostgres}`);
      this.skip();
      return;
    }
    const server = privatePostgres;
    cleanup.push(() => server.destroy());
    const box = new Sandbox({ platforms: { accounts: { migrations: 'slow' } } });
    sandbox = box;
    // the ledger on the private server, the tenants on the shared one
    const pools = new Map<string, pg.Pool>();
    const shared = box.pool.bind(box);
    box.pool = (database: string) => {
      if (database !== box.controlDb) return shared(database);
      let pool = pools.get(database);
      if (!pool) {
        pool = new pg.Pool({ connectionString: server.databaseUrl(database), max: 3 });
        pool.on('error', () => {});
        pools.set(database, pool);
      }
      return pool;
    };
    cleanup.push(async () => {
      for (const pool of pools.values()) await pool.end().catch(() => {});
    });
    const config = configOn(box, { control: server.databaseUrl(box.controlDb), platform: databaseUrl(box.platformDbs.accounts!), redis: REDIS_URL });
    box.writeConfig({ ...config, platforms: { accounts: { databaseUrl: databaseUrl(box.platformDbs.accounts!), migrations: { tenant: path.join(FIXTURES, 'slow') } } } });
    const tenants = tenantIds(60);
    await ok(box, ['init']);
    await ok(box, ['tenants', 'add', 'accounts', ...tenants]);
    const workers = [worker(box, { concurrency: 2 }), worker(box, { concurrency: 2 })];
    await Promise.all(workers.map(started));
    const waiting = box.cli(['migrate', '--to', 'latest', '--canary', '0', '--wait']);
    const id = await eventually(async () => (await box.ledger<{ id: string }>('SELECT id FROM tenantry.rollouts'))[0]?.id, 30_000, 50);
    await progressed(box, id, 10);
    const before = (await box.ledger<{ n: number }>(`SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`, [id]))[0]!.n;
    server.stopImmediately();
    await sleep(40_000);
    server.startServer();
    const up = Date.now();
    const waited = await waiting;
    expect(waited.code, waited.stdout + waited.stderr).to.equal(0);
    expect(waited.stderr).to.include('the control database is unreachable; waiting for it').and.to.include('the control database is back');
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box);
    expect(before, 'the outage began mid-rollout').to.be.lessThan(60);
    report(`control database down 40 s (-m immediate) with ${before}/60 tenants done: the rollout finished ${((Date.now() - up) / 1000).toFixed(1)} s after the restart, --wait exited 0, workers alive`);
  });

  it('Redis restarted without persistence, then paused with DEBUG SLEEP past every job lock, mid-rollout: the ledger rebuilds the queue', async function () {
    const privatePrivateRedis = await PrivateRedis.start();
    if (typeof privatePrivateRedis === 'string') {
      report(`skipped: ${privatePrivateRedis}`);
      this.skip();
      return;
    }
    const redis = privatePrivateRedis;
    cleanup.push(() => redis.destroy());
    const box = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    sandbox = box;
    box.writeConfig(configOn(box, { control: databaseUrl(box.controlDb), platform: databaseUrl(box.platformDbs.accounts!), redis: redis.url }));
    const tenants = tenantIds(120);
    await ok(box, ['init']);
    await ok(box, ['tenants', 'add', 'accounts', ...tenants]);
    const workers = [worker(box, { concurrency: 4 }), worker(box, { concurrency: 4 })];
    await Promise.all(workers.map(started));
    const id = await enqueue(box, ['migrate', '--to', 'latest', '--canary', '0']);
    await progressed(box, id, 20);
    await redis.kill();
    await sleep(1000);
    await redis.startServer();
    const restarted = Date.now();
    await progressed(box, id, 70, 180_000);
    const rebuilt = Date.now() - restarted;
    await redis.pause(12);
    expect(await finished(box, id)).to.equal('succeeded');
    for (const w of workers) expect(w.exitCode, w.output().slice(-2000)).to.equal(null);
    await assertInvariants(box, { canaryPlatform: 'accounts' });
    report(`Redis: restarted empty mid-rollout (50 more tenants done ${(rebuilt / 1000).toFixed(1)} s after), then DEBUG SLEEP 12: 120 tenants succeeded, workers alive`);
  });
});
