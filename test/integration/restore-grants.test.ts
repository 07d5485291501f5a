import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Sandbox } from '../helpers/sandbox.js';
import { adminQuery, backgroundDropsDone } from '../helpers/services.js';

const NICKNAME = '1720000000002_add-nickname';
const DROP_EMAIL = '1720000000003_drop-email';

async function ok(sandbox: Sandbox, args: string[]): Promise<string> {
  const result = await sandbox.cli(args);
  expect(result.code, `${args.join(' ')}\n${result.stdout}${result.stderr}`).to.equal(0);
  return result.stdout;
}

describe('a restore puts back what the backup held of privileges (docs/security.md per-tenant grants)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let reader: string;
  let owner: string;
  before(async () => {
    sandbox = new Sandbox({ platforms: { app: { migrations: 'destructive' } } });
    reader = `${sandbox.id}_reader`;
    owner = `${sandbox.id}_owner`;
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Record<string, unknown>;
    sandbox.writeConfig({ ...config, backup: { strategy: 'none', dir: path.join(sandbox.dir, 'backups') } });
    await ok(sandbox, ['init']);
    await ok(sandbox, ['tenants', 'add', 'app', 'acme', 'globex']);
    await adminQuery(`CREATE ROLE ${pg.escapeIdentifier(reader)}; CREATE ROLE ${pg.escapeIdentifier(owner)}`);
  });
  after(async () => {
    await sandbox?.destroy();
    await backgroundDropsDone(); // a role is dropped once no database holds its objects
    if (reader)
      await adminQuery(
        `DROP ROLE IF EXISTS ${pg.escapeIdentifier(reader)}; DROP ROLE IF EXISTS ${pg.escapeIdentifier(owner)}`,
      );
  });

  it('grants on the schema and its tables, default privileges and owners survive migrate, then rollback --from-backup', async () => {
    sandbox.startWorker({ concurrency: 2 });
    await ok(sandbox, ['migrate', '--to', NICKNAME, '--wait']);
    const [r, o] = [pg.escapeIdentifier(reader), pg.escapeIdentifier(owner)];
    await sandbox.platform('app', `INSERT INTO tenant_acme.people (name, email) VALUES ('Ada', 'ada@acme.example')`);
    await sandbox.platform(
      'app',
      `GRANT USAGE ON SCHEMA tenant_acme TO ${r};
       GRANT SELECT ON ALL TABLES IN SCHEMA tenant_acme TO ${r};
       ALTER DEFAULT PRIVILEGES IN SCHEMA tenant_acme GRANT SELECT ON TABLES TO ${r};
       ALTER TABLE tenant_acme.people OWNER TO ${o};
       ALTER SCHEMA tenant_acme OWNER TO ${o}`,
    );
    await ok(sandbox, ['migrate', '--to', DROP_EMAIL, '--backup', 'pg_dump', '--wait']);
    await ok(sandbox, ['rollback', '--to', NICKNAME, '--tenant', 'acme', '--from-backup', '--wait']);

    const [state] = await sandbox.platform<Record<string, unknown>>(
      'app',
      `SELECT has_schema_privilege($1, 'tenant_acme', 'USAGE') AS usage,
              has_table_privilege($1, 'tenant_acme.people', 'SELECT') AS select,
              (SELECT tableowner FROM pg_tables WHERE schemaname = 'tenant_acme' AND tablename = 'people') AS table_owner,
              (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'tenant_acme') AS schema_owner,
              (SELECT count(*)::int FROM pg_default_acl d JOIN pg_namespace n ON n.oid = d.defaclnamespace
                WHERE n.nspname = 'tenant_acme' AND array_to_string(d.defaclacl, ',') LIKE '%' || $1 || '=r/%') AS default_select`,
      [reader],
    );
    expect(state).to.deep.equal({
      usage: true,
      select: true,
      table_owner: owner,
      schema_owner: owner,
      default_select: 1,
    });
    // the reader really reads, and reads what the backup held
    const client = await sandbox.pool(sandbox.platformDbs.app!).connect();
    try {
      await client.query(`SET ROLE ${r}`);
      const { rows } = await client.query('SELECT name, email FROM tenant_acme.people');
      expect(rows).to.deep.equal([{ name: 'Ada', email: 'ada@acme.example' }]);
      await client.query('RESET ROLE');
    } finally {
      client.release();
    }
    // a table created later in the schema gets the default privileges back too
    await sandbox.platform('app', `CREATE TABLE tenant_acme.later (id int)`);
    expect(
      (
        await sandbox.platform<{ ok: boolean }>(
          'app',
          `SELECT has_table_privilege($1, 'tenant_acme.later', 'SELECT') AS ok`,
          [reader],
        )
      )[0]!.ok,
    ).to.equal(true);
    // the other tenant of the same dump was not touched
    expect(await sandbox.applied('app', 'globex')).to.have.length(3);
  });
});
