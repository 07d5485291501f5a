import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { eventually, FIXTURES, ROOT, Sandbox, tenantIds } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';

const PEOPLE = '1720000000001_create-people';
const NICKNAME = '1720000000002_add-nickname';
const DROP_EMAIL = '1720000000003_drop-email';

async function setUp(
  tenants: string[],
  migrations = 'destructive',
  extra: Record<string, unknown> = {},
): Promise<Sandbox> {
  const sandbox = new Sandbox({ platforms: { app: { migrations } } });
  const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>;
  sandbox.writeConfig({
    ...config,
    backup: { strategy: 'none', dir: path.join(sandbox.dir, 'backups'), keep: 3, batchSize: 50 },
    ...extra,
  });
  expect((await sandbox.cli(['init'])).code).to.equal(0);
  expect((await sandbox.cli(['tenants', 'add', 'app', ...tenants])).code).to.equal(0);
  return sandbox;
}

async function ok(sandbox: Sandbox, args: string[]): Promise<string> {
  const result = await sandbox.cli(args);
  expect(result.code, `${args.join(' ')}\n${result.stdout}${result.stderr}`).to.equal(0);
  return result.stdout;
}

async function people(sandbox: Sandbox, tenant: string): Promise<unknown[]> {
  return sandbox.platform('app', `SELECT * FROM tenant_${tenant}.people ORDER BY id`);
}

async function seedPeople(sandbox: Sandbox, tenant: string): Promise<void> {
  await sandbox.platform(
    'app',
    `INSERT INTO tenant_${tenant}.people (name, email) SELECT 'person ' || g, 'p' || g || '@${tenant}.example' FROM generate_series(1, 25) g`,
  );
}

describe('backups, rollback and compensation (real PostgreSQL, pg_dump, Redis, workers)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it('undoes a destructive migration from its backup with identical data; down migrations bring only the column back', async () => {
    sandbox = await setUp(['acme', 'globex']);
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
    for (const t of ['acme', 'globex']) await seedPeople(sandbox, t);
    const before = await people(sandbox, 'acme');
    expect(before).to.have.length(25);

    await ok(sandbox, ['migrate', '--to', DROP_EMAIL, '--backup', 'pg_dump', '--wait']);
    expect(Object.keys((await people(sandbox, 'acme'))[0] as object)).to.not.include('email');
    const backups = await sandbox.ledger<{
      tenant: string;
      version: string;
      location: string;
      bytes: string;
      sha256: string;
      run_id: string | null;
    }>('SELECT tenant, version, location, bytes, sha256, run_id FROM tenantry.backups ORDER BY tenant');
    expect(backups.map((b) => [b.tenant, b.version])).to.deep.equal([
      ['acme', NICKNAME],
      ['globex', NICKNAME],
    ]);
    // tenants migrated together are backed up together: one dump for both
    expect(backups[0]!.location).to.equal(backups[1]!.location);
    expect(Number(backups[0]!.bytes)).to.be.greaterThan(0);
    expect(backups[0]!.sha256).to.match(/^[0-9a-f]{64}$/);
    const runs = await sandbox.ledger<{ backup_id: string | null }>(
      `SELECT backup_id FROM tenantry.runs r JOIN tenantry.rollouts o ON o.id = r.rollout_id WHERE o.target = $1`,
      [DROP_EMAIL],
    );
    expect(runs.every((r) => r.backup_id !== null)).to.equal(true);

    const info = JSON.parse(
      await ok(sandbox, ['rollback-info', '--platform', 'app', '--tenant', 'acme', '--to', NICKNAME, '--json']),
    ) as {
      currentVersion: string;
      migrations: Array<{ name: string; hasDown: boolean; down: string }>;
      backupAvailable: boolean;
      recommended: string;
      backup: { version: string; bytes: number };
    };
    expect(info.currentVersion).to.equal(DROP_EMAIL);
    expect(info.migrations).to.deep.equal([{ name: DROP_EMAIL, hasDown: true, down: 'written' }]);
    expect(info.backupAvailable).to.equal(true);
    expect(info.backup.version).to.equal(NICKNAME);
    expect(info.recommended).to.equal('down-migrations');

    // acme from its backup: every row exactly as it was. An application transaction has read
    // acme's people and sits idle: the swap's last step (the old schema dropped) waits for it under
    // the lock budget, gives its place in the lock queue up and is tried again, until it commits
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.app!) });
    await holder.connect();
    let restoring;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM tenant_acme.people');
      const { rows } = await holder.query<{ oid: number }>(`SELECT 'tenant_acme.people'::regclass::oid AS oid`);
      const waiting = async () =>
        (
          await sandbox.platform(
            'app',
            `SELECT 1 FROM pg_locks WHERE relation = $1 AND mode = 'AccessExclusiveLock' AND NOT granted`,
            [rows[0]!.oid],
          )
        ).length > 0;
      restoring = sandbox.cli(['rollback', '--to', NICKNAME, '--tenant', 'acme', '--from-backup', '--wait']);
      await eventually(async () => ((await waiting()) ? true : undefined), 60_000, 10);
      // the holder still holds the table, and the drop is no longer queued for it: its try timed out
      await eventually(async () => ((await waiting()) ? undefined : true), 30_000, 5);
      await holder.query('COMMIT');
    } finally {
      await holder.end();
    }
    const restored = await restoring;
    expect(restored.code, restored.stdout + restored.stderr).to.equal(0);
    const [restore] = await sandbox.ledger<{ lock_timeouts: number }>(
      `SELECT lock_timeouts FROM tenantry.runs WHERE tenant = 'acme' AND method = 'restore'`,
    );
    expect(restore?.lock_timeouts).to.be.at.least(1);
    expect(await people(sandbox, 'acme')).to.deep.equal(before);
    expect(await sandbox.applied('app', 'acme', 'tenant_acme')).to.deep.equal([PEOPLE, NICKNAME]);
    const aside = await sandbox.platform(
      `app`,
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenantry_aside_%'",
    );
    expect(aside).to.have.length(0);

    // globex by down migrations: the column is back, its data is not
    await ok(sandbox, ['rollback', '--to', NICKNAME, '--tenant', 'globex', '--wait']);
    const globex = (await people(sandbox, 'globex')) as Array<{ email: string | null }>;
    expect(globex).to.have.length(25);
    expect(globex.every((p) => p.email === null)).to.equal(true);
  });

  it('refuses down migrations through a migration with no down, naming it and suggesting --from-backup', async () => {
    sandbox = await setUp(['acme']);
    sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', 'latest', '--backup', 'pg_dump', '--wait']);
    const refused = await sandbox.cli(['rollback', '--to', PEOPLE, '--tenant', 'acme']);
    expect(refused.code).to.equal(2);
    expect(refused.stderr).to.match(/migration 1720000000004_people-note of app has no down/);
    expect(refused.stderr).to.match(/no backup at that version/);
    const below = await sandbox.cli(['rollback-info', '--platform', 'app', '--tenant', 'acme', '--to', 'latest']);
    expect(below.code).to.equal(0);
    await ok(sandbox, ['rollback', '--to', '0', '--tenant', 'acme', '--from-backup', '--wait']);
    expect(await sandbox.applied('app', 'acme', 'tenant_acme')).to.deep.equal([]);
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts WHERE kind = $1', ['rollback'])).to.have.length(1);
  });

  it('a restore that fails half-way leaves the tenant as it was', async () => {
    sandbox = await setUp(['acme']);
    sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
    await seedPeople(sandbox, 'acme');
    await ok(sandbox, ['migrate', '--to', DROP_EMAIL, '--backup', 'pg_dump', '--wait']);
    const live = await people(sandbox, 'acme');
    // the ledger claims a version the dump does not hold: the restore is checked and undone
    await sandbox.ledger(`UPDATE tenantry.backups SET version = $1`, [PEOPLE]);
    const result = await sandbox.cli(['rollback', '--to', PEOPLE, '--tenant', 'acme', '--from-backup', '--wait']);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout).to.match(/BACKUP_UNUSABLE/);
    expect(await people(sandbox, 'acme')).to.deep.equal(live);
    expect(await sandbox.applied('app', 'acme', 'tenant_acme')).to.deep.equal([PEOPLE, NICKNAME, DROP_EMAIL]);
    const aside = await sandbox.platform(
      `app`,
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenantry_aside_%'",
    );
    expect(aside).to.have.length(0);
  });

  it('a noTransaction step committed before a later step failed: a compensating run returns the tenant', async () => {
    sandbox = await setUp(['acme', 'globex'], 'notx');
    sandbox.startWorker();
    await ok(sandbox, ['migrate', '--to', '1730000000001_create-events', '--wait']);
    await sandbox.platform('app', `INSERT INTO tenant_acme.events (kind) VALUES ('created'), ('exploded')`);
    await sandbox.platform('app', `INSERT INTO tenant_globex.events (kind) VALUES ('created')`);
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/FAILED app\/acme/);
    expect(await sandbox.applied('app', 'acme', 'tenant_acme')).to.deep.equal(['1730000000001_create-events']);
    const index = await sandbox.platform(
      `app`,
      "SELECT 1 FROM pg_indexes WHERE schemaname = 'tenant_acme' AND indexname = 'events_kind_idx'",
    );
    expect(index).to.have.length(0);
    expect(await sandbox.applied('app', 'globex', 'tenant_globex')).to.have.length(3);
    const runs = await sandbox.ledger<{
      id: string;
      tenant: string;
      status: string;
      direction: string;
      compensates: string | null;
      compensated_by: string | null;
      to_version: string;
    }>(
      `SELECT id, tenant, status, direction, compensates, compensated_by, to_version FROM tenantry.runs WHERE tenant = 'acme' ORDER BY queued_at`,
    );
    const [, failed, compensation] = runs;
    expect(failed!.status).to.equal('failed');
    expect(failed!.to_version).to.equal('1730000000002_index-events-kind');
    expect(compensation!.direction).to.equal('down');
    expect(compensation!.status).to.equal('succeeded');
    expect(failed!.compensated_by).to.equal(compensation!.id);
    expect(compensation!.compensates).to.equal(failed!.id);
  });

  it('retention keeps exactly `keep` backups per tenant and deletes files no backup uses', async () => {
    sandbox = await setUp(['acme', 'globex']);
    sandbox.startWorker({ concurrency: 2 });
    for (const target of [PEOPLE, NICKNAME, DROP_EMAIL, 'latest'])
      await ok(sandbox, ['migrate', '--to', target, '--backup', 'pg_dump', '--wait']);
    const all = await sandbox.ledger<{ n: number }>('SELECT count(*)::int AS n FROM tenantry.backups');
    expect(all[0]!.n).to.equal(8);
    const pruned = JSON.parse(await ok(sandbox, ['backups', 'prune', '--keep', '2', '--json'])) as {
      pruned: string[];
      deletedFiles: string[];
    };
    expect(pruned.pruned).to.have.length(4);
    expect(pruned.deletedFiles).to.have.length(2);
    const left = await sandbox.ledger<{ tenant: string; version: string }>(
      'SELECT tenant, version FROM tenantry.backups WHERE deleted_at IS NULL ORDER BY tenant, created_at',
    );
    expect(left.map((b) => `${b.tenant}@${b.version}`)).to.deep.equal([
      `acme@${NICKNAME}`,
      `acme@${DROP_EMAIL}`,
      `globex@${NICKNAME}`,
      `globex@${DROP_EMAIL}`,
    ]);
    const listed = JSON.parse(await ok(sandbox, ['backups', 'list', '--tenant', 'acme', '--json'])) as unknown[];
    expect(listed).to.have.length(2);
  });

  it('a staged rollout dumps each wave together: one pg_dump per wave, not per tenant', async () => {
    const tenants = tenantIds(5, 'wave');
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
    await ok(sandbox, [
      'migrate',
      '--to',
      DROP_EMAIL,
      '--backup',
      'pg_dump',
      '--canary',
      '1',
      '--wave-size',
      '2',
      '--wait',
    ]);
    const backups = await sandbox.ledger<{ tenant: string; location: string; wave: number }>(
      `SELECT b.tenant, b.location, r.wave FROM tenantry.backups b JOIN tenantry.runs r ON r.backup_id = b.id ORDER BY r.wave, b.tenant`,
    );
    expect(backups.map((b) => b.tenant).sort()).to.deep.equal(tenants);
    // the canary, then two waves of two: three dumps, each holding exactly its wave's tenants
    const byLocation = new Map<string, Set<number>>();
    for (const b of backups) byLocation.set(b.location, (byLocation.get(b.location) ?? new Set()).add(b.wave));
    expect(byLocation.size, JSON.stringify(backups)).to.equal(3);
    for (const waves of byLocation.values()) expect(waves.size).to.equal(1);
  });

  it('a release over three platforms dumps every platform in batches, not only the first', async () => {
    const tenants = tenantIds(5, 'rel');
    const platforms = ['one', 'two', 'three'];
    // the first platform has shared migrations too: its shared run releases the canary's tenants
    const shared = path.join(ROOT, 'examples/billing/shared');
    sandbox = new Sandbox({
      platforms: Object.fromEntries(
        platforms.map((p) => [
          p,
          {
            migrations: 'destructive',
            ...(p === 'one' ? { extra: { migrations: { tenant: path.join(FIXTURES, 'destructive'), shared } } } : {}),
          },
        ]),
      ),
      releases: { r1: Object.fromEntries(platforms.map((p) => [p, NICKNAME])) },
    });
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>;
    sandbox.writeConfig({
      ...config,
      backup: { strategy: 'none', dir: path.join(sandbox.dir, 'backups'), keep: 3, batchSize: 50 },
    });
    await ok(sandbox, ['init']);
    for (const p of platforms) await ok(sandbox, ['tenants', 'add', p, ...tenants]);
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, ['migrate', '--to', 'r1', '--backup', 'pg_dump', '--canary', '1', '--wave-size', '2', '--wait']);
    const backups = await sandbox.ledger<{
      platform: string;
      tenant: string;
      location: string;
      wave: number;
      in_run: boolean;
    }>(
      `SELECT r.platform, r.tenant, b.location, r.wave, b.created_at >= r.started_at AS in_run
       FROM tenantry.runs r JOIN tenantry.backups b ON b.id = r.backup_id WHERE r.scope = 'tenant'`,
    );
    // none was taken by its run under the tenant's lock (one pg_dump per tenant): all by batches
    expect(backups.filter((b) => b.in_run).map((b) => `${b.platform}/${b.tenant}`)).to.deep.equal([]);
    // every run of every platform used a backup, each taken by its wave's batch: per platform the
    // canary and two waves of two, three dumps, each holding exactly one wave's tenants
    expect(backups).to.have.length(tenants.length * platforms.length);
    for (const p of platforms) {
      const mine = backups.filter((b) => b.platform === p);
      expect(mine.map((b) => b.tenant).sort(), p).to.deep.equal(tenants);
      const waves = new Map<string, Set<number>>();
      for (const b of mine) waves.set(b.location, (waves.get(b.location) ?? new Set()).add(b.wave));
      expect(waves.size, `${p}: ${JSON.stringify(mine)}`).to.equal(3);
      for (const w of waves.values()) expect(w.size).to.equal(1);
    }
  });

  it('restores one tenant from a dump shared with others; bad ids, tampered files and unwritable dirs are refused', async () => {
    const tenants = tenantIds(3, 'shop');
    sandbox = await setUp(tenants);
    sandbox.startWorker({ concurrency: 3 });
    await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
    for (const t of tenants) await seedPeople(sandbox, t);
    await ok(sandbox, ['migrate', '--to', DROP_EMAIL, '--backup', 'pg_dump', '--wait']);
    const backups = await sandbox.ledger<{ id: string; tenant: string; location: string }>(
      'SELECT id, tenant, location FROM tenantry.backups ORDER BY tenant',
    );
    expect(new Set(backups.map((b) => b.location)).size).to.equal(1);
    await sandbox.platform('app', `INSERT INTO tenant_shop0001.people (name) VALUES ('after the backup')`);
    const middle = backups.find((b) => b.tenant === 'shop0002')!;
    await ok(sandbox, ['backups', 'restore', middle.id, '--wait']);
    expect(await sandbox.applied('app', 'shop0002', 'tenant_shop0002')).to.deep.equal([PEOPLE, NICKNAME]);
    expect(((await people(sandbox, 'shop0002')) as Array<{ email: string }>)[0]!.email).to.equal('p1@shop0002.example');
    // the others are untouched
    expect(await people(sandbox, 'shop0001')).to.have.length(26);
    expect(await sandbox.applied('app', 'shop0003', 'tenant_shop0003')).to.have.length(3);

    const unknown = await sandbox.cli(['backups', 'restore', '00000000-0000-4000-8000-000000000000']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/no backup 00000000/);
    writeFileSync(middle.location, 'tampered');
    const tampered = await sandbox.cli(['backups', 'restore', backups[0]!.id]);
    expect(tampered.code).to.equal(2);
    expect(tampered.stderr).to.match(/does not match its checksum/);

    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as { backup: Record<string, unknown> };
    sandbox.writeConfig({ ...config, backup: { ...config.backup, dir: path.join(sandbox.configFile, 'backups') } });
    const rollouts = (await sandbox.ledger('SELECT id FROM tenantry.rollouts')).length;
    const unwritable = await sandbox.cli(['migrate', '--to', 'latest', '--backup', 'pg_dump']);
    expect(unwritable.code).to.equal(2);
    expect(unwritable.stderr).to.match(/backup directory .* cannot be written/);
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.have.length(rollouts);
    const above = await sandbox.cli(['rollback-info', '--platform', 'app', '--tenant', 'shop0002', '--to', 'latest']);
    expect(above.code).to.equal(2);
    expect(above.stderr).to.match(/below the target/);
  });
});
