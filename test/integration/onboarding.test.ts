import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { expectRefused } from '../helpers/refusals.js';
import { Sandbox, ok } from '../helpers/sandbox.js';
import { adminQuery, databaseUrl } from '../helpers/services.js';

const V2 = '1710000000002_add-account-name';
const V3 = '1710000000003_unique-account-email';
const LATEST = '1710000000005_account-status';
const ALL = ['1710000000001_create-accounts', V2, V3, '1710000000004_create-sessions', LATEST];

/** A trigger that adds a column to every table created in schema tenant_bad: a copy that cannot match. */
const TAMPER = `
CREATE FUNCTION public.tamper() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND schema_name = 'tenant_bad' LOOP
    EXECUTE format('ALTER TABLE %s ADD COLUMN tampered integer', r.object_identity);
  END LOOP;
END $$;
CREATE EVENT TRIGGER tamper ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.tamper();`;

/** Version 3 of the accounts fixture, written by hand as a team without Tenantry would have. */
const legacyAt3 = (schema: string, nameType = 'text') => `
CREATE SCHEMA ${schema};
CREATE TABLE ${schema}.applied_steps (id serial PRIMARY KEY, migration text NOT NULL);
CREATE TABLE ${schema}.accounts (id serial PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), name ${nameType});
ALTER TABLE ${schema}.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
INSERT INTO ${schema}.applied_steps (migration) VALUES ('1710000000001'), ('1710000000002'), ('1710000000003');
INSERT INTO ${schema}.accounts (email, name) VALUES ('ada@example.com', 'Ada');`;

describe('onboarding new tenants at a version, and adopting existing schemas', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  const steps = async (schema: string) =>
    (
      await sandbox.platform<{ id: number; migration: string }>(
        'accounts',
        `SELECT id, migration FROM ${schema}.applied_steps ORDER BY id`,
      )
    ).map((r) => `${r.id}:${r.migration}`);
  const registered = async () =>
    (
      await sandbox.ledger<{ tenant: string }>(
        "SELECT tenant FROM tenantry.tenants WHERE platform = 'accounts' ORDER BY 1",
      )
    ).map((r) => r.tenant);
  const schemaExists = async (schema: string) =>
    (await sandbox.platform('accounts', 'SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).length > 0;

  before(async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } }, releases: { v2: { accounts: V2 } } });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'acme']);
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, ['migrate', '--to', 'latest', '--wait']);
  });
  after(async () => {
    await sandbox?.destroy();
  });

  it('creates a tenant at the platform’s version as a copy equal to a replayed tenant: schema, history in order, seed rows', async () => {
    const out = await ok(sandbox, ['tenants', 'add', 'accounts', 'newco']);
    expect(out).to.include(`accounts: added 1 tenant(s) at ${LATEST}`);
    expect(await sandbox.applied('accounts', 'newco')).to.deep.equal(ALL);
    expect(await sandbox.applied('accounts', 'newco')).to.deep.equal(await sandbox.applied('accounts', 'acme'));
    // the rows migrations inserted are there, and the sequences continue where a replay's would
    expect(await steps('tenant_newco')).to.deep.equal(await steps('tenant_acme'));
    const [next] = await sandbox.platform<{ id: number }>(
      'accounts',
      "INSERT INTO tenant_newco.applied_steps (migration) VALUES ('x') RETURNING id",
    );
    expect(next!.id).to.equal(6);
    await sandbox.platform('accounts', "DELETE FROM tenant_newco.applied_steps WHERE migration = 'x'");
    // its history is its own: stamped now, after the replayed tenant's
    const [times] = await sandbox.platform<{ copied: Date; replayed: Date }>(
      'accounts',
      'SELECT (SELECT min(run_on) FROM tenant_newco.pgmigrations) AS copied, (SELECT max(run_on) FROM tenant_acme.pgmigrations) AS replayed',
    );
    expect(times!.copied.getTime()).to.be.greaterThan(times!.replayed.getTime());
    // verify, which builds its own reference by replay, finds both equal to it
    const verify = await sandbox.cli(['verify', '--json']);
    expect(verify.code, verify.stdout + verify.stderr).to.equal(0);
    expect(JSON.parse(verify.stdout)).to.include({ ok: true, checked: 2, matched: 2 });
    // the template is kept in the platform database for the next tenant, stamped with its fingerprint
    const templates = await sandbox.platform<{ nspname: string; note: string }>(
      'accounts',
      "SELECT nspname, obj_description(oid, 'pg_namespace') AS note FROM pg_namespace WHERE nspname LIKE 'tenantry\\_ref\\_at\\_%'",
    );
    expect(templates).to.have.length(1);
    expect(templates[0]!.note).to.match(
      new RegExp(`^tenantry reference of accounts at ${LATEST}; fingerprint [0-9a-f]{64}$`),
    );
  });

  it('keeps the template’s copy script in the ledger: a later `tenants add` (another process) runs no pg_dump', async () => {
    const scripts = await sandbox.ledger<{ template: string; fingerprint: string }>(
      'SELECT template, fingerprint FROM tenantry.template_scripts',
    );
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.template).to.match(/^tenantry_ref_at_/);
    // no pg_dump where the config says it is: only the ledger's script can make these copies
    const original = readFileSync(sandbox.configFile, 'utf8');
    const config = JSON.parse(original) as Record<string, unknown>;
    sandbox.writeConfig({ ...config, backup: { strategy: 'none', binDir: sandbox.dir } });
    try {
      expect(await ok(sandbox, ['tenants', 'add', 'accounts', 'scripted', 'scripted_too'])).to.include(`at ${LATEST}`);
    } finally {
      sandbox.writeConfig(JSON.parse(original));
    }
    expect(await sandbox.applied('accounts', 'scripted_too')).to.deep.equal(ALL);
    expect(await steps('tenant_scripted_too')).to.deep.equal(await steps('tenant_acme'));
    await ok(sandbox, ['tenants', 'remove', 'accounts', 'scripted', 'scripted_too', '--drop-schema']);
  });

  it('--at names the version (a release here), and --at 0 keeps an empty schema', async () => {
    expect(await ok(sandbox, ['tenants', 'add', 'accounts', 'early', '--at', 'v2'])).to.include(`at ${V2}`);
    expect(await sandbox.applied('accounts', 'early')).to.deep.equal(ALL.slice(0, 2));
    expect(await steps('tenant_early')).to.deep.equal(['1:1710000000001', '2:1710000000002']);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'blank', '--at', '0']);
    expect(await sandbox.applied('accounts', 'blank')).to.deep.equal([]);
    expect(await schemaExists('tenant_blank')).to.equal(true);
    // an onboarded tenant then migrates like any other
    await ok(sandbox, ['migrate', '--to', 'latest', '--tenant', 'early', '--wait']);
    expect(await steps('tenant_early')).to.deep.equal(await steps('tenant_acme'));
  });

  it('keeps one copy ready, and the next tenant is that copy renamed, checked all the same', async () => {
    // the copies kept ready of the latest version's template
    const [template] = await sandbox.platform<{ nspname: string }>(
      'accounts',
      "SELECT nspname FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') LIKE $1",
      [`% at ${LATEST};%`],
    );
    const prefix = `tenantry_ref_spare_${template!.nspname.slice('tenantry_ref_at_'.length)}_`;
    const spares = async () =>
      (
        await sandbox.platform<{ nspname: string }>(
          'accounts',
          'SELECT nspname FROM pg_namespace WHERE left(nspname, length($1)) = $1',
          [prefix],
        )
      ).map((r) => r.nspname);
    const [spare] = await spares();
    expect(spare).to.be.a('string');
    const [oid] = await sandbox.platform<{ oid: string }>(
      'accounts',
      'SELECT oid::text FROM pg_namespace WHERE nspname = $1',
      [spare],
    );
    await ok(sandbox, ['tenants', 'add', 'accounts', 'quick']);
    const [renamed] = await sandbox.platform<{ nspname: string }>(
      'accounts',
      'SELECT nspname FROM pg_namespace WHERE oid = $1::oid',
      [oid!.oid],
    );
    expect(renamed!.nspname).to.equal('tenant_quick');
    expect(await sandbox.applied('accounts', 'quick')).to.deep.equal(ALL);
    expect(await steps('tenant_quick')).to.deep.equal(await steps('tenant_acme'));
    // a new spare was made for the next one
    expect(await spares())
      .to.have.length(1)
      .and.not.include(spare);
    // the template of v2, a version onboarding has moved past, is gone with its spare; latest's is kept
    const notes = (
      await sandbox.platform<{ note: string }>(
        'accounts',
        "SELECT obj_description(oid, 'pg_namespace') AS note FROM pg_namespace WHERE nspname LIKE 'tenantry\\_ref\\_%'",
      )
    ).map((r) => r.note ?? '');
    expect(notes.filter((n) => n.includes(` at ${V2};`))).to.deep.equal([]);
    expect(notes.filter((n) => n.includes(` at ${LATEST};`))).to.have.length(1);
    expect(
      await sandbox.platform('accounts', "SELECT 1 FROM pg_namespace WHERE nspname LIKE 'tenantry\\_ref\\_spare\\_%'"),
    ).to.have.length(1);

    // a spare that was touched is refused by the check, dropped, and the next attempt copies afresh
    const [touched] = await spares();
    await sandbox.platform('accounts', `ALTER TABLE ${touched}.accounts ADD COLUMN touched integer`);
    const refused = await sandbox.cli(['tenants', 'add', 'accounts', 'victim']);
    expect(refused.code, refused.stdout + refused.stderr).to.equal(1);
    expect(refused.stderr).to.match(
      /tenant victim of accounts: its copy differs from the reference at 1710000000005_account-status: extra column accounts\.touched.*nothing was registered/,
    );
    expect(await registered()).to.not.include('victim');
    expect(await spares()).to.not.include(touched);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'victim']);
    expect(await sandbox.applied('accounts', 'victim')).to.deep.equal(ALL);
  });

  it('two registrations at once at a new version build one template and both get their copy; the same tenant twice is added once', async () => {
    const V4 = '1710000000004_create-sessions';
    const [p1, p2, again] = await Promise.all([
      sandbox.cli(['tenants', 'add', 'accounts', 'p1', 'same', '--at', V4]),
      sandbox.cli(['tenants', 'add', 'accounts', 'p2', '--at', V4]),
      sandbox.cli(['tenants', 'add', 'accounts', 'same', '--at', V4]),
    ]);
    for (const r of [p1, p2, again]) expect(r!.code, r!.stdout + r!.stderr).to.equal(0);
    const templates = await sandbox.platform(
      'accounts',
      "SELECT 1 FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') LIKE $1",
      [`% at ${V4};%`],
    );
    expect(templates).to.have.length(1);
    for (const tenant of ['p1', 'p2', 'same'])
      expect(await sandbox.applied('accounts', tenant), tenant).to.deep.equal(ALL.slice(0, 4));
    expect(`${p1!.stdout}${again!.stdout}`).to.match(/already registered/);
  });

  it('refuses a copy that differs from the reference: rolled back, nothing registered', async () => {
    await sandbox.platform('accounts', TAMPER);
    try {
      // a version with no copy kept ready yet: the template's script runs, and the trigger with it
      const bad = await sandbox.cli(['tenants', 'add', 'accounts', 'bad', '--at', V3]);
      expect(bad.code, bad.stdout + bad.stderr).to.equal(1);
      expect(bad.stderr.trim().split('\n')).to.have.length(1);
      expect(bad.stderr).to.match(
        /tenant bad of accounts: its copy differs from the reference at 1710000000003_unique-account-email: extra column accounts\.tampered.*rolled back, nothing was registered/,
      );
    } finally {
      await sandbox.platform('accounts', 'DROP EVENT TRIGGER tamper; DROP FUNCTION public.tamper()');
    }
    expect(await schemaExists('tenant_bad')).to.equal(false);
    expect(await registered()).to.not.include('bad');
  });

  it('adopts a hand-made schema at the version it matches, which then migrates with a worker', async () => {
    await sandbox.platform('accounts', legacyAt3('tenant_legacy'));
    const out = await ok(sandbox, ['tenants', 'adopt', 'accounts', 'tenant_legacy']);
    expect(out).to.include(`accounts/legacy: adopted schema tenant_legacy at ${V3}`);
    expect(await registered()).to.include('legacy');
    expect(await sandbox.applied('accounts', 'legacy')).to.deep.equal(ALL.slice(0, 3));
    await ok(sandbox, ['migrate', '--to', 'latest', '--tenant', 'legacy', '--wait']);
    expect(await sandbox.applied('accounts', 'legacy')).to.deep.equal(ALL);
    expect((await steps('tenant_legacy')).map((s) => s.split(':')[1])).to.deep.equal([
      '1710000000001',
      '1710000000002',
      '1710000000003',
      '1710000000004',
      '1710000000005',
    ]);
    const [account] = await sandbox.platform<{ name: string; status: string }>(
      'accounts',
      'SELECT name, status FROM tenant_legacy.accounts',
    );
    expect(account).to.deep.equal({ name: 'Ada', status: 'active' });
    // adopting it again changes nothing
    expect(await ok(sandbox, ['tenants', 'adopt', 'accounts', 'legacy'])).to.include(
      'adopted 0 tenant(s), 1 already registered',
    );
  });

  it('adopts a schema that has its own fitting history as it is, and refuses one whose history does not fit its schema', async () => {
    const history = (schema: string, names: string[]) => `
      CREATE TABLE ${schema}.pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
      INSERT INTO ${schema}.pgmigrations (name, run_on) SELECT n, '2020-01-01' FROM unnest(ARRAY[${names.map((n) => `'${n}'`).join(', ')}]) n;`;
    await sandbox.platform('accounts', legacyAt3('tenant_runner') + history('tenant_runner', ALL.slice(0, 3)));
    expect(await ok(sandbox, ['tenants', 'adopt', 'accounts', 'runner'])).to.include(
      `adopted schema tenant_runner at ${V3}, its own history kept`,
    );
    const [kept] = await sandbox.platform<{ n: number }>(
      'accounts',
      "SELECT count(*)::int AS n FROM tenant_runner.pgmigrations WHERE run_on = '2020-01-01'",
    );
    expect(kept!.n).to.equal(3);
    await sandbox.platform('accounts', legacyAt3('tenant_liar') + history('tenant_liar', ALL.slice(0, 2)));
    const liar = await sandbox.cli(['tenants', 'adopt', 'accounts', 'liar']);
    expect(liar.code, liar.stdout + liar.stderr).to.equal(1);
    expect(liar.stdout).to.include(`closest is ${V2}`).and.include('extra constraint accounts.accounts_email_key');
    expect(await registered()).to.not.include('liar');
  });

  it('refuses a schema that matches no version, naming the difference, and records nothing', async () => {
    await sandbox.platform('accounts', legacyAt3('tenant_odd', 'varchar(10)'));
    const odd = await sandbox.cli(['tenants', 'adopt', 'accounts', 'odd']);
    expect(odd.code, odd.stdout + odd.stderr).to.equal(1);
    expect(odd.stdout).to.include(
      `schema tenant_odd (tenant odd of accounts) matches no version of accounts; closest is ${V3}`,
    );
    expect(odd.stdout).to.include('changed column accounts.name: text → character varying(10)');
    expect(await registered()).to.not.include('odd');
    expect(
      await sandbox.platform(
        'accounts',
        "SELECT 1 FROM pg_class WHERE relname = 'pgmigrations' AND relnamespace = 'tenant_odd'::regnamespace",
      ),
    ).to.have.length(0);
    // and `tenants add` will not write over it either
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'accounts', 'odd']),
      /schema tenant_odd of tenant odd on accounts already holds objects: register it with `tenantry tenants adopt accounts odd`/,
    );
  });

  it('refuses bad input in one line, exit 2, changing nothing', async () => {
    const before = await registered();
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'accounts', 'x1', '--at', 'nope']),
      /target "nope" is not a release, a tenant migration of platform accounts, latest or 0/,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'adopt', 'accounts', 'tenant_nowhere']),
      /schema tenant_nowhere \(tenant nowhere of accounts\) does not exist: nothing to adopt/,
    );
    expectRefused(await sandbox.cli(['tenants', 'adopt', 'accounts', 'Bad!']), /tenant id/i);
    expectRefused(await sandbox.cli(['tenants', 'adopt', 'nowhere', 'acme']), /platform/i);
    expect(await registered()).to.deep.equal(before);
    expect(await schemaExists('tenant_x1')).to.equal(false);
  });
});

describe('onboarding in database-per-tenant mode', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  const own = (tenant: string) => `${sandbox.id}_acc_${tenant}`;

  before(async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as {
      platforms: Record<string, Record<string, unknown>>;
    };
    config.platforms.accounts!.tenantDatabaseUrl = databaseUrl('PLACEHOLDER').replace(
      'PLACEHOLDER',
      `${sandbox.id}_acc_{tenant}`,
    );
    sandbox.writeConfig(config);
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'one']);
    sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', 'latest', '--wait']);
  });
  after(async () => {
    await sandbox?.destroy();
    for (const tenant of ['one', 'two']) await adminQuery(`DROP DATABASE IF EXISTS ${own(tenant)} WITH (FORCE)`);
  });

  it("copies the template from the platform's database into the new tenant's own database", async () => {
    expect(await ok(sandbox, ['tenants', 'add', 'accounts', 'two'])).to.include(`at ${LATEST}`);
    const history = async (tenant: string) =>
      (
        await sandbox.query<{ name: string }>(
          own(tenant),
          'SELECT name FROM tenant_' + tenant + '.pgmigrations ORDER BY run_on, id',
        )
      ).map((r) => r.name);
    expect(await history('two')).to.deep.equal(ALL);
    const rows = async (tenant: string) =>
      (
        await sandbox.query<{ migration: string }>(
          own(tenant),
          `SELECT migration FROM tenant_${tenant}.applied_steps ORDER BY id`,
        )
      ).map((r) => r.migration);
    expect(await rows('two')).to.deep.equal(await rows('one'));
    const verify = await sandbox.cli(['verify', '--json']);
    expect(verify.code, verify.stdout + verify.stderr).to.equal(0);
    expect(JSON.parse(verify.stdout)).to.include({ ok: true, checked: 2, matched: 2 });
  });
});
