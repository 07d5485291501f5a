import { expect } from 'chai';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Sandbox, eventually, type CliResult } from '../helpers/sandbox.js';
import { startDashboardProcess } from '../browser/dashboard-process.js';
import { REDIS_URL } from '../helpers/services.js';
import {
  LocalAclRedis,
  LocalCluster,
  LocalSentinel,
  LocalTlsRedis,
  redisCall,
  redisServerMissing,
  redisTlsMissing,
} from '../helpers/redis-servers.js';
import { freePort } from '../helpers/ports.js';

const V2 = '1710000000002_add-account-name';
const TENANTS = ['acme', 'globex', 'initech'];

/** A clear one-line error, exit 2, no stack trace. */
function expectRefused(result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stdout + result.stderr).to.equal(2);
  expect(result.stderr).to.match(pattern);
  expect(result.stderr.trim().split('\n'), result.stderr).to.have.length(1);
  expect(result.stderr).to.not.match(/^\s+at /m);
}

/** The sandbox's config with `redis` replaced (its own prefix kept unless given). */
function useRedis(sandbox: Sandbox, redis: Record<string, unknown>): void {
  const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>;
  sandbox.writeConfig({ ...config, redis: { prefix: sandbox.prefix, ...redis } });
}

async function setUp(sandbox: Sandbox, env: Record<string, string> = {}): Promise<void> {
  const init = await sandbox.cli(['init'], env);
  expect(init.code, init.stderr).to.equal(0);
  const add = await sandbox.cli(['tenants', 'add', 'accounts', ...TENANTS], env);
  expect(add.code, add.stderr).to.equal(0);
}

/** A rollout end to end over the config's Redis: enqueued by the CLI, run by the worker, every tenant at `to`. */
async function rollout(sandbox: Sandbox, to: string, env: Record<string, string> = {}): Promise<void> {
  const result = await sandbox.cli(['migrate', '--to', to, '--wait'], env);
  expect(result.code, result.stdout + result.stderr).to.equal(0);
  expect(result.stdout).to.match(/succeeded: 3 succeeded, 0 failed of 3/);
  const count = to === 'latest' ? 5 : 2;
  for (const tenant of TENANTS) expect(await sandbox.applied('accounts', tenant)).to.have.length(count);
}

/** The dashboard's queue gauges, read over the same Redis: up, and completed runs. */
async function dashboardQueue(
  sandbox: Sandbox,
  env: Record<string, string> = {},
): Promise<{ up: string | undefined; completed: string | undefined }> {
  const dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: '', ...env } });
  try {
    const body = await (await fetch(`${dashboard.url}/metrics`)).text();
    return {
      up: /^tenantry_queue_up (\S+)$/m.exec(body)?.[1],
      completed: /^tenantry_queue_jobs\{queue="tenantry-runs",state="completed"\} (\S+)$/m.exec(body)?.[1],
    };
  } finally {
    await dashboard.stop();
  }
}

async function rolloutsInLedger(sandbox: Sandbox): Promise<number> {
  return (await sandbox.ledger<{ n: number }>('SELECT count(*)::int AS n FROM tenantry.rollouts'))[0]!.n;
}

describe('Redis topologies: cluster, sentinel, TLS, ACL users (servers of the test, real rollouts)', function () {
  this.timeout(150_000);
  let sandbox: Sandbox | undefined;
  let servers: { destroy(): Promise<void> } | undefined;

  before(function () {
    const missing = redisServerMissing();
    if (missing) {
      // eslint-disable-next-line no-console
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
  });
  afterEach(async () => {
    await sandbox?.destroy();
    await servers?.destroy();
    sandbox = undefined;
    servers = undefined;
  });

  it('Redis Cluster of three masters: a rollout runs with the queue in one hash slot; wrong cluster settings are refused in one line', async () => {
    const cluster = await LocalCluster.start();
    servers = cluster;
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    // one node is enough: the others are found from it
    useRedis(sandbox, { cluster: { nodes: [cluster.nodes[1]] } });
    await setUp(sandbox);
    const worker = sandbox.startWorker({ concurrency: 2 });
    await rollout(sandbox, 'latest');
    expect(worker.output()).to.include(`Redis Cluster at ${cluster.nodes[1]}, prefix {${sandbox.prefix}}`);

    // every key of the queue is on one node, in the slot of the hash tag
    const slot = (await redisCall({ port: cluster.ports[0]! }, 'CLUSTER', 'KEYSLOT', `{${sandbox.prefix}}`)) as number;
    const keysPerNode = await Promise.all(
      cluster.ports.map(async (port) => (await redisCall({ port }, 'KEYS', `{${sandbox!.prefix}}:*`)) as string[]),
    );
    const holders = keysPerNode.filter((keys) => keys.length > 0);
    expect(holders, JSON.stringify(keysPerNode)).to.have.length(1);
    for (const key of holders[0]!)
      expect(await redisCall({ port: cluster.ports[0]! }, 'CLUSTER', 'KEYSLOT', key)).to.equal(slot);
    expect(await dashboardQueue(sandbox)).to.deep.equal({ up: '1', completed: '3' });

    const before = await rolloutsInLedger(sandbox);
    const standalone = new URL(REDIS_URL);
    useRedis(sandbox, { cluster: { nodes: [`${standalone.hostname}:${standalone.port || 6379}`] } });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /Redis Cluster at .*: .* is not a cluster node \(cluster_enabled:0\); give a single server as redis\.url/,
    );
    useRedis(sandbox, { url: `redis://${cluster.nodes[0]}` });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /it is a Redis Cluster node: give the nodes as redis\.cluster\.nodes/,
    );
    useRedis(sandbox, { cluster: { nodes: [`127.0.0.1:${await freePort()}`] } });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /Redis Cluster at 127\.0\.0\.1:\d+ is unreachable \(.*\)/,
    );
    expect(await rolloutsInLedger(sandbox)).to.equal(before);
  });

  it('Sentinel over a master and a replica: a rollout runs, the worker follows a failover to the next one; a wrong master name is refused', async () => {
    const set = await LocalSentinel.start();
    servers = set;
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    useRedis(sandbox, { sentinel: { name: set.name, nodes: [`127.0.0.1:${set.sentinelPort}`] } });
    await setUp(sandbox);
    const worker = sandbox.startWorker({ concurrency: 2 });
    await rollout(sandbox, V2);
    expect(worker.output()).to.include(`Redis Sentinel master ${set.name} via 127.0.0.1:${set.sentinelPort}`);
    expect(
      ((await redisCall({ port: set.masterPort }, 'KEYS', `${sandbox.prefix}:*`)) as string[]).length,
    ).to.be.greaterThan(0);

    // the replica becomes the master; the running worker and the next CLI find it through the sentinel
    await redisCall({ port: set.sentinelPort }, 'SENTINEL', 'FAILOVER', set.name);
    await eventually(async () => {
      const master = (await redisCall(
        { port: set.sentinelPort },
        'SENTINEL',
        'GET-MASTER-ADDR-BY-NAME',
        set.name,
      )) as string[];
      return master[1] === String(set.replicaPort) &&
        /role:master/.test(String(await redisCall({ port: set.replicaPort }, 'INFO', 'replication')))
        ? true
        : undefined;
    }, 30_000);
    await rollout(sandbox, 'latest');
    expect(
      ((await redisCall({ port: set.replicaPort }, 'KEYS', `${sandbox.prefix}:*`)) as string[]).length,
    ).to.be.greaterThan(0);

    const before = await rolloutsInLedger(sandbox);
    useRedis(sandbox, { sentinel: { name: 'no-such-master', nodes: [`127.0.0.1:${set.sentinelPort}`] } });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /Redis Sentinel master no-such-master via 127\.0\.0\.1:\d+ is unreachable \(.*No such master.*\): is redis\.sentinel\.name the master name/,
    );
    useRedis(sandbox, { sentinel: { name: set.name, nodes: [`127.0.0.1:${await freePort()}`] } });
    expectRefused(await sandbox.cli(['migrate', '--to', V2]), /Redis Sentinel master .* is unreachable \(.*\)/);
    expect(await rolloutsInLedger(sandbox)).to.equal(before);
  });

  it('TLS only, with a client certificate: a rollout runs over rediss://; a wrong CA, plain redis:// or a missing file is refused in one line', async function () {
    const noTls = redisTlsMissing();
    if (noTls) {
      // eslint-disable-next-line no-console
      console.log(`      skipped: ${noTls}`);
      this.skip();
    }
    const server = await LocalTlsRedis.start();
    servers = server;
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    // the three ways to give a PEM: relative to the config file, absolute, and the text itself from the environment
    const env = { TEST_REDIS_CLIENT_KEY: readFileSync(server.certs.clientKey, 'utf8') };
    const tls = {
      ca: path.relative(sandbox.dir, server.certs.ca),
      cert: server.certs.clientCert,
      key: '${TEST_REDIS_CLIENT_KEY}',
    };
    useRedis(sandbox, { url: `rediss://127.0.0.1:${server.port}`, tls });
    await setUp(sandbox, env);
    const worker = sandbox.startWorker({ concurrency: 2, env });
    await rollout(sandbox, 'latest', env);
    expect(worker.output()).to.include(`Redis at 127.0.0.1:${server.port}/0, TLS`);
    expect(
      ((await redisCall({ port: server.port, tls: server.clientTls() }, 'KEYS', `${sandbox.prefix}:*`)) as string[])
        .length,
    ).to.be.greaterThan(0);

    const before = await rolloutsInLedger(sandbox);
    useRedis(sandbox, { url: `rediss://127.0.0.1:${server.port}`, tls: { ...tls, ca: server.certs.otherCa } });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2], env),
      /Redis at 127\.0\.0\.1:\d+\/0, TLS is unreachable \(.*certificate.*\): the server certificate is not trusted/,
    );
    useRedis(sandbox, { url: `redis://127.0.0.1:${server.port}` });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /Redis at 127\.0\.0\.1:\d+\/0 is unreachable \(.*\): is it a TLS port\? Then use rediss:\/\//,
    );
    useRedis(sandbox, { url: `rediss://127.0.0.1:${server.port}`, tls: { ...tls, ca: 'no-such-ca.pem' } });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2], env),
      /invalid config: redis\.tls\.ca: cannot read .*no-such-ca\.pem \(ENOENT\)/,
    );
    expect(await rolloutsInLedger(sandbox)).to.equal(before);
  });

  it('an ACL user limited to its prefix: a rollout runs with the user in the URL (CLI) and in the config (worker); it can touch nothing else; a wrong password is refused', async () => {
    const server = await LocalAclRedis.start();
    servers = server;
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    const password = 'tenantry-user-password';
    // the queue's keys only; no admin commands, no keys outside the prefix
    await server.admin(
      'ACL',
      'SETUSER',
      'tenantry',
      'on',
      `>${password}`,
      'resetkeys',
      `~${sandbox.prefix}:*`,
      'resetchannels',
      '-@all',
      ...ACL_RULES,
    );
    // the worker has the user in its config, the CLI in the URL
    useRedis(sandbox, { url: `redis://127.0.0.1:${server.port}`, username: 'tenantry', password });
    const workerConfig = path.join(sandbox.dir, 'worker.config.json');
    copyFileSync(sandbox.configFile, workerConfig);
    useRedis(sandbox, { url: `redis://tenantry:${password}@127.0.0.1:${server.port}` });
    await setUp(sandbox);
    const worker = sandbox.startWorker({ concurrency: 2, env: { TENANTRY_CONFIG: workerConfig } });
    await rollout(sandbox, 'latest');
    expect(worker.output()).to.include(`Redis at 127.0.0.1:${server.port}/0 as tenantry`);

    const asUser = { port: server.port, username: 'tenantry', password };
    const [, keys] = (await redisCall(asUser, 'SCAN', '0', 'MATCH', `${sandbox.prefix}:*`, 'COUNT', '10000')) as [
      string,
      string[],
    ];
    expect(keys.length).to.be.greaterThan(0);
    await server.admin('SET', 'someone-else', 'x');
    let refused: unknown;
    await redisCall(asUser, 'GET', 'someone-else').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/NOPERM/);
    refused = undefined;
    await redisCall(asUser, 'FLUSHALL').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/NOPERM/);
    expect(await dashboardQueue(sandbox)).to.deep.equal({ up: '1', completed: '3' });

    const before = await rolloutsInLedger(sandbox);
    useRedis(sandbox, { url: `redis://127.0.0.1:${server.port}`, username: 'tenantry', password: 'not-the-password' });
    const wrong = await sandbox.cli(['migrate', '--to', V2]);
    expectRefused(
      wrong,
      /Redis at 127\.0\.0\.1:\d+\/0 as tenantry is unreachable \(WRONGPASS.*\): check the user and password/,
    );
    expect(wrong.stderr).to.not.include('not-the-password');
    useRedis(sandbox, { url: `redis://tenantry:${password}@127.0.0.1:${server.port}`, password });
    expectRefused(
      await sandbox.cli(['migrate', '--to', V2]),
      /redis\.url holds a password too \(besides redis\.password\); give it in one place/,
    );
    expect(await rolloutsInLedger(sandbox)).to.equal(before);
  });
});

/** What a Tenantry user needs beyond its keys (README, "Redis"): BullMQ's scripts, blocking pops, INFO for its version check. */
const ACL_RULES = [
  '+@read',
  '+@write',
  '+@keyspace',
  '+@scripting',
  '+@transaction',
  '+@blocking',
  '+@connection',
  '-@dangerous',
  '+info',
];
