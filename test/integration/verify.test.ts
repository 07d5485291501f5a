import { expect } from 'chai';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  fingerprintSchemas,
  getPlatform,
  loadConfig,
  ReferenceCache,
  readMigrationSet,
  verifyTenant,
  type TenantId,
} from '@tenantry/core';
import { FIXTURES, Sandbox, type CliResult } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

interface VerifyReport {
  ok: boolean;
  checked: number;
  matched: number;
  references: number;
  drifted: Array<{
    platform: string;
    tenant: string;
    version: string;
    differences: Array<{ kind: string; object: string; expected?: string; actual?: string }>;
  }>;
}

function parse(result: CliResult): VerifyReport {
  expect(result.stderr).to.not.match(/unexpected error/);
  return JSON.parse(result.stdout) as VerifyReport;
}

describe('tenantry verify', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  let dir: string;
  const refSchemas = async () =>
    (
      await sandbox.platform<{ nspname: string }>(
        'accounts',
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenantry\\_ref\\_%'",
      )
    ).map((r) => r.nspname);

  before(async () => {
    // a copy of the files: the last test adds a broken one
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'tenantry-verify-')), 'accounts');
    cpSync(path.join(FIXTURES, 'accounts'), dir, { recursive: true });
    sandbox = new Sandbox({ platforms: { accounts: { migrations: dir } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex', 'initech'])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 3 });
    const up = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(up.code, up.stderr).to.equal(0);
    const down = await sandbox.cli([
      'rollback',
      '--to',
      '1710000000002_add-account-name',
      '--tenant',
      'initech',
      '--wait',
    ]);
    expect(down.code, down.stderr).to.equal(0);
  });
  after(async () => {
    await sandbox?.destroy();
    if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('finds every untouched tenant equal to the reference of its version', async () => {
    const result = await sandbox.cli(['verify', '--json']);
    const report = parse(result);
    expect(result.code, result.stdout).to.equal(0);
    expect(report).to.include({ ok: true, checked: 3, matched: 3, references: 2 });
    expect(report.drifted).to.deep.equal([]);
    expect(await refSchemas()).to.deep.equal([]);
    const text = await sandbox.cli(['verify']);
    expect(text.code).to.equal(0);
    expect(text.stdout).to.match(/3 tenant\(s\) checked against 2 reference\(s\) .*: 3 match$/m);
  });

  it('reports a tenant whose index was dropped by hand, and not the untouched ones', async () => {
    await sandbox.platform('accounts', 'DROP INDEX tenant_acme.sessions_account_id_index');
    const result = await sandbox.cli(['verify', '--json']);
    const report = parse(result);
    expect(result.code).to.equal(1);
    expect(report).to.include({ ok: false, checked: 3, matched: 2 });
    expect(report.drifted.map((d) => d.tenant)).to.deep.equal(['acme']);
    expect(report.drifted[0]!.differences).to.deep.equal([
      {
        kind: 'missing',
        object: 'index sessions_account_id_index',
        expected: 'CREATE INDEX sessions_account_id_index ON sessions USING btree (account_id)',
      },
    ]);
    const text = await sandbox.cli(['verify']);
    expect(text.code).to.equal(1);
    expect(text.stdout).to.match(
      /^accounts\/acme \(tenant_acme at 1710000000005_account-status\): 1 difference\(s\)$/m,
    );
    expect(text.stdout).to.match(/^ {2}missing index sessions_account_id_index$/m);
    expect(text.stdout).to.not.match(/globex|initech/);
  });

  it('reports extra and changed objects, and narrows to --tenant', async () => {
    await sandbox.platform('accounts', 'ALTER TABLE tenant_globex.accounts ADD COLUMN nickname text');
    await sandbox.platform('accounts', 'ALTER TABLE tenant_globex.accounts ALTER COLUMN email TYPE varchar(200)');
    await sandbox.platform('accounts', "ALTER TYPE tenant_globex.account_status ADD VALUE 'archived'");
    const report = parse(await sandbox.cli(['verify', '--json', '--tenant', 'globex']));
    expect(report.checked).to.equal(1);
    expect(report.drifted[0]!.differences.map((d) => [d.kind, d.object, d.expected, d.actual])).to.deep.equal([
      ['changed', 'column accounts.email', 'text not null', 'character varying(200) not null'],
      ['extra', 'column accounts.nickname', undefined, 'text'],
      [
        'changed',
        'enum account_status',
        "'active', 'suspended', 'closed'",
        "'active', 'suspended', 'closed', 'archived'",
      ],
    ]);
    const unknown = await sandbox.cli(['verify', '--tenant', 'ghost']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/tenant ghost is not registered/);
  });

  it('verifyTenant and fingerprintSchemas: the API a run calls after it migrated a tenant', async () => {
    const client = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
    await client.connect();
    try {
      const platform = getPlatform(loadConfig(sandbox.configFile, process.env), 'accounts');
      const references = new ReferenceCache();
      const set = readMigrationSet(dir);
      const initech = await verifyTenant({
        client,
        platform,
        set,
        tenant: 'initech' as TenantId,
        serverId: 'default',
        references,
      });
      expect(initech).to.include({ status: 'match', version: '1710000000002_add-account-name' });
      const acme = await verifyTenant({
        client,
        platform,
        set,
        tenant: 'acme' as TenantId,
        serverId: 'default',
        references,
      });
      expect(acme.status).to.equal('drift');
      expect(references.size).to.equal(2);
      const prints = await fingerprintSchemas(client, ['tenant_acme', 'tenant_initech'], {
        migrationsTable: 'pgmigrations',
      });
      expect(prints.get('tenant_initech')!.objects.get('table accounts')).to.equal('table');
      expect([...prints.get('tenant_acme')!.objects.keys()].some((k) => k.includes('pgmigrations'))).to.equal(false);
    } finally {
      await client.end();
    }
    expect(await refSchemas()).to.deep.equal([]);
  });

  it('a migration file that throws when loaded: one line, exit 2, no scratch schema left', async () => {
    writeFileSync(path.join(dir, '1710000000006_throws.js'), "throw new Error('needs SOME_SETTING');\n");
    const result = await sandbox.cli(['verify']);
    expect(result.code, result.stdout + result.stderr).to.equal(2);
    expect(result.stderr.trim().split('\n')).to.have.length(1);
    expect(result.stderr).to.match(/Error loading migration files/);
    expect(await refSchemas()).to.deep.equal([]);
  });
});
