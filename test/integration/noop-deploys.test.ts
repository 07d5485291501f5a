import { expect } from 'chai';
import { Queue } from 'bullmq';
import { ControlDb, RolloutLedger, loadConfig } from '@tenantry/core';
import { MigrationCoordinator, RUN_QUEUE } from '@tenantry/queue';
import { exited } from '../helpers/processes.js';
import { Sandbox, eventually, rolloutIdIn, tenantIds } from '../helpers/sandbox.js';
import { REDIS_URL } from '../helpers/services.js';

const LATEST = '1710000000005_account-status';
const V2 = '1710000000002_add-account-name';
const M4 = '1710000000004_create-sessions';
/** a migration run by hand, not in the files */
const HAND_RUN = '1710000000005_account-status-hotfix';

async function setUp(tenants: string[]): Promise<Sandbox> {
  const sandbox = new Sandbox({
    platforms: { accounts: { migrations: 'accounts' } },
    releases: { 'v1.0': { accounts: V2 } },
  });
  expect((await sandbox.cli(['init'])).code).to.equal(0);
  const add = await sandbox.cli(['tenants', 'add', 'accounts', ...tenants]);
  expect(add.code, add.stderr).to.equal(0);
  return sandbox;
}

async function knownVersions(sandbox: Sandbox): Promise<Record<string, string | null>> {
  const rows = await sandbox.ledger<{ tenant: string; known_version: string | null }>(
    'SELECT tenant, known_version FROM tenantry.tenants ORDER BY tenant',
  );
  return Object.fromEntries(rows.map((r) => [r.tenant, r.known_version]));
}

async function runsOf(
  sandbox: Sandbox,
  rolloutId: string,
): Promise<Array<{ tenant: string; wave: number; status: string; noop: boolean | null }>> {
  return sandbox.ledger('SELECT tenant, wave, status, noop FROM tenantry.runs WHERE rollout_id = $1 ORDER BY tenant', [
    rolloutId,
  ]);
}

/** Jobs of this sandbox's run queue not yet taken by a worker. */
async function pendingJobs(sandbox: Sandbox): Promise<number> {
  const queue = new Queue(RUN_QUEUE, { connection: { url: REDIS_URL }, prefix: sandbox.prefix });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  } finally {
    await queue.close();
  }
}

/** Waits until PostgreSQL's statistics count these rows in the tenants' history tables ("c0001 5, c0002 5"). */
async function countsReach(sandbox: Sandbox, expected: string): Promise<void> {
  let counts = '';
  await eventually(async () => {
    const rows = await sandbox.platform<{ tenant: string; n: number }>(
      'accounts',
      `SELECT substr(n.nspname, 8) AS tenant, pg_stat_get_live_tuples(c.oid)::int AS n
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'pgmigrations' AND n.nspname LIKE 'tenant\\_%' ORDER BY 1`,
    );
    counts = rows.map((r) => `${r.tenant} ${r.n}`).join(', ');
    return counts === expected ? true : undefined;
  }).catch((error: Error) => {
    throw new Error(`${error.message}: history rows counted ${counts}, not ${expected}`);
  });
}

async function migrated(sandbox: Sandbox, args: string[]): Promise<string> {
  const result = await sandbox.cli(['migrate', ...args]);
  expect(result.code, result.stdout + result.stderr).to.equal(0);
  return result.stdout;
}

describe('no-op deploys: tenants the ledger shows at the target are not queued', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('a second deploy to the same target queues nothing, finishes at once and says how many it skipped; --recheck queues every tenant', async () => {
    const tenants = tenantIds(12);
    sandbox = await setUp(tenants);
    // registration records what it created: empty schemas, version 0
    expect(Object.values(await knownVersions(sandbox)).every((v) => v === '0')).to.equal(true);
    const worker = sandbox.startWorker({ concurrency: 4 });
    await migrated(sandbox, ['--to', 'latest', '--wait']);
    expect(Object.values(await knownVersions(sandbox)).every((v) => v === LATEST)).to.equal(true);
    // no worker from here on: whatever a deploy queues stays in the queue
    worker.kill('SIGTERM');
    await exited(worker);

    const second = await migrated(sandbox, ['--to', 'latest', '--wait']);
    expect(second).to.match(
      /nothing to do, skipped 12 tenant run\(s\) the ledger shows at the target already: no job queued for them \(--recheck runs every tenant\)/,
    );
    expect(second).to.match(/rollout [0-9a-f-]{36} succeeded: 0 succeeded, 0 failed of 0/);
    const id = rolloutIdIn(second);
    expect(await runsOf(sandbox, id)).to.deep.equal([]);
    expect(
      await sandbox.ledger('SELECT status, finished_at IS NOT NULL AS finished FROM tenantry.rollouts WHERE id = $1', [
        id,
      ]),
    ).to.deep.equal([{ status: 'succeeded', finished: true }]);
    expect(await pendingJobs(sandbox)).to.equal(0);

    const json = await sandbox.cli(['migrate', '--to', 'latest', '--json']);
    expect(json.code, json.stderr).to.equal(0);
    expect(JSON.parse(json.stdout)).to.include({ runs: 0, skippedAtTarget: 12 });
    expect(json.stderr, 'no warning about a missing worker when nothing is queued').to.equal('');

    const dry = await sandbox.cli(['migrate', '--to', 'latest', '--dry-run']);
    expect(dry.code, dry.stderr).to.equal(0);
    expect(dry.stdout).to.match(
      /skipped 12 tenant run\(s\) the ledger shows at the target already: no job would be queued for them/,
    );
    const dryJson = JSON.parse((await sandbox.cli(['migrate', '--to', 'latest', '--dry-run', '--json'])).stdout) as {
      skippedAtTarget: number;
      runs: unknown[];
    };
    expect(dryJson).to.deep.include({ skippedAtTarget: 12, runs: [] });

    // the API says it too
    const fleet = new MigrationCoordinator(loadConfig(sandbox.configFile, {}));
    try {
      const handle = await fleet.coordinateMultiPlatformMigration({ release: 'latest' });
      expect(handle).to.include({ runs: 0, skippedAtTarget: 12 });
    } finally {
      await fleet.close();
    }
    expect(await pendingJobs(sandbox)).to.equal(0);

    // --recheck: every tenant planned and queued, as before the ledger knew
    const recheck = await migrated(sandbox, ['--to', 'latest', '--recheck', '--canary', '0', '--wave-size', '100%']);
    expect(recheck).to.match(/: 12 run\(s\)/);
    expect(recheck).not.to.match(/skipped/);
    expect(await pendingJobs(sandbox)).to.equal(12);
    const rechecked = rolloutIdIn(recheck);
    sandbox.startWorker({ concurrency: 4 });
    const done = await sandbox.cli(['rollout', 'status', rechecked, '--wait']);
    expect(done.code, done.stdout + done.stderr).to.equal(0);
    const runs = await runsOf(sandbox, rechecked);
    expect(runs).to.have.length(12);
    expect(runs.every((r) => r.status === 'succeeded' && r.noop === true)).to.equal(true);
  });

  it('reads of a fleet: a migration backwards is refused from the known versions or, unknown, from each history; status and the default version of a new tenant read the truth', async () => {
    const tenants = tenantIds(4);
    sandbox = await setUp(tenants);
    const worker = sandbox.startWorker({ concurrency: 2 });
    await migrated(sandbox, ['--to', 'latest', '--wait']);
    worker.kill('SIGTERM');
    await exited(worker);
    const backwards = async () => {
      const result = await sandbox.cli(['migrate', '--to', V2]);
      expect(result.code, result.stdout + result.stderr).to.equal(2);
      return result.stderr;
    };
    // the ledger knows every tenant at latest: refused without reading a history
    expect(await backwards()).to.match(/are already past 1710000000002_add-account-name: going there is a rollback/);
    // the ledger knows none: each tenant's own history says it, and the refusal names them
    await sandbox.ledger('UPDATE tenantry.tenants SET known_version = NULL');
    expect(await backwards()).to.include(`accounts/${tenants[0]}, accounts/${tenants[1]}`);
    expect(await pendingJobs(sandbox)).to.equal(0);

    // status reads each history: the second at V2, the third with an empty history table, the fourth without one
    const [first, second, third, fourth] = tenants as [string, string, string, string];
    await sandbox.platform('accounts', `DELETE FROM tenant_${second}.pgmigrations WHERE name > $1`, [V2]);
    await sandbox.platform('accounts', `DELETE FROM tenant_${third}.pgmigrations`);
    await sandbox.platform('accounts', `DROP TABLE tenant_${fourth}.pgmigrations`);
    const status = await sandbox.cli(['status', '--json']);
    expect(status.code, status.stderr).to.equal(0);
    const rows = (JSON.parse(status.stdout) as Array<{ tenant: string; version: string; applied: number }>).map(
      (r) => `${r.tenant} ${r.version} ${r.applied}`,
    );
    expect(rows).to.deep.equal([`${first} ${LATEST} 5`, `${second} ${V2} 2`, `${third} 0 0`, `${fourth} 0 0`]);

    // a new tenant starts at the newest version: the ledger knows the second at V2, the others are read
    await sandbox.ledger(`UPDATE tenantry.tenants SET known_version = $1 WHERE tenant = $2`, [V2, second]);
    const add = await sandbox.cli(['tenants', 'add', 'accounts', 'newcomer']);
    expect(add.code, add.stderr).to.equal(0);
    expect(add.stdout).to.include(`at ${LATEST}`);
    expect(await sandbox.applied('accounts', 'newcomer')).to.have.length(5);
    // every tenant known (at V2, the first one wrongly): the ledger alone decides, no history is read
    await sandbox.ledger(`UPDATE tenantry.tenants SET known_version = $1`, [V2]);
    const next = await sandbox.cli(['tenants', 'add', 'accounts', 'latecomer']);
    expect(next.code, next.stderr).to.equal(0);
    expect(next.stdout).to.include(`at ${V2}`);
  });

  it("a tenant moved back by hand behind Tenantry's back is planned and moved by the next deploy; one whose history was edited without changing its row count is taken at its record (documented) until --recheck runs it", async () => {
    const tenants = tenantIds(4);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 2 });
    await migrated(sandbox, ['--to', 'latest', '--wait']);
    // the runs' history rows counted first: a row deleted before its insert is counted would be lost
    // from the count (PostgreSQL clamps it at zero) until the table is next analyzed
    await countsReach(sandbox, 'c0001 5, c0002 5, c0003 5, c0004 5');
    // c0001 moved back a step outside Tenantry: its last migration undone, its history row deleted
    await sandbox.platform(
      'accounts',
      'ALTER TABLE tenant_c0001.accounts DROP COLUMN status; DROP TYPE tenant_c0001.account_status',
    );
    await sandbox.platform('accounts', 'DELETE FROM tenant_c0001.pgmigrations WHERE name = $1', [LATEST]);
    await sandbox.platform('accounts', 'DELETE FROM tenant_c0001.applied_steps WHERE migration = $1', [
      LATEST.slice(0, 13),
    ]);
    // c0002's last migration swapped for a hand-run one in its history: as many rows as before
    await sandbox.platform('accounts', 'UPDATE tenant_c0002.pgmigrations SET name = $1 WHERE name = $2', [
      HAND_RUN,
      LATEST,
    ]);
    // the statistics count c0001's deleted row once the session that deleted it reports it (within seconds)
    await countsReach(sandbox, 'c0001 4, c0002 5, c0003 5, c0004 5');

    // the dry run plans c0001 from its own table's version and names its stale record
    const dry = JSON.parse(await migrated(sandbox, ['--to', 'latest', '--dry-run', '--json'])) as {
      skippedAtTarget: number;
      runs: Array<{ tenant: string; from: string; migrations: string[] }>;
      read: { live: number; reasons: Record<string, number>; staleCount: number };
    };
    expect(dry.skippedAtTarget).to.equal(3);
    expect(dry.runs.map((r) => [r.tenant, r.from, r.migrations])).to.deep.equal([['c0001', M4, [LATEST]]]);
    expect(dry.read).to.deep.include({ live: 1, reasons: { 'count-differs': 1 }, staleCount: 1 });
    const dryText = await migrated(sandbox, ['--to', 'latest', '--dry-run']);
    expect(dryText).to.include("read live: 1 (1 whose history row count differs from the ledger's version)");
    expect(dryText).to.include(`  accounts/c0001: ledger ${LATEST}, table ${M4}`);

    // a plain deploy moves c0001 (a run that changes it), and leaves out the other three
    const moved = await migrated(sandbox, ['--to', 'latest', '--wait']);
    expect(moved).to.match(/: 1 run\(s\)/);
    expect(moved).to.match(/skipped 3 tenant run\(s\) the ledger shows at the target already/);
    expect(moved).to.match(/succeeded: 1 succeeded, 0 failed of 1/);
    expect((await runsOf(sandbox, rolloutIdIn(moved))).map((r) => [r.tenant, r.status, r.noop])).to.deep.equal([
      ['c0001', 'succeeded', false],
    ]);
    expect(await sandbox.applied('accounts', 'c0001')).to.have.length(5);
    expect(
      await sandbox.platform(
        'accounts',
        `SELECT 1 FROM information_schema.columns WHERE table_schema = 'tenant_c0001' AND table_name = 'accounts' AND column_name = 'status'`,
      ),
    ).to.have.length(1);
    expect((await knownVersions(sandbox)).c0001).to.equal(LATEST);
    // c0002 was left out: its row count is its recorded version's position, so nothing shows the swap
    expect((await sandbox.applied('accounts', 'c0002')).at(-1), 'the documented blind spot').to.equal(HAND_RUN);

    // --recheck runs every tenant: c0002's run reads its history under its lock and refuses it, naming it
    const recheck = await sandbox.cli(['migrate', '--to', 'latest', '--recheck', '--canary', '0', '--wait']);
    expect(recheck.code, recheck.stdout + recheck.stderr).to.equal(1);
    expect(recheck.stdout + recheck.stderr).to.match(
      new RegExp(`tenant c0002 on accounts has ${HAND_RUN} applied where .* has ${LATEST} next`),
    );
    const rechecked = await runsOf(sandbox, rolloutIdIn(recheck.stdout));
    expect(rechecked.map((r) => [r.tenant, r.status, r.noop])).to.deep.equal([
      ['c0001', 'succeeded', true],
      ['c0002', 'failed', false],
      ['c0003', 'succeeded', true],
      ['c0004', 'succeeded', true],
    ]);
    expect((await knownVersions(sandbox)).c0002, 'unknown: every deploy plans it until it is repaired').to.equal(null);
  });

  it("a failed run clears its tenant's known version; the next deploy queues that tenant only", async () => {
    const tenants = tenantIds(4);
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 2 });
    await migrated(sandbox, ['--to', 'v1.0', '--wait']);
    expect(Object.values(await knownVersions(sandbox)).every((v) => v === V2)).to.equal(true);
    // two equal emails: the unique index of migration 3 fails on c0002
    await sandbox.platform('accounts', `INSERT INTO tenant_c0002.accounts (email) VALUES ('dup@x'), ('dup@x')`);
    const failed = await sandbox.cli(['migrate', '--to', 'latest', '--canary', '0', '--wait']);
    expect(failed.code, failed.stdout + failed.stderr).to.equal(1);
    expect(await knownVersions(sandbox)).to.deep.equal({ c0001: LATEST, c0002: null, c0003: LATEST, c0004: LATEST });

    await sandbox.platform(
      'accounts',
      `DELETE FROM tenant_c0002.accounts WHERE id = (SELECT max(id) FROM tenant_c0002.accounts)`,
    );
    const again = await migrated(sandbox, ['--to', 'latest', '--wait']);
    expect(again).to.match(/: 1 run\(s\)/);
    expect(again).to.match(/skipped 3 tenant run\(s\) the ledger shows at the target already/);
    expect((await runsOf(sandbox, rolloutIdIn(again))).map((r) => r.tenant)).to.deep.equal(['c0002']);
    expect(Object.values(await knownVersions(sandbox)).every((v) => v === LATEST)).to.equal(true);
  });

  it('a run given up on, or put back for a retry, by an infrastructure error leaves its tenant unknown', async () => {
    sandbox = await setUp(['acme', 'globex']);
    const created = JSON.parse(await migrated(sandbox, ['--to', 'latest', '--json', '--canary', '0'])) as {
      rolloutId: string;
    };
    const runs = await sandbox.ledger<{ id: string; tenant: string }>(
      'SELECT id, tenant FROM tenantry.runs WHERE rollout_id = $1 ORDER BY tenant',
      [created.rolloutId],
    );
    // as a result written when another run's lock was released may leave it
    await sandbox.ledger(`UPDATE tenantry.tenants SET known_version = $1`, [V2]);
    const control = new ControlDb(loadConfig(sandbox.configFile, {}), { max: 2 });
    try {
      const ledger = new RolloutLedger(control);
      await ledger.recordRunError(runs[0]!.id, { code: 'ECONNRESET', message: 'connection reset' }, false);
      await ledger.recordRunError(runs[1]!.id, { code: 'ECONNRESET', message: 'connection reset' }, true);
    } finally {
      await control.close();
    }
    expect(await knownVersions(sandbox)).to.deep.equal({ acme: null, globex: null });
  });

  it('a mixed fleet queues only the tenants behind, staged over them: canary, waves and a capped --canary count right', async () => {
    const tenants = tenantIds(80);
    sandbox = await setUp(tenants);
    const ahead = tenants.slice(0, 20);
    const worker = sandbox.startWorker({ concurrency: 4 });
    await migrated(sandbox, ['--to', 'latest', '--canary', '0', '--wait', ...ahead.flatMap((t) => ['--tenant', t])]);
    worker.kill('SIGTERM');
    await exited(worker);

    // 60 behind: a canary of 3, then waves of 10 over the 60 (the 20 at target take no place in them)
    const staged = await migrated(sandbox, ['--to', 'latest', '--canary', '3', '--wave-size', '10', '--json']);
    const created = JSON.parse(staged) as { rolloutId: string; runs: number; skippedAtTarget: number };
    expect(created).to.include({ runs: 60, skippedAtTarget: 20 });
    const runs = await runsOf(sandbox, created.rolloutId);
    expect(runs.map((r) => r.tenant)).to.deep.equal(tenants.slice(20));
    const perWave = new Map<number, number>();
    for (const run of runs) perWave.set(run.wave, (perWave.get(run.wave) ?? 0) + 1);
    expect([...perWave.entries()].sort((a, b) => a[0] - b[0])).to.deep.equal([
      [0, 3],
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 10],
      [5, 10],
      [6, 7],
    ]);
    expect(await pendingJobs(sandbox)).to.equal(3); // the canary only
    sandbox.startWorker({ concurrency: 4 });
    const done = await sandbox.cli(['rollout', 'status', created.rolloutId, '--wait']);
    expect(done.code, done.stdout + done.stderr).to.equal(0);
    expect(done.stdout).to.match(/succeeded: 60 succeeded, 0 failed of 60/);

    // the default canary is sized on the tenants to run; a --canary count larger than them is capped
    await sandbox.ledger(`UPDATE tenantry.tenants SET known_version = NULL WHERE tenant = ANY($1::text[])`, [
      ['c0005', 'c0006'],
    ]);
    const capped = await migrated(sandbox, ['--to', 'latest', '--canary', '5', '--wait']);
    expect(capped).to.match(/: 2 run\(s\) \(accounts → 1710000000005_account-status; canary 2,/);
    expect(capped).to.match(/skipped 78 tenant run/);
    expect(capped).to.match(/succeeded: 2 succeeded, 0 failed of 2/);
  });
});
