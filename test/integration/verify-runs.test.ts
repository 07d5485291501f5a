import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Sandbox } from '../helpers/sandbox.js';

const V2 = '1710000000002_add-account-name';

describe('verify: true — every run checks its tenant against the reference of its new version', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a tenant changed by hand fails its run with SCHEMA_DRIFT and is returned; an untouched one succeeds', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    sandbox.writeConfig({ ...JSON.parse(readFileSync(sandbox.configFile, 'utf8')), verify: true });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 2 });
    const first = await sandbox.cli(['migrate', '--to', V2, '--wait']);
    expect(first.code, first.stdout + first.stderr).to.equal(0);
    // someone adds a column by hand to one tenant
    await sandbox.platform('accounts', 'ALTER TABLE tenant_globex.accounts ADD COLUMN hand_made text');
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/FAILED accounts\/globex: SCHEMA_DRIFT: .*hand_made/);
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(5);
    expect(await sandbox.applied('accounts', 'globex')).to.deep.equal(['1710000000001_create-accounts', V2]);
  });
});
