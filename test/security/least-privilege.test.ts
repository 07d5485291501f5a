import { expect } from 'chai';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PoolRegistry } from '@tenantry/core';
import { FIXTURES, Sandbox } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { adminQuery, backgroundDropsDone, databaseUrl } from '../helpers/services.js';
import { basic, startDashboardProcess } from '../browser/dashboard-process.js';

/**
 * docs/security.md, done for real: a `migrator` role with no superuser, createdb or createrole,
 * owning the ledger and the tenant schemas, runs `init`, `tenants add` and a whole rollout with
 * real workers; its timeouts come from ALTER ROLE ... SET; the dashboard reads through a role
 * that can only SELECT. Roles are made per test with unique names and dropped after.
 */
const RECORD_MIGRATION = `
export const up = (pgm) => {
  pgm.sql(\`CREATE TABLE session_seen AS SELECT current_user::text AS role, current_setting('lock_timeout') AS lock_timeout,
    current_setting('statement_timeout') AS statement_timeout, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser\`);
};
export const down = (pgm) => {
  pgm.dropTable('session_seen');
};
`;

function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/** Runs statements one by one on one session; the SQLSTATE of the first that fails. */
async function sqlError(url: string, ...statements: string[]): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.end();
  }
}

describe('security: least privilege (a migrator role and a read-only dashboard role, real workers and dashboard)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let migrator: string;
  let reader: string;

  this.beforeAll(async () => {
    const migrations = path.join(
      (sandbox = new Sandbox({
        platforms: {
          accounts: {
            migrations: 'accounts',
            // the role's lock_timeout, one try and no deferral: a run that meets a lock fails at once
            extra: {
              lockTimeoutMs: null,
              statementTimeoutMs: null,
              lockRetry: { lockTimeoutMs: null, attempts: 1, deferrals: 0 },
            },
          },
        },
      })).dir,
      'migrations',
    );
    mkdirSync(migrations);
    for (const file of readdirSync(path.join(FIXTURES, 'accounts')))
      copyFileSync(path.join(FIXTURES, 'accounts', file), path.join(migrations, file));
    writeFileSync(path.join(migrations, '1710000000006_record-session.js'), RECORD_MIGRATION);
    migrator = `${sandbox.id}_migrator`;
    reader = `${sandbox.id}_dashboard`;
    const q = (name: string) => pg.escapeIdentifier(name);
    // what docs/security.md tells an administrator to run, with this test's names
    await adminQuery(`CREATE ROLE ${q(migrator)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    await adminQuery(`ALTER ROLE ${q(migrator)} SET lock_timeout = '2s'`);
    await adminQuery(`ALTER ROLE ${q(migrator)} SET statement_timeout = '5min'`);
    await adminQuery(`ALTER ROLE ${q(migrator)} SET idle_in_transaction_session_timeout = '5min'`);
    await adminQuery(`CREATE ROLE ${q(reader)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    await adminQuery(`ALTER ROLE ${q(reader)} SET default_transaction_read_only = on`);
    await adminQuery(`ALTER ROLE ${q(reader)} SET statement_timeout = '15s'`);
    for (const database of [sandbox.controlDb, sandbox.platformDbs.accounts!]) {
      await adminQuery(`CREATE DATABASE ${q(database)}`);
      await adminQuery(`REVOKE ALL ON DATABASE ${q(database)} FROM PUBLIC`);
      await adminQuery(`GRANT CONNECT, CREATE ON DATABASE ${q(database)} TO ${q(migrator)}`);
      await adminQuery(`GRANT CONNECT ON DATABASE ${q(database)} TO ${q(reader)}`);
    }
    // the dashboard reads the tenants' migration tables: whatever the migrator creates there
    await adminQuery(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(migrator)} GRANT USAGE ON SCHEMAS TO ${q(reader)}`,
      [],
      sandbox.platformDbs.accounts!,
    );
    await adminQuery(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(migrator)} GRANT SELECT ON TABLES TO ${q(reader)}`,
      [],
      sandbox.platformDbs.accounts!,
    );
    await adminQuery(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(migrator)} GRANT USAGE ON SCHEMAS TO ${q(reader)}`,
      [],
      sandbox.controlDb,
    );
    await adminQuery(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(migrator)} GRANT SELECT ON TABLES TO ${q(reader)}`,
      [],
      sandbox.controlDb,
    );

    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as {
      control: { databaseUrl: string };
      platforms: { accounts: { databaseUrl: string; migrations: { tenant: string } } };
      backup?: unknown;
      run: Record<string, unknown>;
    };
    config.control.databaseUrl = asRole(config.control.databaseUrl, migrator);
    config.platforms.accounts.databaseUrl = asRole(config.platforms.accounts.databaseUrl, migrator);
    config.platforms.accounts.migrations.tenant = migrations;
    config.run = { ...config.run, attempts: 1 };
    sandbox.writeConfig(config);
    writeFileSync(
      path.join(sandbox.dir, 'dashboard.json'),
      JSON.stringify({
        ...config,
        control: { databaseUrl: asRole(config.control.databaseUrl, reader) },
        platforms: {
          accounts: {
            ...config.platforms.accounts,
            databaseUrl: asRole(config.platforms.accounts.databaseUrl, reader),
          },
        },
      }),
    );
  });
  this.afterAll(async () => {
    await sandbox?.destroy();
    await backgroundDropsDone(); // a role is dropped once no database holds its objects
    for (const role of [migrator, reader])
      if (role) await adminQuery(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
  });

  it('the migrator has no superuser, createdb or createrole, and cannot gain them', async () => {
    const [role] = await adminQuery<{
      rolsuper: boolean;
      rolcreatedb: boolean;
      rolcreaterole: boolean;
      rolreplication: boolean;
      rolbypassrls: boolean;
    }>('SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1', [
      migrator,
    ]);
    expect(role).to.deep.equal({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolreplication: false,
      rolbypassrls: false,
    });
    const url = databaseUrl(sandbox.platformDbs.accounts!);
    const as = asRole(url, migrator);
    expect(await sqlError(as, `CREATE DATABASE ${pg.escapeIdentifier(`${sandbox.id}_nope`)}`)).to.equal('42501');
    expect(await sqlError(as, `CREATE ROLE ${pg.escapeIdentifier(`${sandbox.id}_nope`)}`)).to.equal('42501');
    expect(await sqlError(as, `ALTER ROLE ${pg.escapeIdentifier(migrator)} SUPERUSER`)).to.equal('42501');
    expect(await sqlError(as, "COPY (SELECT 1) TO PROGRAM 'true'")).to.equal('42501');
    expect(await sqlError(as, "ALTER SYSTEM SET work_mem = '1GB'")).to.equal('42501');
  });

  it('runs init, tenants add and a whole rollout with real workers, owning what it migrates; its role timeouts apply to its runs', async () => {
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    const add = await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex', 'initech']);
    expect(add.code, add.stderr).to.equal(0);
    const workers = [sandbox.startWorker({ concurrency: 2 }), sandbox.startWorker({ concurrency: 2 })];
    const migrate = await sandbox.cli(['migrate', '--to', 'latest', '--wait', '--backup', 'pg_dump']);
    expect(migrate.code, migrate.stdout + migrate.stderr + workers.map((w) => w.output()).join('\n')).to.equal(0);
    for (const tenant of ['acme', 'globex', 'initech'])
      expect(await sandbox.applied('accounts', tenant)).to.have.length(6);
    expect(await sandbox.ledger(`SELECT 1 FROM tenantry.backups`)).to.have.length.at.least(3);

    // it owns the ledger and the tenants' schemas and tables
    const owners = await sandbox.platform<{ owner: string }>(
      'accounts',
      `SELECT DISTINCT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'`,
    );
    expect(owners).to.deep.equal([{ owner: migrator }]);
    const tables = await sandbox.platform<{ owner: string }>(
      'accounts',
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname LIKE 'tenant\\_%'`,
    );
    expect(tables).to.deep.equal([{ owner: migrator }]);
    expect(
      await sandbox.ledger(`SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'tenantry'`),
    ).to.deep.equal([{ owner: migrator }]);

    // inside a run: the migrator, not a superuser, with the timeouts of ALTER ROLE (the platform sets null)
    for (const tenant of ['acme', 'globex', 'initech']) {
      const seen = await sandbox.platform(
        `accounts`,
        `SELECT * FROM ${pg.escapeIdentifier(`tenant_${tenant}`)}.session_seen`,
      );
      expect(seen).to.deep.equal([{ role: migrator, lock_timeout: '2s', statement_timeout: '5min', superuser: false }]);
    }

    // and the role's lock_timeout is enforced: a run waiting on a table lock fails with 55P03 after it
    const holder = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE tenant_acme.session_seen IN ACCESS EXCLUSIVE MODE');
      const rollback = await sandbox.cli([
        'rollback',
        '--to',
        '1710000000005_account-status',
        '--tenant',
        'acme',
        '--wait',
      ]);
      expect(rollback.code, rollback.stdout + rollback.stderr).to.equal(1);
      const [failed] = await sandbox.ledger<{ error: string }>(
        `SELECT error FROM tenantry.runs WHERE status = 'failed' AND tenant = 'acme'`,
      );
      expect(failed?.error).to.match(/lock timeout/);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await sandbox.applied('accounts', 'acme')).to.have.length(6);
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((w) => exited(w)));
  });

  it('a session that sets its own timeouts outranks the role; one that sets none gets the role', async () => {
    const as = asRole(databaseUrl(sandbox.platformDbs.accounts!), migrator);
    const plain = new pg.Client({ connectionString: as });
    const own = new pg.Client({ connectionString: as, options: '-c lock_timeout=1234' });
    await Promise.all([plain.connect(), own.connect()]);
    try {
      expect((await plain.query('SHOW lock_timeout')).rows[0].lock_timeout).to.equal('2s');
      expect((await plain.query('SHOW statement_timeout')).rows[0].statement_timeout).to.equal('5min');
      expect((await own.query('SHOW lock_timeout')).rows[0].lock_timeout).to.equal('1234ms');
    } finally {
      await Promise.all([plain.end(), own.end()]);
    }
  });

  it("a run's timeouts are not lost to a pool another caller opened first, and runs share one pool", async () => {
    const pools = new PoolRegistry(2);
    try {
      const url = asRole(databaseUrl(sandbox.platformDbs.accounts!), migrator);
      const first = pools.get(url); // a backup or a version read: the defaults
      const run = pools.get(url, {
        applicationName: 'tenantry run accounts/acme',
        lockTimeoutMs: 1234,
        statementTimeoutMs: null,
      });
      expect(run).to.not.equal(first);
      expect(
        pools.get(url, {
          applicationName: 'tenantry run accounts/globex',
          lockTimeoutMs: 1234,
          statementTimeoutMs: null,
        }),
      ).to.equal(run);
      const client = await pools.acquire(url, {
        applicationName: 'tenantry run accounts/acme',
        lockTimeoutMs: 1234,
        statementTimeoutMs: null,
      });
      try {
        const { rows } = await client.query(
          "SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement",
        );
        expect(rows[0]).to.deep.equal({ lock: '1234ms', statement: '5min' });
      } finally {
        client.release();
      }
    } finally {
      await pools.close();
    }
  });

  it('the dashboard works through a role that can only read, and a write through that role fails', async () => {
    const dashboard = await startDashboardProcess(sandbox, {
      env: {
        TENANTRY_CONFIG: path.join(sandbox.dir, 'dashboard.json'),
        TENANTRY_DASHBOARD_PASSWORD: 'least-privilege-pw',
      },
    });
    try {
      const auth = basic('admin', 'least-privilege-pw');
      const status = (await (await fetch(`${dashboard.url}/api/status`, { headers: auth })).json()) as {
        tenants: Array<{ tenant: string; versions: Record<string, { version: string }> }>;
      };
      expect(status.tenants.map((t) => [t.tenant, t.versions.accounts?.version])).to.deep.equal([
        ['acme', '1710000000006_record-session'],
        ['globex', '1710000000006_record-session'],
        ['initech', '1710000000006_record-session'],
      ]);
      for (const route of [
        '/api/rollouts',
        '/api/runs?status=failed',
        '/api/backups',
        '/api/overview',
        '/metrics',
        '/',
      ]) {
        expect((await fetch(`${dashboard.url}${route}`, { headers: auth })).status, route).to.equal(200);
      }
      expect(
        dashboard
          .logs()
          .filter((l) => (l.level as number) >= 40)
          .map((l) => l.msg),
      ).to.not.include('could not read tenant versions');
    } finally {
      await dashboard.stop();
    }
    const control = asRole(databaseUrl(sandbox.controlDb), reader);
    const platform = asRole(databaseUrl(sandbox.platformDbs.accounts!), reader);
    expect(await sqlError(control, `SELECT count(*) FROM tenantry.runs`)).to.equal(undefined);
    // read-only by default, and without the privilege even when a session turns that off
    expect(await sqlError(control, `DELETE FROM tenantry.runs`)).to.equal('25006');
    expect(await sqlError(control, 'SET default_transaction_read_only = off', `DELETE FROM tenantry.runs`)).to.equal(
      '42501',
    );
    expect(
      await sqlError(
        control,
        'SET default_transaction_read_only = off',
        `INSERT INTO tenantry.tenants (platform, tenant) VALUES ('accounts', 'x')`,
      ),
    ).to.equal('42501');
    expect(
      await sqlError(platform, 'SET default_transaction_read_only = off', `DROP TABLE tenant_acme.accounts`),
    ).to.equal('42501');
    expect(
      await sqlError(platform, 'SET default_transaction_read_only = off', `CREATE TABLE public.x (id int)`),
    ).to.equal('42501');
    expect(await sandbox.ledger(`SELECT 1 FROM tenantry.runs`)).to.have.length.at.least(3);
  });
});
