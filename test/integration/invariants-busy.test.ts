import { expect } from 'chai';
import pg from 'pg';
import { Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

/**
 * `verify --invariants` on a busy fleet: a tenant's migrations table locked by an open
 * transaction past the checker's lock timeout. Retried, then exit 2 naming the cause, never
 * "unexpected error" with exit 1 (the code of a broken invariant); once the lock is gone it passes.
 */
describe('verify --invariants meeting a lock held by someone else', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('retries, then exits 2 naming the lock timeout; passes once the lock is gone', async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts', extra: { lockTimeoutMs: 500 } } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 1 });
    const migrated = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
    await holder.connect();
    try {
      await holder.query('BEGIN; LOCK TABLE tenant_acme.pgmigrations IN ACCESS EXCLUSIVE MODE');
      const busy = await sandbox.cli(['verify', '--invariants']);
      expect(busy.code, busy.stdout + busy.stderr).to.equal(2);
      expect(busy.stderr)
        .to.include('could not check the invariants')
        .and.to.include('55P03')
        .and.to.not.include('unexpected error');
      await holder.query('ROLLBACK');
      const quiet = await sandbox.cli(['verify', '--invariants']);
      expect(quiet.code, quiet.stdout + quiet.stderr).to.equal(0);
    } finally {
      await holder.end();
    }
  });
});
