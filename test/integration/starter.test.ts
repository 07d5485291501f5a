import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@tenantry/core';
import { CLI, type CliResult } from '../helpers/sandbox.js';
import { runToEnd } from '../helpers/processes.js';

/** node-pg-migrate's own templates: what `tenantry new` must write, byte for byte. */
const TEMPLATES = path.join(
  path.dirname(createRequire(import.meta.url).resolve('node-pg-migrate/package.json')),
  'templates',
);

/** The CLI in `cwd`, with no config named: it finds one from there, or there is none. */
function cli(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const base = { ...process.env };
  delete base.TENANTRY_CONFIG;
  delete base.DATABASE_URL;
  return runToEnd(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env } });
}

describe('tenantry init (starter) and tenantry new', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tenantry-starter-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('init in an empty CommonJS project writes a commented config and a first migration, then never overwrites the config', async () => {
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "shop", "private": true }\n');
    const none = await cli(dir, ['status']); // any other command, before there is a config
    expect(none.code).to.equal(2);
    expect(none.stderr.trim().split('\n')).to.have.length(1);
    expect(none.stderr).to.match(/no tenantry\.config\.json in this folder or above: run `npx tenantry init`/);
    const first = await cli(dir, ['init']);
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout)
      .to.match(/wrote tenantry\.config\.json/)
      .and.match(/npx tenantry init/)
      .and.match(/npx tenantry worker/);
    const migrations = readdirSync(path.join(dir, 'migrations/app/tenant'));
    expect(migrations).to.have.length(1);
    expect(migrations[0]).to.match(/^\d{13}_create-notes\.mjs$/); // an ES module a CommonJS project can load
    expect(first.stdout).to.include(`migrations/app/tenant/${migrations[0]}`);

    const text = readFileSync(path.join(dir, 'tenantry.config.json'), 'utf8');
    expect(JSON.parse(text)).to.have.property('$comment');
    const config = loadConfig(path.join(dir, 'tenantry.config.json'), { DATABASE_URL: 'postgres://u@db:5432/shop' });
    expect(config.platformOrder).to.deep.equal(['app']);
    expect(config.control.databaseUrl).to.equal('postgres://u@db:5432/shop');
    expect(config.redis?.url).to.equal('redis://127.0.0.1:6379');
    expect(config.platforms.app!.tenantMigrationsDir).to.equal(path.join(dir, 'migrations/app/tenant'));

    // with the config there, init is the control schema's again: it needs DATABASE_URL, says so, writes nothing
    const again = await cli(dir, ['init']);
    expect(again.code).to.equal(2);
    expect(again.stderr.trim().split('\n')).to.have.length(1);
    expect(again.stderr).to.match(/DATABASE_URL/);
    expect(readFileSync(path.join(dir, 'tenantry.config.json'), 'utf8')).to.equal(text);
    expect(readdirSync(path.join(dir, 'migrations/app/tenant'))).to.deep.equal(migrations);
  });

  it('init --config NAME writes there, in an ES module project as .js, and tells to pass --config', async () => {
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const result = await cli(dir, ['--json', '--config', 'ops/fleet.json', 'init']);
    expect(result.code, result.stderr).to.equal(0);
    const report = JSON.parse(result.stdout) as { starter: boolean; wrote: string[]; next: string[] };
    expect(report.starter).to.equal(true);
    expect(report.wrote[0]).to.equal(path.join(dir, 'ops/fleet.json'));
    expect(report.wrote[1]).to.match(/ops\/migrations\/app\/tenant\/\d{13}_create-notes\.js$/);
    expect(report.next.join('\n')).to.include('npx tenantry --config ops/fleet.json init');
  });

  it('new writes node-pg-migrate template files from any folder of the project; bad input: one line, exit 2, nothing written', async () => {
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    expect((await cli(dir, ['init'])).code).to.equal(0);
    const tenantDir = path.join(dir, 'migrations/app/tenant');
    const deep = path.join(dir, 'src/jobs');
    mkdirSync(deep, { recursive: true });

    const js = await cli(deep, ['new', 'app', 'add-users']); // found ../../tenantry.config.json, no DATABASE_URL needed
    expect(js.code, js.stderr).to.equal(0);
    const file = readdirSync(tenantDir).find((f) => f.endsWith('_add-users.js'));
    expect(file, js.stdout).to.match(/^\d{13}_add-users\.js$/);
    expect(readFileSync(path.join(tenantDir, file!), 'utf8')).to.equal(
      readFileSync(path.join(TEMPLATES, 'migration-template.js'), 'utf8'),
    );
    expect(js.stdout)
      .to.include(`../../migrations/app/tenant/${file}`)
      .and.match(/tenantry validate --platform app/);

    const sql = await cli(deep, ['new', 'app', 'backfill', '--sql']);
    expect(sql.code, sql.stderr).to.equal(0);
    const sqlFile = readdirSync(tenantDir).find((f) => f.endsWith('_backfill.sql'));
    expect(readFileSync(path.join(tenantDir, sqlFile!), 'utf8')).to.equal(
      readFileSync(path.join(TEMPLATES, 'migration-template.sql'), 'utf8'),
    );

    const before = readdirSync(tenantDir);
    for (const [args, message] of [
      [['new', 'app', 'x', '--kind', 'shared'], /no shared migrations/],
      [['new', 'app', 'x', '--kind', 'both'], /--kind "both" must be tenant or shared/],
      [['new', 'app', 'bad name'], /migration name "bad name"/],
      [['new', 'nope', 'x'], /nope/],
      [['new', 'App!', 'x'], /App!/],
    ] as const) {
      const bad = await cli(deep, [...args]);
      expect(bad.code, `${args.join(' ')}: ${bad.stderr}`).to.equal(2);
      expect(bad.stderr.trim().split('\n'), args.join(' ')).to.have.length(1);
      expect(bad.stderr, args.join(' ')).to.match(message);
    }
    expect(readdirSync(tenantDir)).to.deep.equal(before);
  });

  it('new --kind shared writes into the shared folder the config names', async () => {
    writeFileSync(
      path.join(dir, 'tenantry.config.json'),
      JSON.stringify({
        control: { databaseUrl: '${DATABASE_URL}' },
        platforms: {
          billing: { databaseUrl: '${DATABASE_URL}', migrations: { tenant: 'db/tenant', shared: 'db/shared' } },
        },
      }),
    );
    const result = await cli(dir, ['new', 'billing', 'create-currencies', '--kind', 'shared'], {
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(result.code, result.stderr).to.equal(0);
    expect(readdirSync(path.join(dir, 'db/shared'))).to.have.length(1);
  });
});
