import { expect } from 'chai';
import pg from 'pg';
import { runSessionName, tryLockTenant } from '@tenantry/core/internal';
import { Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

describe('locks list and cleanup: every Tenantry lock traced to its worker', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  const sessions: pg.Client[] = [];
  afterEach(async () => {
    for (const client of sessions.splice(0)) await client.end().catch(() => {});
    await sandbox?.destroy();
  });

  async function session(applicationName: string): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: databaseUrl(sandbox.platformDbs.accounts!),
      application_name: applicationName,
    });
    client.on('error', () => {}); // a terminated session reports here
    await client.connect();
    sessions.push(client);
    return client;
  }

  it('a lock taken before its run was claimed is named after its worker; cleanup frees it once that worker is dead, and nothing else', async () => {
    // a minute's heartbeat: the live worker stays alive (six missed heartbeats) however slow the
    // machine is between its heartbeat below and the commands that judge it; the dead one is an hour old
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { worker: { heartbeatMs: 60_000, shutdownTimeoutMs: 20_000, reconcileIntervalMs: 1000 } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex', 'initech'])).code).to.equal(0);
    // worker ids as long as a Kubernetes pod name: the tag survives application_name's 63 bytes
    const dead = `payments-migrations-worker-7f9c8d6b5-x2x4z.cluster.local-4242-${'a'.repeat(6)}`;
    const live = `payments-migrations-worker-7f9c8d6b5-x2x4z.cluster.local-4243-${'b'.repeat(6)}`;
    expect(runSessionName(dead)).to.have.length(63);
    await sandbox.ledger(
      `INSERT INTO tenantry.workers (id, host, pid, concurrency, heartbeat_at) VALUES
       ($1, 'a', 4242, 1, now() - interval '1 hour'), ($2, 'b', 4243, 1, now())`,
      [dead, live],
    );
    const ofDead = await session(runSessionName(dead));
    const ofLive = await session(runSessionName(live));
    const stranger = await session('psql');
    expect(await tryLockTenant(ofDead, 'accounts', 'acme')).to.equal(true);
    expect(await tryLockTenant(ofLive, 'accounts', 'globex')).to.equal(true);
    expect(await tryLockTenant(stranger, 'accounts', 'initech')).to.equal(true);

    const listed = await sandbox.cli(['locks', 'list', '--json']);
    expect(listed.code, listed.stderr).to.equal(0);
    const locks = (
      JSON.parse(listed.stdout) as Array<{
        tenant: string | null;
        workerId: string | null;
        workerAlive: boolean;
        runId: string | null;
      }>
    ).sort((a, b) => String(a.tenant).localeCompare(String(b.tenant)));
    expect(locks.map((l) => [l.tenant, l.workerId, l.workerAlive, l.runId])).to.deep.equal([
      ['acme', dead, false, null],
      ['globex', live, true, null],
      ['initech', null, false, null],
    ]);

    const cleaned = await sandbox.cli(['locks', 'cleanup']);
    expect(cleaned.code, cleaned.stderr).to.equal(0);
    expect(cleaned.stdout).to.match(/cleaned 1 lock/);
    expect(cleaned.stdout).to.contain(`accounts/acme: worker ${dead} (run not claimed yet)`);
    const left = await sandbox.platform<{ application_name: string }>(
      'accounts',
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY 1`,
    );
    expect(left.map((r) => r.application_name)).to.deep.equal(['psql', runSessionName(live)]);
  });
});
