import { expect } from 'chai';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { FIXTURES, Sandbox, eventually, type CliResult } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { PG_URL, REDIS_URL } from '../helpers/services.js';
import { basic, startDashboardProcess } from '../browser/dashboard-process.js';

/**
 * One canary password in every connection string (control, each platform, Redis), in the
 * dashboard's users and its admin password, and in a failing migration's error: it must appear 0
 * times in what Tenantry writes or serves. test/integration/logs.test.ts checks the log redaction
 * itself; this adds Redis, the queue's contents, the ledger's rows, every API route and Bull
 * Board's JSON, and connection failures of each server.
 */
const CANARY = 'Zq7-SECRET-canary';

interface Config {
  redis: { url: string; prefix: string };
  control: { databaseUrl: string };
  platforms: Record<string, { databaseUrl: string; migrations: { tenant: string } }>;
  run: Record<string, unknown>;
  dashboard?: unknown;
}

function withPassword(url: string, port?: number): string {
  const parsed = new URL(url);
  parsed.username ||= parsed.protocol.startsWith('redis') ? 'default' : 'postgres';
  parsed.password = CANARY;
  if (port !== undefined) parsed.port = String(port);
  return parsed.toString();
}

function occurrences(text: string): string[] {
  return text.split('\n').filter((line) => line.includes(CANARY) || line.includes(encodeURIComponent(CANARY)));
}

function expectClean(where: string, text: string): void {
  expect(occurrences(text), `${where} holds the canary password`).to.deep.equal([]);
}

/** Every key of the sandbox's Redis prefix, every field and member, as text. */
async function dumpRedis(prefix: string): Promise<string> {
  const redis = new Redis(REDIS_URL);
  const parts: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        if (type === 'string') parts.push(key, (await redis.get(key)) ?? '');
        else if (type === 'hash') parts.push(key, JSON.stringify(await redis.hgetall(key)));
        else if (type === 'list') parts.push(key, JSON.stringify(await redis.lrange(key, 0, -1)));
        else if (type === 'set') parts.push(key, JSON.stringify(await redis.smembers(key)));
        else if (type === 'zset') parts.push(key, JSON.stringify(await redis.zrange(key, '0', '-1')));
        else if (type === 'stream') parts.push(key, JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return parts.join('\n');
}

describe('security: a canary password never leaves the config (real CLI, worker and dashboard processes)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let config: Config;
  const outputs: Array<[string, string]> = [];

  this.beforeAll(async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' }, billing: { migrations: 'accounts' } } });
    config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Config;
    // the canary in every connection string; trust auth and a password-less Redis ignore it, so it only travels
    config.control.databaseUrl = withPassword(config.control.databaseUrl);
    for (const platform of Object.values(config.platforms)) platform.databaseUrl = withPassword(platform.databaseUrl);
    config.redis.url = withPassword(config.redis.url);
    // billing's third migration fails, quoting a connection string the way a real one can
    const leaky = path.join(sandbox.dir, 'leaky');
    mkdirSync(leaky);
    for (const file of ['1710000000001_create-accounts.js', '1710000000002_add-account-name.js'])
      copyFileSync(path.join(FIXTURES, 'accounts', file), path.join(leaky, file));
    writeFileSync(
      path.join(leaky, '1710000000003_leaky.js'),
      `export const up = (pgm) => pgm.sql(\`DO $$ BEGIN RAISE EXCEPTION 'cannot reach ${withPassword(PG_URL)} (password=${CANARY})'; END $$\`);\nexport const down = () => {};\n`,
    );
    config.platforms.billing!.migrations.tenant = leaky;
    config.run = { ...config.run, attempts: 1 };
    config.dashboard = { users: [{ user: 'ops', password: `${CANARY}-ops` }] };
    sandbox.writeConfig(config);
  });
  this.afterAll(async () => {
    await sandbox?.destroy();
  });

  async function cli(args: string[], expected: number, file = sandbox.configFile): Promise<CliResult> {
    const result = await sandbox.cli(['--config', file, ...args], { TENANTRY_LOG_LEVEL: 'debug' });
    outputs.push([`tenantry ${args.join(' ')}`, result.stdout + result.stderr]);
    expect(result.code, `${args.join(' ')}: ${result.stdout}${result.stderr}`).to.equal(expected);
    return result;
  }

  it('a rollout with a failing migration: logs, CLI output, Redis, the ledger, the API and Bull Board hold no password', async () => {
    await cli(['init'], 0);
    await cli(['tenants', 'add', 'accounts', 'acme', 'globex'], 0);
    await cli(['tenants', 'add', 'billing', 'acme', 'globex'], 0);
    const worker = sandbox.startWorker({ concurrency: 2, env: { TENANTRY_LOG_LEVEL: 'debug' } });
    const dashboard = await startDashboardProcess(sandbox, {
      env: { TENANTRY_LOG_LEVEL: 'debug', TENANTRY_DASHBOARD_PASSWORD: `${CANARY}-admin` },
    });
    try {
      const migrate = await cli(['migrate', '--to', 'latest', '--wait'], 1);
      const id = /rollout ([0-9a-f-]{36})/.exec(migrate.stdout)![1]!;
      expect(migrate.stdout).to.include('FAILED billing/acme').and.include('password=***');
      await cli(['migrate', '--to', 'latest', '--wait', '--json', '--platform', 'billing', '--tenant', 'acme'], 1);
      await Promise.all([
        cli(['status'], 0),
        cli(['status', '--json'], 0),
        cli(['rollout', 'status', id], 1),
        cli(['rollout', 'status', id, '--json'], 1),
        cli(['versions'], 0),
        cli(['locks', 'list'], 0),
        cli(['rollback-info', '--platform', 'billing', '--tenant', 'acme', '--to', '0', '--json'], 0),
      ]);

      const admin = basic('admin', `${CANARY}-admin`);
      const routes = [
        '/api/status',
        '/api/overview',
        '/api/rollouts',
        `/api/rollouts/${id}`,
        '/api/runs',
        '/api/runs?status=failed',
        '/api/backups',
        '/metrics',
        '/',
        '/healthz',
        '/queues/api/queues?activeQueue=tenantry-runs&status=failed&page=1&jobsPerPage=50',
        '/queues/api/queues?activeQueue=tenantry-runs&status=completed&page=1&jobsPerPage=50',
      ];
      for (const route of routes) {
        const response = await fetch(`${dashboard.url}${route}`, {
          headers: route === '/' ? basic('ops', `${CANARY}-ops`) : admin,
        });
        const text = await response.text();
        expect(response.status, `${route}: ${text.slice(0, 200)}`).to.equal(200);
        expectClean(`GET ${route}`, text);
      }
      const failed = (await (await fetch(`${dashboard.url}/api/runs?status=failed`, { headers: admin })).json()) as {
        runs: Array<{ error: string }>;
      };
      expect(failed.runs.length).to.be.at.least(2);
      for (const run of failed.runs) expect(run.error).to.include('password=***');
      expect(
        (await fetch(`${dashboard.url}/api/status`, { headers: basic('admin', `${CANARY}-wrong`) })).status,
      ).to.equal(401);
    } finally {
      worker.kill('SIGTERM');
      await exited(worker);
      await dashboard.stop();
    }
    outputs.push(['worker', worker.output()], ['dashboard', dashboard.output()]);
    expect(worker.output()).to.match(/run failed/);
    for (const [where, text] of outputs) expectClean(where, text);

    expectClean('Redis (job data, failure reasons, events)', await dumpRedis(sandbox.prefix));
    const ledger = await sandbox.ledger<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenantry'`,
    );
    expect(ledger.length).to.be.at.least(5);
    for (const { table_name: table } of ledger) {
      const rows = await sandbox.ledger(`SELECT t::text AS row FROM tenantry.${table} t`);
      expectClean(`ledger table ${table}`, rows.map((r) => r.row as string).join('\n'));
    }
    const runs = await sandbox.ledger<{ error: string }>(`SELECT error FROM tenantry.runs WHERE status = 'failed'`);
    expect(runs.map((r) => r.error).join('\n')).to.include('password=***');
  });

  it('connection failures of the control database, a platform database and Redis name the server, never the password', async () => {
    const dead = (mutate: (c: Config) => void, name: string): string => {
      const copy = structuredClone(config);
      mutate(copy);
      const file = path.join(sandbox.dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(copy));
      return file;
    };
    const noControl = dead((c) => (c.control.databaseUrl = withPassword(c.control.databaseUrl, 1)), 'no-control');
    const noPlatform = dead(
      (c) => (c.platforms.accounts!.databaseUrl = withPassword(c.platforms.accounts!.databaseUrl, 1)),
      'no-platform',
    );
    const noRedis = dead((c) => (c.redis.url = withPassword(c.redis.url, 1)), 'no-redis');
    const otherHost = dead(
      (c) => (c.control.databaseUrl = withPassword(c.control.databaseUrl.replace('127.0.0.1', '127.0.0.3'))),
      'other-host',
    );

    const results = await Promise.all([
      cli(['status'], 2, noControl),
      cli(['migrate', '--to', 'latest'], 2, noControl),
      cli(['init'], 2, otherHost),
      cli(['status', '--platform', 'accounts'], 2, noPlatform),
      cli(['tenants', 'add', 'accounts', 'newcomer'], 2, noPlatform),
      cli(['migrate', '--to', 'latest'], 2, noRedis),
      cli(['rollout', 'resume', '00000000-0000-4000-8000-000000000000'], 2, noRedis),
    ]);
    for (const result of results) expect(result.stderr).to.match(/is unreachable/);
    // a worker and a dashboard that cannot reach their servers stop with one line, or keep retrying quietly
    const workers = [noControl, noRedis].map(async (file) => {
      const worker = sandbox.startWorker({ env: { TENANTRY_CONFIG: file, TENANTRY_LOG_LEVEL: 'debug' } });
      await eventually(
        async () => (worker.exitCode !== null || /unreachable|error/i.test(worker.output()) ? true : undefined),
        30_000,
      );
      worker.kill('SIGTERM');
      await exited(worker);
      outputs.push([`worker (${path.basename(file)})`, worker.output()]);
    });
    const [dashboard] = await Promise.all([
      startDashboardProcess(sandbox, { env: { TENANTRY_CONFIG: noControl, TENANTRY_LOG_LEVEL: 'debug' } }).then(
        (d) => d.stop().then(() => d.output()),
        (error: Error) => error.message,
      ),
      ...workers,
    ]);
    outputs.push(['dashboard (no control database)', dashboard]);
    expect(dashboard).to.match(/unreachable/);
    for (const [where, text] of outputs) expectClean(where, text);
  });
});
