import { expect } from 'chai';
import pg from 'pg';
import { runSessionName, tenantLockKey, tryLockAndRead, tryLockTenant, unlockKey } from '@tenantry/core/internal';
import { Sandbox } from '../helpers/sandbox.js';
import { PG_URL, databaseUrl } from '../helpers/services.js';

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

describe("a run's lock round trip: the lock, then the history read under it", function () {
  this.timeout(30_000);
  const schema = `lockread_${process.pid}_${Date.now().toString(36)}`;
  // a negative key, as half of all tenants' are (the pg_locks look-up casts it)
  const key: [number, number] = [tenantLockKey('lockread', schema)[0], -(process.pid % 1_000_000) - 1];
  const probe = { schema, table: 'pgmigrations', aside: `${schema}_aside`, readHistory: true };
  const clients: pg.Client[] = [];
  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    clients.push(client);
    return client;
  }
  after(async () => {
    await clients[0]?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    for (const client of clients.splice(0)) await client.end().catch(() => {});
  });

  it('reads what the previous holder committed as it let go; a missing history is asked again, the lock held once', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query(`CREATE SCHEMA ${schema}`);
    // no history table yet: the read fails, pg_locks says the lock was taken, and it is held once
    expect(await tryLockAndRead(a, key, probe)).to.deep.equal({
      locked: true,
      relationFound: false,
      schemaFound: false,
    });
    expect(await tryLockAndRead(b, key, probe)).to.deep.equal({
      locked: false,
      relationFound: false,
      schemaFound: false,
    });
    // the holder's last round trip commits its history and lets go, as a run's does
    await a.query(
      `BEGIN; CREATE TABLE ${schema}.pgmigrations (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
       INSERT INTO ${schema}.pgmigrations (name, run_on) VALUES ('001_first', now()), ('002_second', now()); COMMIT;
       SELECT pg_advisory_unlock(${key[0]}, ${key[1]})`,
    );
    expect(await unlockKey(a, key), 'a held the lock once').to.equal(false);
    expect(await tryLockAndRead(b, key, probe)).to.deep.equal({
      locked: true,
      relationFound: true,
      schemaFound: false,
      history: ['001_first', '002_second'],
    });
    // busy: nothing is reported, whatever the statements after the lock read
    expect(await tryLockAndRead(a, key, probe)).to.deep.equal({
      locked: false,
      relationFound: false,
      schemaFound: false,
    });
    expect(await tryLockAndRead(a, key, { ...probe, readHistory: false })).to.deep.equal({
      locked: false,
      relationFound: false,
      schemaFound: false,
    });
    expect(await unlockKey(b, key)).to.equal(true);
    // without the history read: the table and an aside schema found, both read under the lock
    await b.query(`CREATE SCHEMA ${schema}_aside`);
    try {
      expect(await tryLockAndRead(a, key, { ...probe, readHistory: false })).to.deep.equal({
        locked: true,
        relationFound: true,
        schemaFound: true,
      });
      expect(await unlockKey(a, key)).to.equal(true);
    } finally {
      await b.query(`DROP SCHEMA ${schema}_aside`);
    }
  });
});
