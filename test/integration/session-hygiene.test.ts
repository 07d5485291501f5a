import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { MigrationFailed, PoolRegistry, readMigrationSet, silentLogger, type TenantLocation } from '@tenantry/core';
import { migrateSteps, releaseSession } from '@tenantry/core/internal';
import { Sandbox, tenantIds } from '../helpers/sandbox.js';
import { adminQuery, backgroundDropsDone, databaseUrl } from '../helpers/services.js';

/**
 * Fails the migration that runs it when its session holds anything an earlier run left: a
 * temporary object, a session setting (other than the search_path and lock_timeout every run sets), a custom
 * setting, a role, a listener, a prepared statement of SQL, a single-key advisory lock, a cursor.
 */
const PROBE = `DO $probe$ BEGIN
  IF pg_my_temp_schema() <> 0 AND EXISTS (SELECT FROM pg_class WHERE relnamespace = pg_my_temp_schema()) THEN RAISE EXCEPTION 'leftover: temporary objects'; END IF;
  IF EXISTS (SELECT FROM pg_settings WHERE source = 'session' AND name NOT IN ('search_path', 'lock_timeout')) THEN RAISE EXCEPTION 'leftover: settings'; END IF;
  IF coalesce(current_setting('tenantry_test.marker', true), '') <> '' THEN RAISE EXCEPTION 'leftover: custom setting'; END IF;
  IF current_setting('role') <> 'none' OR current_user <> session_user OR session_user <> 'postgres' THEN RAISE EXCEPTION 'leftover: role'; END IF;
  IF EXISTS (SELECT FROM pg_listening_channels()) THEN RAISE EXCEPTION 'leftover: listen'; END IF;
  IF EXISTS (SELECT FROM pg_prepared_statements WHERE from_sql) THEN RAISE EXCEPTION 'leftover: prepared statement'; END IF;
  IF EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objsubid = 1) THEN RAISE EXCEPTION 'leftover: advisory lock'; END IF;
  IF EXISTS (SELECT FROM pg_cursors) THEN RAISE EXCEPTION 'leftover: cursor'; END IF;
END $probe$`;

/** node-pg-migrate files, ESM; `sql(...)` lines become `pgm.sql(...)` calls. */
function migration(up: string, down: string): string {
  return `export const up = (pgm) => {\n${up}\n};\nexport const down = (pgm) => {\n${down}\n};\n`;
}
const sql = (...statements: string[]) => statements.map((s) => `  pgm.sql(${JSON.stringify(s)});`).join('\n');
const LEAVE_NON_TRANSACTIONAL = sql(
  'LISTEN tenantry_leftover',
  'SELECT pg_advisory_lock(4242)',
  'DECLARE leftover CURSOR WITH HOLD FOR SELECT 1',
);
const SETTINGS = sql(
  "SET datestyle = 'SQL, DMY'",
  "SELECT set_config('tenantry_test.marker', current_schema(), false)",
  'SET statement_timeout = 600000',
);

/** Every kind of session state, left behind by the ups and by the downs; checked by a probe first thing in each run. */
function dirtySet(role: string): Record<string, string> {
  return {
    '1800000000001_probe.js': migration(
      `${sql(PROBE)}\n  pgm.createTable('sessions_seen', { pid: { type: 'integer', notNull: true, default: pgm.func('pg_backend_pid()') } });\n${sql('INSERT INTO sessions_seen DEFAULT VALUES')}`,
      "  pgm.dropTable('sessions_seen');",
    ),
    // a temporary table of a type of the tenant: the next run on the session fails 42P07 on it, a rollback 2BP01
    '1800000000002_temporary.js': migration(
      `  pgm.createType('mood', ['calm', 'busy']);\n${sql('CREATE TEMP TABLE scratch (m mood)')}`,
      `  pgm.dropType('mood');\n${sql('CREATE TEMP TABLE scratch (x int)')}`,
    ),
    '1800000000003_settings.js': migration(
      `  pgm.createTable('events', { id: 'id', at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') } });\n${SETTINGS}`,
      `${SETTINGS}\n  pgm.dropTable('events');`,
    ),
    // DEALLOCATE ALL also drops the statements node-pg prepared on the session for Tenantry
    '1800000000004_prepared.js': migration(
      sql('DEALLOCATE ALL', 'PREPARE leftover_stmt AS SELECT 1'),
      sql('DEALLOCATE ALL', 'PREPARE leftover_stmt AS SELECT 1'),
    ),
    '1800000000005_role.js': migration(sql(`SET SESSION AUTHORIZATION "${role}"`), sql(`SET ROLE "${role}"`)),
    // outside the run's transaction, last on the way up and first on the way down
    '1800000000006_non-transactional.js': migration(
      `  pgm.noTransaction();\n${LEAVE_NON_TRANSACTIONAL}`,
      `  pgm.noTransaction();\n${sql(PROBE)}\n${LEAVE_NON_TRANSACTIONAL}`,
    ),
  };
}

const CLEAN_SET = {
  '1800000000001_seen.js': migration(
    `  pgm.createTable('sessions_seen', { pid: { type: 'integer', notNull: true, default: pgm.func('pg_backend_pid()') } });\n${sql('INSERT INTO sessions_seen DEFAULT VALUES')}`,
    "  pgm.dropTable('sessions_seen');",
  ),
};

/** One migration that leaves what survives a rollback (outside any transaction), then fails. */
const FAILING_SET = {
  '1800000000001_leave-and-fail.js': migration(
    `  pgm.noTransaction();\n${sql(PROBE, 'PREPARE leftover_stmt AS SELECT 1', 'CREATE TEMP TABLE scratch (x int)', "SET datestyle = 'SQL, DMY'")}\n${LEAVE_NON_TRANSACTIONAL}\n${sql("DO $$ BEGIN RAISE EXCEPTION 'planned failure'; END $$")}`,
    '',
  ),
};

function writeSet(root: string, name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('session hygiene: a run leaves its pooled session as it found it, or closes it (one worker, concurrency 1)', function () {
  this.timeout(240_000);
  let sandbox: Sandbox;
  let root: string;
  let role: string;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'tenantry-hygiene-'));
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
    role = `tenantry_hygiene_${process.pid}`;
    // a migration switches to it; a superuser, so the rest of its run can still write
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    await adminQuery(`CREATE ROLE ${role} SUPERUSER NOLOGIN`);
    sandbox = new Sandbox({
      platforms: {
        dirty: { migrations: writeSet(root, 'dirty', dirtySet(role)) },
        clean: { migrations: writeSet(root, 'clean', CLEAN_SET) },
        failing: { migrations: writeSet(root, 'failing', FAILING_SET) },
      },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    for (const [platform, prefix] of [
      ['dirty', 'd'],
      ['clean', 'c'],
      ['failing', 'f'],
    ] as const) {
      const add = await sandbox.cli(['tenants', 'add', platform, ...tenantIds(4, prefix)]);
      expect(add.code, add.stderr).to.equal(0);
    }
    sandbox.startWorker({ concurrency: 1 });
  });

  after(async () => {
    await sandbox?.destroy();
    await backgroundDropsDone(); // a role is dropped once no database holds its objects
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    rmSync(root, { recursive: true, force: true });
  });

  async function pids(platform: string, tenants: string[]): Promise<number[]> {
    const all: number[] = [];
    for (const tenant of tenants) {
      const rows = await sandbox.platform<{ pid: number }>(platform, `SELECT pid FROM tenant_${tenant}.sessions_seen`);
      all.push(...rows.map((r) => r.pid));
    }
    return all;
  }

  it('migrations leaving every kind of session state: up, down to 0 and up again succeed for every tenant', async () => {
    const tenants = tenantIds(4, 'd');
    const names = Object.keys(dirtySet(role)).map((f) => f.replace(/\.js$/, ''));
    for (const [command, to] of [
      ['migrate', 'latest'],
      ['rollback', '0'],
      ['migrate', 'latest'],
    ] as const) {
      const result = await sandbox.cli([command, '--to', to, '--platform', 'dirty', '--wait']);
      expect(result.code, `${command} --to ${to}: ${result.stdout}${result.stderr}`).to.equal(0);
      for (const tenant of tenants) {
        expect(await sandbox.applied('dirty', tenant), `${tenant} after ${command}`).to.deep.equal(
          to === '0' ? [] : names,
        );
        const types = await sandbox.platform(
          'dirty',
          `SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typname = 'mood'`,
          [`tenant_${tenant}`],
        );
        expect(types, `${tenant}: type mood after ${command}`).to.have.length(to === '0' ? 0 : 1);
      }
    }
    const runs = await sandbox.ledger<{ status: string; n: number }>(
      "SELECT status, count(*)::int AS n FROM tenantry.runs WHERE platform = 'dirty' GROUP BY status",
    );
    expect(runs).to.deep.equal([{ status: 'succeeded', n: 12 }]);
    // every one of those sessions was closed after its run: no two tenants saw the same backend
    const seen = await pids('dirty', tenants);
    expect(seen).to.have.length(4);
    expect(new Set(seen).size).to.equal(4);
  });

  it('a clean run returns its session to the pool: the next tenant runs on the same backend', async () => {
    const tenants = tenantIds(4, 'c');
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--platform', 'clean', '--wait']);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    const seen = await pids('clean', tenants);
    expect(seen).to.have.length(4);
    expect(new Set(seen).size, `backends ${seen.join(', ')}`).to.equal(1);
    // and the pool still holds it, idle, named after the worker
    const sessions = await sandbox.platform<{ pid: number }>(
      'clean',
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'tenantry run %'",
    );
    expect(sessions.map((s) => s.pid)).to.deep.equal([seen[0]]);
  });

  it("failed runs that left state outside their transaction: each fails with its own error, not the last one's leftovers", async () => {
    const tenants = tenantIds(4, 'f');
    const result = await sandbox.cli([
      'migrate',
      '--to',
      'latest',
      '--platform',
      'failing',
      '--canary',
      '0',
      '--wave-size',
      '100%',
      '--max-failures',
      '100%',
      '--wait',
    ]);
    expect(result.code, result.stdout + result.stderr).to.not.equal(0);
    const runs = await sandbox.ledger<{ tenant: string; status: string; error: string | null }>(
      "SELECT tenant, status, error FROM tenantry.runs WHERE platform = 'failing' ORDER BY tenant",
    );
    expect(runs.map((r) => r.tenant)).to.deep.equal(tenants);
    for (const run of runs) {
      expect(run.status, run.tenant).to.equal('failed');
      expect(run.error, run.tenant).to.match(/planned failure/);
    }
    for (const tenant of tenants) expect(await sandbox.applied('failing', tenant)).to.deep.equal([]);
  });
});

describe('session hygiene with verify: true (references are built by running the migrations again)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let root: string;
  after(async () => {
    await sandbox?.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  it('a run that left a temporary table verifies its tenant against a reference built elsewhere', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'tenantry-hygiene-verify-'));
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
    const dir = writeSet(root, 'verified', {
      '1800000000001_items.js': migration("  pgm.createTable('items', { id: 'id' });", "  pgm.dropTable('items');"),
      '1800000000002_temporary.js': migration(
        `  pgm.createType('mood', ['calm', 'busy']);\n${sql('CREATE TEMP TABLE scratch (m mood)')}`,
        "  pgm.dropType('mood');",
      ),
    });
    sandbox = new Sandbox({ platforms: { verified: { migrations: dir } }, extra: { verify: true } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    const tenants = tenantIds(3, 'v');
    expect((await sandbox.cli(['tenants', 'add', 'verified', ...tenants])).code).to.equal(0);
    sandbox.startWorker({ concurrency: 1 });
    const result = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    for (const tenant of tenants) expect(await sandbox.applied('verified', tenant)).to.have.length(2);
  });
});

/** One migration, up and down alike, and whether the session it ran on must be closed. */
interface Case {
  name: string;
  statements: string[];
  closes: boolean;
  noTransaction?: boolean;
  /** the migration fails after leaving its state (no down to run) */
  fails?: boolean;
}

const ROLE = `tenantry_hygiene_kinds_${process.pid}`;
const CASES: Case[] = [
  { name: 'nothing left', statements: ['CREATE TABLE IF NOT EXISTS t (x int)'], closes: false },
  {
    name: 'settings, SET without LOCAL (reset instead)',
    statements: [
      "SET datestyle = 'SQL, DMY'",
      'SET statement_timeout = 600000',
      "SELECT set_config('tenantry_test.marker', 'x', false)",
      'SET search_path TO public',
    ],
    closes: false,
  },
  {
    name: 'a failure leaving nothing',
    statements: ['CREATE TEMP TABLE scratch (x int)', 'SET datestyle = DMY', 'SELECT 1/0'],
    closes: false,
    fails: true,
  },
  { name: 'temporary table', statements: ['CREATE TEMP TABLE scratch (x int)'], closes: true },
  {
    name: 'temporary function',
    statements: ['CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
    closes: true,
  },
  { name: 'SET ROLE', statements: [`SET ROLE ${ROLE}`], closes: true },
  { name: 'SET SESSION AUTHORIZATION', statements: [`SET SESSION AUTHORIZATION ${ROLE}`], closes: true },
  { name: 'LISTEN', statements: ['LISTEN tenantry_leftover'], closes: true },
  { name: 'PREPARE', statements: ['PREPARE leftover_stmt AS SELECT 1'], closes: true },
  {
    name: 'DEALLOCATE ALL (node-pg still believes its statements prepared)',
    statements: ['DEALLOCATE ALL'],
    closes: true,
  },
  { name: 'session advisory lock (bigint)', statements: ['SELECT pg_advisory_lock(4242)'], closes: true },
  { name: 'session advisory lock (two keys)', statements: ['SELECT pg_advisory_lock(42, 42)'], closes: true },
  { name: 'cursor WITH HOLD', statements: ['DECLARE leftover CURSOR WITH HOLD FOR SELECT 1'], closes: true },
  { name: 'non-transactional LISTEN', statements: ['LISTEN tenantry_leftover'], closes: true, noTransaction: true },
  {
    name: 'non-transactional transaction left open',
    statements: ['BEGIN', 'SELECT 1'],
    closes: true,
    noTransaction: true,
  },
  {
    name: 'a failure after a PREPARE outside any transaction',
    statements: ['PREPARE leftover_stmt AS SELECT 1', 'SELECT 1/0'],
    closes: true,
    noTransaction: true,
    fails: true,
  },
  {
    name: 'a failure after an advisory lock',
    statements: ['SELECT pg_advisory_lock(4242)', 'SELECT 1/0'],
    closes: true,
    fails: true,
  },
];

describe('each kind of session state: the session is closed exactly when something is left (migrateSteps on a pooled client)', function () {
  this.timeout(120_000);
  const database = `tenantry_hygiene_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(database);
  const root = mkdtempSync(path.join(tmpdir(), 'tenantry-hygiene-kinds-'));
  // one session at most: a kept session is the one the next borrower gets
  const pools = new PoolRegistry(1);

  before(async () => {
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
    await adminQuery(`CREATE DATABASE ${database}`);
    await adminQuery(`DROP ROLE IF EXISTS ${ROLE}`);
    await adminQuery(`CREATE ROLE ${ROLE} SUPERUSER NOLOGIN`);
  });
  after(async () => {
    await pools.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS ${ROLE}`);
    rmSync(root, { recursive: true, force: true });
  });

  /** Borrows the session, notes its backend, and prepares a named statement on it as Tenantry's lock query does. */
  async function borrow(): Promise<{ client: pg.PoolClient; pid: number }> {
    const client = await pools.acquire(url);
    const { rows } = await client.query<{ pid: number }>({
      name: 'tenantry_test_pid',
      text: 'SELECT pg_backend_pid() AS pid',
    });
    return { client, pid: rows[0]!.pid };
  }

  it('a PREPARE in a batch that fails later: the replay names the failing migration, and the session is closed', async () => {
    const dir = writeSet(root, 'replay', {
      '1800000000001_prepare.js': migration(
        sql('PREPARE leftover_stmt AS SELECT 1', 'CREATE TABLE t (x int)'),
        "  pgm.dropTable('t');",
      ),
      '1800000000002_fails.js': migration(sql('SELECT 1/0'), ''),
    });
    await adminQuery('CREATE SCHEMA replay', [], database);
    const location: TenantLocation = {
      platform: 'hygiene',
      tenant: 'replay',
      databaseUrl: url,
      schema: 'replay',
      migrationsTable: 'pgmigrations',
      ownDatabase: false,
      serverId: 'default',
    };
    const { client, pid } = await borrow();
    const failure = await migrateSteps({
      client,
      location,
      set: readMigrationSet(dir),
      direction: 'up',
      position: 0,
      count: 2,
      logger: silentLogger,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    releaseSession(client, false);
    const next = await borrow();
    releaseSession(next.client, false);
    expect(failure).to.be.instanceOf(MigrationFailed);
    expect(failure).to.include({ migration: '1800000000002_fails', sqlstate: '22012' });
    expect(next.pid).to.not.equal(pid);
  });

  CASES.forEach((kind, index) => {
    it(`${kind.name}: ${kind.closes ? 'closed' : 'returned to the pool'}`, async () => {
      const schema = `kind_${index}`;
      const body = kind.statements.map((statement) => `  pgm.sql(${JSON.stringify(statement)});`).join('\n');
      const dir = writeSet(root, schema, {
        '1800000000001_leave.js': migration(
          `${kind.noTransaction ? '  pgm.noTransaction();\n' : ''}${body}`,
          `${kind.noTransaction ? '  pgm.noTransaction();\n' : ''}${body}`,
        ),
      });
      const set = readMigrationSet(dir);
      await adminQuery(`CREATE SCHEMA ${schema}`, [], database);
      const location: TenantLocation = {
        platform: 'hygiene',
        tenant: schema,
        databaseUrl: url,
        schema,
        migrationsTable: 'pgmigrations',
        ownDatabase: false,
        serverId: 'default',
      };
      const moves = kind.fails || kind.statements.includes('BEGIN') ? (['up'] as const) : (['up', 'down'] as const);
      for (const direction of moves) {
        const { client, pid } = await borrow();
        try {
          try {
            await migrateSteps({
              client,
              location,
              set,
              direction,
              position: direction === 'up' ? 0 : 1,
              count: 1,
              logger: silentLogger,
            });
            expect(kind.fails, 'the migration succeeded').to.not.equal(true);
          } catch (error) {
            if (!kind.fails || !(error instanceof MigrationFailed)) throw error;
          }
          // the run's own named statements still work on it until it is released
          const again = await client.query<{ pid: number }>({
            name: 'tenantry_test_pid',
            text: 'SELECT pg_backend_pid() AS pid',
          });
          expect(again.rows[0]!.pid).to.equal(pid);
        } finally {
          releaseSession(client, false);
        }
        const next = await borrow();
        try {
          expect(next.pid !== pid, `${direction}: session closed`).to.equal(kind.closes);
          // a kept session is as the pool lent it
          const { rows } = await next.client.query(
            "SELECT current_setting('DateStyle') AS datestyle, current_setting('statement_timeout') AS timeout, coalesce(current_setting('tenantry_test.marker', true), '') AS marker, current_setting('search_path') AS path",
          );
          expect(rows[0]).to.deep.equal({ datestyle: 'ISO, MDY', timeout: '0', marker: '', path: '"$user", public' });
        } finally {
          releaseSession(next.client, false);
        }
      }
    });
  });
});
