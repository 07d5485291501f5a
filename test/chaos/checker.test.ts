import { expect } from 'chai';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { asideSchemaOf, tenantLockKey } from '@tenantry/core/internal';
import { databaseUrl } from '../helpers/services.js';
import { ok, type Sandbox } from '../helpers/sandbox.js';
import { invariantViolations } from './invariants.js';
import { LATEST, accountsFleet, started, workerIdOf } from './harness.js';

/** The checker must catch what it claims to: each invariant broken by hand, then found. */
describe('chaos: the invariant checker (tenantry verify --invariants)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox | undefined;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('holds on a clean fleet, then names each broken invariant in one line, exit 1', async () => {
    const fleet = await accountsFleet(6);
    sandbox = fleet.sandbox;
    const box = sandbox;
    const worker = box.startWorker({ concurrency: 2 });
    await ok(box, ['migrate', '--to', 'latest', '--backup', 'pg_dump', '--canary', '0', '--wait']);
    worker.kill('SIGTERM');
    expect(await invariantViolations(box, { canaryPlatform: 'accounts' })).to.deep.equal([]);
    const clean = await box.cli(['verify', '--invariants']);
    expect(clean.code, clean.stderr).to.equal(0);
    expect(clean.stdout).to.match(
      /^invariants: 6 tenant\(s\), 6 run\(s\), 1 database\(s\) checked in .* s: all hold$/m,
    );

    // c0001: moved back a step by hand (version); c0002: a column nobody's migration adds (fingerprint)
    await box.platform(
      'accounts',
      `ALTER TABLE tenant_c0001.accounts DROP COLUMN status; DROP TYPE tenant_c0001.account_status`,
    );
    await box.platform('accounts', 'DELETE FROM tenant_c0001.pgmigrations WHERE name = $1', [LATEST]);
    await box.platform('accounts', 'DELETE FROM tenant_c0001.applied_steps WHERE migration = $1', [
      LATEST.slice(0, 13),
    ]);
    await box.platform('accounts', 'ALTER TABLE tenant_c0002.accounts ADD COLUMN extra int');
    // c0003: a step recorded and applied twice (duplicate-step, and the canary)
    await box.platform('accounts', 'INSERT INTO tenant_c0003.pgmigrations (name, run_on) VALUES ($1, now())', [LATEST]);
    await box.platform('accounts', `INSERT INTO tenant_c0003.applied_steps (migration) VALUES ('1710000000005')`);
    // an index left invalid, as an interrupted CREATE INDEX CONCURRENTLY leaves it
    await box.platform(
      'accounts',
      `INSERT INTO tenant_c0004.sessions (account_id, expires_at) SELECT id, now() FROM tenant_c0004.accounts`,
    );
    await box.platform('accounts', `INSERT INTO tenant_c0004.accounts (email) VALUES ('a@x'), ('b@x')`);
    await box.platform(
      'accounts',
      `INSERT INTO tenant_c0004.sessions (account_id, expires_at) SELECT id, now() FROM tenant_c0004.accounts UNION ALL SELECT id, now() FROM tenant_c0004.accounts`,
    );
    await box
      .platform('accounts', 'CREATE UNIQUE INDEX CONCURRENTLY sessions_once ON tenant_c0004.sessions (account_id)')
      .catch(() => {});
    // a run left running by a worker that is gone, and a queued run with no job
    const runs = await box.ledger<{ id: string; tenant: string }>(
      'SELECT id, tenant FROM tenantry.runs ORDER BY tenant',
    );
    await box.ledger(`UPDATE tenantry.runs SET status = 'running', worker_id = 'ghost' WHERE id = $1`, [runs[4]!.id]);
    await box.ledger(`UPDATE tenantry.rollouts SET status = 'running', finished_at = NULL`);
    // c0006: its backup file deleted
    const dumps = path.join(box.dir, 'backups', 'accounts');
    for (const file of readdirSync(dumps)) rmSync(path.join(dumps, file));
    // a lock held by a session no worker owns
    const holder = new pg.Client({ connectionString: databaseUrl(box.platformDbs.accounts!) });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', tenantLockKey('accounts', 'c0006'));
      const found = await invariantViolations(box, { canaryPlatform: 'accounts' });
      const kinds = new Set(found.map((line) => line.split(':')[0]));
      for (const kind of [
        'version',
        'fingerprint',
        'duplicate-step',
        'invalid-index',
        'orphan-run',
        'orphan-lock',
        'backup',
      ])
        expect([...kinds], found.join('\n')).to.include(kind);
      expect(
        found.some((line) => /^version: accounts\/c0001 .*neither its original 0 nor its target/.test(line)),
        found.join('\n'),
      ).to.equal(true);
      expect(
        found.some((line) =>
          /^duplicate-step: tenant_c0003: 1710000000005 recorded 2 time\(s\), applied 2 time/.test(line),
        ),
        found.join('\n'),
      ).to.equal(true);
      const human = await box.cli(['verify', '--invariants']);
      expect(human.code).to.equal(1);
      expect(human.stdout).to.match(/^invalid-index: index tenant_c0004\.sessions_once on sessions is invalid/m);
      expect(human.stdout).to.match(
        /^orphan-run: accounts\/c0005 run [0-9a-f-]{36}: running, but its worker ghost is not alive$/m,
      );
      expect(human.stdout).to.match(/^invariants: .* violation\(s\)$/m);
    } finally {
      await holder.end();
    }
    // bad input: one line, exit 2
    for (const args of [
      ['verify', '--invariants', '--rollout', 'x;drop'],
      ['verify', '--rollout', runs[0]!.id],
      ['verify', '--invariants', '--tenant', 'c0001'],
    ]) {
      const bad = await box.cli(args);
      expect(bad.code, args.join(' ')).to.equal(2);
      expect(bad.stderr.trim().split('\n'), bad.stderr).to.have.length(1);
    }
  });

  it('sees what probing found: a tenant moved aside by a cut restore, a run stuck under a live worker, a run past its deadline', async () => {
    const fleet = await accountsFleet(4);
    sandbox = fleet.sandbox;
    const box = sandbox;
    const worker = box.startWorker({ concurrency: 2 });
    await started(worker);
    await ok(box, ['migrate', '--to', 'latest', '--canary', '0', '--wait']);
    expect(await invariantViolations(box)).to.deep.equal([]);
    const live = await workerIdOf(box, worker);
    const runs = await box.ledger<{ id: string; tenant: string }>(
      'SELECT id, tenant FROM tenantry.runs ORDER BY tenant',
    );
    // c0001: running under a live worker for two hours (past its 1 hour deadline); c0002: running, its job long finished
    await box.ledger(
      `UPDATE tenantry.runs SET status = 'running', worker_id = $2, started_at = now() - interval '2 hours' WHERE id = $1`,
      [runs[0]!.id, live],
    );
    await box.ledger(`UPDATE tenantry.runs SET status = 'running', worker_id = $2 WHERE id = $1`, [runs[1]!.id, live]);
    // c0003: its live schema left aside by a restore cut short; c0004's run finished with its aside schema still recorded
    await box.platform('accounts', `ALTER SCHEMA tenant_c0003 RENAME TO ${asideSchemaOf('tenant_c0003')}`);
    await box.ledger(`UPDATE tenantry.runs SET aside_schema = $2 WHERE id = $1`, [
      runs[3]!.id,
      asideSchemaOf('tenant_c0004'),
    ]);
    const found = await invariantViolations(box);
    const text = found.join('\n');
    expect(
      found.some((l) => /^orphan-run: accounts\/c0001 .*past its deadline of 3600 s/.test(l)),
      text,
    ).to.equal(true);
    expect(
      found.some((l) =>
        /^lost-job: accounts\/c0002 .*running under worker .*its job is no longer in the queue/.test(l),
      ),
      text,
    ).to.equal(true);
    expect(
      found.some((l) => l.startsWith(`aside-schema: accounts/c0003  schema ${asideSchemaOf('tenant_c0003')}`)),
      text,
    ).to.equal(true);
    expect(
      found.some((l) => /^version: accounts\/c0003 .*at 0/.test(l)),
      text,
    ).to.equal(true);
    expect(
      found.some((l) => /^aside-schema: accounts\/c0004 .*still recorded/.test(l)),
      text,
    ).to.equal(true);
    worker.kill('SIGTERM');
  });
});
