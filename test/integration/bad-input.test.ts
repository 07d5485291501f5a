import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Sandbox, registeredSandbox } from '../helpers/sandbox.js';
import { expectRefused } from '../helpers/refusals.js';

/** commander may add a usage hint below the one-line error */
const WITH_USAGE_HINT = 2;

describe('bad input: one line, exit 2, nothing changed', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await registeredSandbox({ platforms: { accounts: { migrations: 'accounts' } } }, { accounts: ['acme'] });
  });
  after(async () => {
    await sandbox?.destroy();
  });

  async function expectNothingChanged(): Promise<void> {
    expect(await sandbox.ledger('SELECT id FROM tenantry.rollouts')).to.have.length(0);
    const tenants = await sandbox.ledger<{ tenant: string }>('SELECT tenant FROM tenantry.tenants');
    expect(tenants.map((t) => t.tenant)).to.deep.equal(['acme']);
    const schemas = await sandbox.platform<{ nspname: string }>(
      'accounts',
      "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1",
    );
    expect(schemas.map((s) => s.nspname)).to.deep.equal(['public', 'tenant_acme']);
  }

  it('an unknown platform', async () => {
    expectRefused(
      await sandbox.cli(['migrate', '--to', 'latest', '--platform', 'nope']),
      /unknown platform "nope"/,
      WITH_USAGE_HINT,
    );
    expectRefused(await sandbox.cli(['tenants', 'add', 'nope', 'acme']), /unknown platform/, WITH_USAGE_HINT);
    await expectNothingChanged();
  });

  it('a target that does not exist', async () => {
    expectRefused(
      await sandbox.cli(['migrate', '--to', 'v9.9.9']),
      /target "v9.9.9" is not a release/,
      WITH_USAGE_HINT,
    );
    expectRefused(
      await sandbox.cli(['migrate', '--to', '1710000000009_nope', '--dry-run']),
      /is not a release/,
      WITH_USAGE_HINT,
    );
    await expectNothingChanged();
  });

  it('tenant ids outside the allowed pattern, including SQL injection', async () => {
    const ids = ['a"; DROP SCHEMA public; --', "x'; DROP TABLE y; --", 'Acme', 'tenant:1', 'ü', 'x'.repeat(80)];
    const results = await Promise.all(
      ids.map(
        async (id) =>
          [
            await sandbox.cli(['tenants', 'add', 'accounts', 'good', id]),
            await sandbox.cli(['migrate', '--to', 'latest', '--tenant', id]),
          ] as const,
      ),
    );
    for (const [add, migrate] of results) {
      expectRefused(add, /tenant id .* (is not allowed|is longer)/, WITH_USAGE_HINT);
      expectRefused(migrate, /tenant id/, WITH_USAGE_HINT);
    }
    await expectNothingChanged();
  });

  it('a tenant that is not registered', async () => {
    expectRefused(
      await sandbox.cli(['migrate', '--to', 'latest', '--tenant', 'ghost']),
      /tenant ghost is not registered on accounts/,
      WITH_USAGE_HINT,
    );
    await expectNothingChanged();
  });

  it("an id whose schema name would pass PostgreSQL's 63-byte limit", async () => {
    const long = new Sandbox({
      platforms: { accounts: { migrations: 'accounts', tenantSchema: 'tenant_schema_for_{tenant}' } },
    });
    try {
      expect((await long.cli(['init'])).code).to.equal(0);
      expectRefused(await long.cli(['tenants', 'add', 'accounts', 'x'.repeat(46)]), /63-byte/, WITH_USAGE_HINT);
      expect(await long.ledger('SELECT * FROM tenantry.tenants')).to.have.length(0);
    } finally {
      await long.destroy();
    }
  });

  it('a missing or malformed config', async () => {
    expectRefused(
      await sandbox.cli(['status'], { TENANTRY_CONFIG: path.join(sandbox.dir, 'missing.json') }),
      /config file .* not found/,
      WITH_USAGE_HINT,
    );
    const bad = path.join(sandbox.dir, 'bad.json');
    writeFileSync(bad, '{"control": {"databaseUrl": 42}}');
    expectRefused(
      await sandbox.cli(['--config', bad, 'status']),
      /invalid config .*control\.databaseUrl/,
      WITH_USAGE_HINT,
    );
    writeFileSync(bad, '{ not json');
    expectRefused(await sandbox.cli(['--config', bad, 'migrate', '--to', 'latest']), /not valid JSON/, WITH_USAGE_HINT);
    await expectNothingChanged();
  });

  it('PostgreSQL or Redis unreachable', async () => {
    const config = JSON.parse((await import('node:fs')).readFileSync(sandbox.configFile, 'utf8')) as {
      redis: { url: string };
      control: { databaseUrl: string };
    };
    const noRedis = path.join(sandbox.dir, 'no-redis.json');
    writeFileSync(noRedis, JSON.stringify({ ...config, redis: { ...config.redis, url: 'redis://127.0.0.1:1' } }));
    expectRefused(
      await sandbox.cli(['--config', noRedis, 'migrate', '--to', 'latest']),
      /Redis at 127\.0\.0\.1:1\/0 is unreachable \(connect ECONNREFUSED/,
      WITH_USAGE_HINT,
    );
    const noPg = path.join(sandbox.dir, 'no-pg.json');
    writeFileSync(
      noPg,
      JSON.stringify({ ...config, control: { databaseUrl: 'postgres://tenantry:hunter2@127.0.0.1:1/nope' } }),
    );
    const result = await sandbox.cli(['--config', noPg, 'migrate', '--to', 'latest']);
    expectRefused(result, /PostgreSQL at 127\.0\.0\.1:1\/nope is unreachable/, WITH_USAGE_HINT);
    expect(result.stderr).to.not.include('hunter2');
    expectRefused(await sandbox.cli(['--config', noPg, 'status']), /unreachable/, WITH_USAGE_HINT);
    await expectNothingChanged();
  });

  it('a Redis database that does not exist, and a control database not created yet', async () => {
    const config = JSON.parse((await import('node:fs')).readFileSync(sandbox.configFile, 'utf8')) as {
      redis: { url: string };
      control: { databaseUrl: string };
    };
    const badDb = path.join(sandbox.dir, 'bad-db.json');
    writeFileSync(
      badDb,
      JSON.stringify({ ...config, redis: { ...config.redis, url: `${config.redis.url.replace(/\/\d*$/, '')}/999` } }),
    );
    expectRefused(
      await sandbox.cli(['--config', badDb, 'migrate', '--to', 'latest']),
      /Redis at .*\/999 refused the connection: ERR DB index is out of range/,
      WITH_USAGE_HINT,
    );
    const noControl = path.join(sandbox.dir, 'no-control.json');
    writeFileSync(
      noControl,
      JSON.stringify({
        ...config,
        control: { databaseUrl: config.control.databaseUrl.replace(/\/[^/]*$/, `/${sandbox.id}_never`) },
      }),
    );
    expectRefused(
      await sandbox.cli(['--config', noControl, 'tenants', 'list']),
      new RegExp(`control database .*${sandbox.id}_never does not exist: run \`tenantry init\``),
      WITH_USAGE_HINT,
    );
    await expectNothingChanged();
  });

  it('a tenant that is not registered, named to status or tenants remove', async () => {
    expectRefused(
      await sandbox.cli(['status', '--tenant', 'nobody']),
      /tenant nobody is not registered on any platform/,
      WITH_USAGE_HINT,
    );
    expectRefused(
      await sandbox.cli(['status', '--tenant', 'acme,nobody', '--platform', 'accounts']),
      /tenant nobody is not registered on accounts/,
      WITH_USAGE_HINT,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'remove', 'accounts', 'nobody']),
      /tenant nobody on accounts is not registered; nothing was removed/,
      WITH_USAGE_HINT,
    );
    await expectNothingChanged();
  });

  it('--json errors are one JSON object on stderr with a stable code', async () => {
    const cases: Array<[string[], string, RegExp]> = [
      [['--json', 'migrate', '--to', 'latest', '--platform', 'nope'], 'INVALID_INPUT', /unknown platform "nope"/],
      [['migrate', '--too', 'latest', '--json'], 'UNKNOWN_OPTION', /unknown option '--too'/],
      [['rollout', 'status', 'ffff0', '--json'], 'NOT_FOUND', /no rollout ffff0/],
      [['--json', 'status', '--config', path.join(sandbox.dir, 'missing.json')], 'CONFIG_INVALID', /not found/],
    ];
    for (const [args, code, message] of cases) {
      const result = await sandbox.cli(args);
      expect(result.code, result.stderr).to.equal(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).to.have.length(1);
      const error = JSON.parse(lines[0]!) as { error: string; code: string; exitCode: number };
      expect(error.code).to.equal(code);
      expect(error.exitCode).to.equal(2);
      expect(error.error).to.match(message);
    }
    await expectNothingChanged();
  });

  it('usage errors', async () => {
    expectRefused(
      await sandbox.cli(['migrate', '--to', 'latest', '--bogus']),
      /unknown option '--bogus'/,
      WITH_USAGE_HINT,
    );
    expectRefused(await sandbox.cli(['migrate']), /required option '--to <target>'/, WITH_USAGE_HINT);
    // a misspelt option is an unknown option, not a missing one
    const typo = await sandbox.cli(['migrate', '--too', 'latest']);
    expect(typo.code).to.equal(2);
    expect(typo.stderr).to.match(/^tenantry: unknown option '--too'\n\(Did you mean --to\?\)/);
    expectRefused(
      await sandbox.cli(['worker', '--concurrency', 'lots']),
      /--concurrency must be an integer/,
      WITH_USAGE_HINT,
    );
    expectRefused(await sandbox.cli(['rollout', 'status', 'not-an-id']), /not a rollout id/, WITH_USAGE_HINT);
    await expectNothingChanged();
  });
});
