import { expect } from 'chai';
import { Sandbox } from '../helpers/sandbox.js';
import { expectRefused } from '../helpers/refusals.js';

/** commander may add a usage hint below the one-line error */
const WITH_USAGE_HINT = 2;

describe('tenants add/remove: one platform or --all-platforms', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' }, billing: { migrations: 'accounts' } },
      releases: { 'v1.0': { accounts: '1710000000002_add-account-name', billing: '1710000000002_add-account-name' } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
  });
  after(async () => {
    await sandbox?.destroy();
  });

  const registered = async () =>
    (
      await sandbox.ledger<{ platform: string; tenant: string }>(
        'SELECT platform, tenant FROM tenantry.tenants ORDER BY 1, 2',
      )
    ).map((r) => `${r.platform}/${r.tenant}`);

  it('--all-platforms registers each tenant on every platform, and a release can then move it', async () => {
    const one = await sandbox.cli(['tenants', 'add', 'billing', 'acme']);
    expect(one.code, one.stderr).to.equal(0);
    // a release over both platforms refuses a tenant registered on one, and says how to fix it
    expectRefused(
      await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run']),
      /not registered on accounts.*tenants add --all-platforms/,
      WITH_USAGE_HINT,
    );

    const all = await sandbox.cli(['tenants', 'add', '--all-platforms', 'acme', 'globex']);
    expect(all.code, all.stderr).to.equal(0);
    expect(all.stdout)
      .to.include('accounts: added 2 tenant(s)')
      .and.include('billing: added 1 tenant(s), 1 already registered');
    expect(await registered()).to.deep.equal(['accounts/acme', 'accounts/globex', 'billing/acme', 'billing/globex']);
    const schemas = await sandbox.platform<{ nspname: string }>(
      'accounts',
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1",
    );
    expect(schemas.map((s) => s.nspname)).to.deep.equal(['tenant_acme', 'tenant_globex']);
    const dry = await sandbox.cli(['migrate', '--to', 'v1.0', '--dry-run']);
    expect(dry.code, dry.stderr).to.equal(0);
    expect(dry.stdout).to.include('4 of 4 run(s) would change a tenant');
  });

  it('refuses a platform name among --all-platforms ids, and a tenant that is not registered, changing nothing', async () => {
    const before = await registered();
    expectRefused(
      await sandbox.cli(['tenants', 'add', '--all-platforms', 'billing', 'initech']),
      /billing is a platform: with --all-platforms name only tenant ids/,
      WITH_USAGE_HINT,
    );
    expectRefused(await sandbox.cli(['tenants', 'add']), /name a platform and at least one tenant id/, WITH_USAGE_HINT);
    expectRefused(
      await sandbox.cli(['tenants', 'add', '--all-platforms']),
      /name at least one tenant id/,
      WITH_USAGE_HINT,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'billing', 'acme', 'nobody']),
      /tenant nobody on billing is not registered; nothing was removed/,
      WITH_USAGE_HINT,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'remove', '--all-platforms', 'nobody']),
      /tenant nobody on any platform is not registered/,
      WITH_USAGE_HINT,
    );
    expect(await registered()).to.deep.equal(before);
  });

  it('remove --all-platforms unregisters a tenant wherever it is', async () => {
    expect((await sandbox.cli(['tenants', 'remove', 'accounts', 'globex'])).code).to.equal(0);
    const removed = await sandbox.cli(['tenants', 'remove', '--all-platforms', 'globex', '--json']);
    expect(removed.code, removed.stderr).to.equal(0);
    expect(JSON.parse(removed.stdout)).to.deep.equal([
      { platform: 'accounts', removed: [], droppedSchemas: false },
      { platform: 'billing', removed: ['globex'], droppedSchemas: false },
    ]);
    expect(await registered()).to.deep.equal(['accounts/acme', 'billing/acme']);
  });
});
