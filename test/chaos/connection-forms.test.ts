import { expect } from 'chai';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { FIXTURES, Sandbox, ok } from '../helpers/sandbox.js';
import { REDIS_URL, adminQuery, databaseUrl } from '../helpers/services.js';
import { LATEST, V2, report, worker, workerLogs } from './harness.js';
import { PrivatePostgres, startOrSkip } from './private-servers.js';

const SECRET = 'not-in-argv-7f3a';

/** pg_dump and pg_restore behind scripts that note their arguments, then run the real tools. */
function recordingTools(dir: string): { binDir: string; argv: () => string } {
  const binDir = path.join(dir, 'bin');
  const log = path.join(dir, 'argv.log');
  mkdirSync(binDir, { recursive: true });
  writeFileSync(log, '');
  for (const tool of ['pg_dump', 'pg_restore']) {
    const script = path.join(binDir, tool);
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "${tool} $*" >> '${log}'\nexec ${tool} "$@"\n`);
    chmodSync(script, 0o755);
  }
  return { binDir, argv: () => readFileSync(log, 'utf8') };
}

describe('chaos: pg_dump and pg_restore reach the server the connection string names, in every form', function () {
  this.timeout(300_000);
  let sandbox: Sandbox | undefined;
  let server: PrivatePostgres | undefined;
  afterEach(async function () {
    for (const line of workerLogs(this.currentTest?.state === 'failed')) process.stdout.write(`${line}\n`);
    await sandbox?.destroy();
    sandbox = undefined;
  });
  after(async () => {
    await server?.destroy();
  });

  for (const form of [
    'postgres:///db?host=…&port=…&password=…',
    'postgres://user@/db with PGHOST and PGPORT',
  ] as const) {
    it(`${form}: backups and a restore from backup on a server on another port`, async function () {
      if (!server) {
        server = await startOrSkip(this, () => PrivatePostgres.start());
      }
      const port = server.port;
      const box = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
      sandbox = box;
      const db = box.platformDbs.accounts!;
      const viaQuery = form.startsWith('postgres:///');
      const url = viaQuery
        ? `postgres:///${db}?host=127.0.0.1&port=${port}&user=postgres&password=${SECRET}`
        : `postgres://postgres@/${db}`;
      const env: Record<string, string> = viaQuery ? {} : { PGHOST: '127.0.0.1', PGPORT: String(port) };
      const tools = recordingTools(box.dir);
      box.writeConfig({
        redis: { url: REDIS_URL, prefix: box.prefix },
        control: { databaseUrl: databaseUrl(box.controlDb) },
        platforms: { accounts: { databaseUrl: url, migrations: { tenant: path.join(FIXTURES, 'accounts') } } },
        backup: { strategy: 'pg_dump', dir: path.join(box.dir, 'backups'), binDir: tools.binDir },
        worker: { heartbeatMs: 1000, shutdownTimeoutMs: 20_000, reconcileIntervalMs: 1000 },
        run: { busyRetryMs: 200 },
      });
      await ok(box, ['init'], env);
      await ok(box, ['tenants', 'add', 'accounts', 'acme', 'globex'], env);
      worker(box, { concurrency: 2, env });
      await ok(box, ['migrate', '--to', V2, '--wait'], env);
      const platform = new pg.Client({ connectionString: server.databaseUrl(db) });
      await platform.connect();
      try {
        await platform.query(`INSERT INTO tenant_acme.accounts (email) VALUES ('ada@acme.example')`);
        await ok(box, ['migrate', '--to', LATEST, '--wait'], env);
        await ok(box, ['rollback', '--to', V2, '--tenant', 'acme', '--from-backup', '--wait'], env);
        const { rows: applied } = await platform.query<{ name: string }>(
          'SELECT name FROM tenant_acme.pgmigrations ORDER BY id',
        );
        expect(applied.at(-1)?.name).to.equal(V2);
        const { rows } = await platform.query<{ email: string }>('SELECT email FROM tenant_acme.accounts');
        expect(rows).to.deep.equal([{ email: 'ada@acme.example' }]);
      } finally {
        await platform.end();
      }
      const backups = await box.ledger<{ tenant: string; bytes: string }>(
        'SELECT tenant, bytes::text FROM tenantry.backups ORDER BY tenant',
      );
      expect(backups.map((b) => b.tenant)).to.deep.equal(['acme', 'acme', 'globex', 'globex']);
      // the tools were given the private server, and no password
      const argv = tools.argv();
      expect(argv).to.match(/^pg_dump --dbname postgres:\/\/.*$/m);
      expect(argv).to.match(/^pg_restore --dbname postgres:\/\/.*$/m);
      if (viaQuery) expect(argv).to.include(`port=${port}`);
      expect(argv).to.not.include(SECRET);
      // and the shared server (the default one) never had that database
      expect(await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [db])).to.have.length(0);
      report(
        `${form}: ${backups.length} backups taken and one restored on the private server (port ${port}); no password in the tools' argv`,
      );
    });
  }
});
