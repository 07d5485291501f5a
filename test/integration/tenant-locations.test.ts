import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Sandbox, ok } from '../helpers/sandbox.js';
import { expectRefused } from '../helpers/refusals.js';
import { exited } from '../helpers/processes.js';
import { databaseUrl } from '../helpers/services.js';

const V2 = '1710000000002_add-account-name';

/** Rewrites the sandbox's config file. */
function edit(
  sandbox: Sandbox,
  change: (config: { platforms: Record<string, Record<string, unknown>> }) => void,
): void {
  const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as {
    platforms: Record<string, Record<string, unknown>>;
  };
  change(config);
  sandbox.writeConfig(config);
}

async function schemas(sandbox: Sandbox, platform: string): Promise<string[]> {
  const rows = await sandbox.platform<{ nspname: string }>(
    platform,
    "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public') ORDER BY 1",
  );
  return rows.map((r) => r.nspname);
}

describe('one owner per location', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a schema-mode tenantSchema without {tenant} is refused, naming two tenants that would share it', async () => {
    sandbox = new Sandbox({ platforms: { shop: { migrations: 'accounts', tenantSchema: 'shop' } } });
    for (const args of [['init'], ['tenants', 'add', 'shop', 'acme', 'initech'], ['migrate', '--to', 'latest']]) {
      expectRefused(
        await sandbox.cli(args),
        /platforms\.shop\.tenantSchema puts tenant acme of platform shop and tenant globex in one location \(schema shop of database/,
      );
    }
    // database mode: a tenantDatabaseUrl whose {tenant} does not choose the database
    edit(sandbox, (c) => {
      c.platforms.shop!.tenantDatabaseUrl = `${databaseUrl(sandbox.platformDbs.shop!)}?application_name={tenant}`;
    });
    expectRefused(
      await sandbox.cli(['init']),
      /platforms\.shop\.tenantDatabaseUrl puts tenant acme .* and tenant globex in one location/,
    );
  });

  it('two platforms on one database with one template are refused, naming both', async () => {
    sandbox = new Sandbox({ platforms: { billing: { migrations: 'accounts' }, crm: { migrations: 'accounts' } } });
    edit(sandbox, (c) => {
      c.platforms.crm!.databaseUrl = c.platforms.billing!.databaseUrl;
    });
    expectRefused(
      await sandbox.cli(['init']),
      /platforms billing and crm both put tenant acme in schema tenant_acme of database/,
    );
  });

  it('a registration that would share a location is refused by the ledger, however the server is named, and changes nothing', async () => {
    sandbox = new Sandbox({
      platforms: {
        billing: { migrations: 'accounts', tenantSchema: 'a_{tenant}' },
        crm: { migrations: 'accounts', tenantSchema: 'a_b_{tenant}' },
      },
    });
    // crm on billing's database: the templates differ, but tenant b_x of billing and x of crm meet in a_b_x
    edit(sandbox, (c) => {
      c.platforms.crm!.databaseUrl = c.platforms.billing!.databaseUrl;
    });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'billing', 'b_x']);
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'crm', 'y', 'x']),
      /tenant x of platform crm would live in schema a_b_x of database \S+ \(server [0-9]+:5432\), which tenant b_x of platform billing owns/,
    );
    expect(await sandbox.ledger('SELECT platform, tenant FROM tenantry.tenants ORDER BY 1, 2')).to.deep.equal([
      { platform: 'billing', tenant: 'b_x' },
    ]);
    expect(await schemas(sandbox, 'billing')).to.deep.equal(['a_b_x']);

    // the same database by another name of the same server: the config cannot tell, the ledger can
    edit(sandbox, (c) => {
      c.platforms.crm!.tenantSchema = 'a_{tenant}';
      c.platforms.crm!.databaseUrl = (c.platforms.billing!.databaseUrl as string).replace(
        '127.0.0.1',
        '[::ffff:127.0.0.1]',
      );
    });
    expectRefused(await sandbox.cli(['tenants', 'add', 'crm', 'b_x']), /which tenant b_x of platform billing owns/);
    // a tenant's schema may not be a platform's shared schema, nor Tenantry's own
    edit(sandbox, (c) => {
      c.platforms.billing!.sharedSchema = 'a_zz';
    });
    const shared = await sandbox.cli(['tenants', 'add', 'crm', 'zz']);
    expectRefused(shared, /which is the shared schema of platform billing/);
    expect(await sandbox.ledger('SELECT platform, tenant FROM tenantry.tenants ORDER BY 1, 2')).to.deep.equal([
      { platform: 'billing', tenant: 'b_x' },
    ]);
  });

  it('two registrations of one location at the same instant: exactly one wins', async () => {
    sandbox = new Sandbox({
      platforms: {
        billing: { migrations: 'accounts', tenantSchema: 'a_{tenant}' },
        crm: { migrations: 'accounts', tenantSchema: 'a_b_{tenant}' },
      },
    });
    edit(sandbox, (c) => {
      c.platforms.crm!.databaseUrl = c.platforms.billing!.databaseUrl;
    });
    await ok(sandbox, ['init']);
    const results = await Promise.all([
      sandbox.cli(['tenants', 'add', 'billing', 'b_x']),
      sandbox.cli(['tenants', 'add', 'crm', 'x']),
    ]);
    expect(results.map((r) => r.code).sort()).to.deep.equal([0, 2]);
    expect(results.find((r) => r.code === 2)!.stderr).to.match(/owns|one location has one owner/);
    expect(await sandbox.ledger('SELECT tenant FROM tenantry.tenants')).to.have.length(1);
  });

  it("tenants remove --drop-schema drops only what is provably the tenant's own", async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } }, releases: { v1: { accounts: V2 } } });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'acme', 'initech', 'hooli', 'legacy']);
    const worker = sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', 'v1', '--wait']);
    worker.kill('SIGTERM');
    await exited(worker);

    // something that is not the platform's in the schema: kept, and the tenant stays registered
    await sandbox.platform('accounts', 'CREATE TABLE tenant_initech.audit_copy (id int)');
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'accounts', 'acme', 'initech', '--drop-schema']),
      /not dropping schema tenant_initech .*: it is not what platform accounts's migrations made it \(extra table audit_copy/,
    );
    await sandbox.platform('accounts', 'DROP TABLE tenant_initech.audit_copy');
    await sandbox.platform(
      'accounts',
      "INSERT INTO tenant_initech.pgmigrations (name, run_on) VALUES ('1999_other-platform', now())",
    );
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'accounts', 'initech', '--drop-schema']),
      /not dropping schema tenant_initech .*changed history pgmigrations: .*1999_other-platform applied as migration 3/,
    );
    expect(await schemas(sandbox, 'accounts')).to.deep.equal([
      'tenant_acme',
      'tenant_hooli',
      'tenant_initech',
      'tenant_legacy',
    ]);

    // registered before locations were recorded: not provable until `tenants add` records it
    await sandbox.ledger(
      "UPDATE tenantry.tenants SET server = NULL, database = NULL, schema = NULL WHERE tenant = 'legacy'",
    );
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'accounts', 'legacy', '--drop-schema']),
      /tenant legacy of platform accounts has no recorded location/,
    );
    expect(await ok(sandbox, ['tenants', 'add', 'accounts', 'legacy'])).to.match(/1 already registered/);

    // the config moved the tenants elsewhere: neither location is dropped
    edit(sandbox, (c) => {
      c.platforms.accounts!.tenantSchema = 'customer_{tenant}';
    });
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'accounts', 'hooli', '--drop-schema']),
      /recorded in schema tenant_hooli .* but the config now puts it in schema customer_hooli/,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'accounts', 'hooli']),
      /is registered in schema tenant_hooli .* but the config now puts it in schema customer_hooli/,
    );
    const checked = await sandbox.cli(['verify', '--invariants']);
    expect(checked.code, checked.stdout + checked.stderr).to.equal(1);
    expect(checked.stdout).to.match(
      /location.*hooli.*registered in schema tenant_hooli .*, but the config now puts it in schema customer_hooli/,
    );
    edit(sandbox, (c) => {
      delete c.platforms.accounts!.tenantSchema;
    });
    expect(await sandbox.ledger('SELECT tenant FROM tenantry.tenants ORDER BY 1')).to.have.length(4);

    await ok(sandbox, ['tenants', 'remove', 'accounts', 'acme', 'legacy', '--drop-schema']);
    expect(await schemas(sandbox, 'accounts')).to.deep.equal(['tenant_hooli', 'tenant_initech']);
    expect(
      (await sandbox.ledger<{ tenant: string }>('SELECT tenant FROM tenantry.tenants ORDER BY 1')).map((r) => r.tenant),
    ).to.deep.equal(['hooli', 'initech']);
  });

  it('verify --invariants reports a tenant whose live version is not where its last successful run left it', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } }, releases: { v1: { accounts: V2 } } });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'accounts', 'acme', 'initech']);
    const worker = sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', 'v1', '--wait']);
    worker.kill('SIGTERM');
    await exited(worker);
    expect((await sandbox.cli(['verify', '--invariants'])).code).to.equal(0);
    // a later run that failed and recorded the wrong `from` (0), its tenant emptied: the last
    // deciding run agrees with the tenant, only the last success tells
    const [rollout] = await sandbox.ledger<{ id: string }>(
      "INSERT INTO tenantry.rollouts (kind, target, status, finished_at) VALUES ('rollback', '1710000000001_create-accounts', 'failed', now()) RETURNING id",
    );
    await sandbox.ledger(
      `INSERT INTO tenantry.runs (rollout_id, platform, tenant, direction, target, status, from_version, error, finished_at)
       VALUES ($1, 'accounts', 'acme', 'down', '1710000000001_create-accounts', 'failed', '0', 'restore failed', now())`,
      [rollout!.id],
    );
    await sandbox.platform('accounts', 'DROP SCHEMA tenant_acme CASCADE; CREATE SCHEMA tenant_acme');
    const result = await sandbox.cli(['verify', '--invariants']);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout).to.match(
      /acme.*at 0, but the ledger's last successful run on it \(rollout [0-9a-f-]+\) left it at 1710000000002_add-account-name/,
    );
    expect(result.stdout).to.not.match(/initech/);
  });
});
