import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import {
  PoolRegistry,
  hasCode,
  loadConfig,
  locateTenant,
  parseConfig,
  parseTenantId,
  readMigrationSet,
  silentLogger,
  type TenantryConfig,
} from '@tenantry/core';
import { executeRun, migrateSteps } from '@tenantry/core/internal';
import { FIXTURES, Sandbox } from '../helpers/sandbox.js';
import { databaseUrl } from '../helpers/services.js';
import { CANARY_TABLE, SEED, generate, hostileString } from './inputs.js';
import { cliInProcess, expectHandled, expectTypedRefusal, noUnhandled, plantCanaries, snapshot } from './world.js';

type Json = Record<string, unknown>;
const INJECT = `x"; DROP TABLE public.${CANARY_TABLE}; --`;

/** A copy of `config` with the value at `keys` replaced (or added). */
function withValue(config: Json, keys: readonly string[], value: unknown): Json {
  const copy = structuredClone(config);
  let node: Json = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1]!] = value;
  return copy;
}

/** Connection strings stay on this machine, on a port nothing listens on, whatever else they hold. */
const DEAD_PG = 'postgres://postgres@127.0.0.1:1/';

describe('security: hostile config files, and the node-pg-migrate schema injection', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let base: Json;
  let baseline: string;
  let file: string;
  let calls = 0;

  async function status(config: unknown, raw?: string): Promise<Awaited<ReturnType<typeof cliInProcess>>> {
    calls++;
    writeFileSync(file, raw ?? JSON.stringify(config));
    return cliInProcess(file, ['status']);
  }

  this.beforeAll(async () => {
    sandbox = new Sandbox({ platforms: { accounts: { migrations: 'accounts' } } });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    await plantCanaries(sandbox, sandbox.controlDb);
    await plantCanaries(sandbox, sandbox.platformDbs.accounts!, ['public', 'tenant_acme']);
    base = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as Json;
    file = path.join(sandbox.dir, 'hostile.json');
    baseline = await snapshot(sandbox);
  });
  this.afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`      hostile configs: ${calls} loaded in process, seed ${SEED}`);
    await sandbox?.destroy();
  });

  it('curated: malformed JSON, wrong types, injected names and connection strings, huge values: one line, exit 2', async () => {
    const P = ['platforms', 'accounts'];
    const refused: Array<[string, unknown, string?]> = [
      ['not JSON', undefined, '{ not json'],
      ['empty file', undefined, ''],
      ['a BOM and garbage', undefined, '\ufeff{"a":'],
      ['NUL bytes', undefined, '{"control"\u0000: 1}'],
      ['null', null],
      ['an array', []],
      ['a string', 'tenantry'],
      ['no platforms', { ...base, platforms: {} }],
      ['a number for the control URL', withValue(base, ['control', 'databaseUrl'], 42)],
      ['an object for the control URL', withValue(base, ['control', 'databaseUrl'], { $gt: '' })],
      ['a mysql URL', withValue(base, ['control', 'databaseUrl'], 'mysql://root@127.0.0.1/x')],
      [
        'a database name with SQL in it',
        withValue(base, ['control', 'databaseUrl'], `${DEAD_PG}${encodeURIComponent(INJECT)}`),
      ],
      ['a platform URL with a quote', withValue(base, [...P, 'databaseUrl'], `${DEAD_PG}a'b`)],
      ['an http Redis URL', withValue(base, ['redis', 'url'], 'http://127.0.0.1:6379')],
      ['a Redis prefix with a colon and a glob', withValue(base, ['redis', 'prefix'], 'a:*')],
      ['an injected tenant schema template', withValue(base, [...P, 'tenantSchema'], `${INJECT}{tenant}`)],
      ['a schema template with a quote', withValue(base, [...P, 'tenantSchema'], 'tenant_{tenant}"')],
      ['an injected shared schema', withValue(base, [...P, 'sharedSchema'], INJECT)],
      ['an injected migrations table', withValue(base, [...P, 'migrationsTable'], INJECT)],
      ['an injected control schema', withValue(base, ['control', 'schema'], INJECT)],
      ['a platform id with SQL in it', { ...base, platforms: { [INJECT]: (base.platforms as Json).accounts } }],
      [
        'a platform id over 48 characters',
        { ...base, platforms: { ['p'.repeat(49)]: (base.platforms as Json).accounts } },
      ],
      [
        'a release naming a hostile migration',
        withValue(base, ['releases', 'v1'], { accounts: `1710000000001_x'; ${INJECT}` }),
      ],
      [
        'a release name with a slash',
        withValue(base, ['releases', '../v1'], { accounts: '1710000000001_create-accounts' }),
      ],
      ['a negative concurrency', withValue(base, ['worker', 'concurrency'], -1)],
      ['a huge concurrency', withValue(base, ['worker', 'concurrency'], 1e308)],
      ['a fractional timeout', withValue(base, [...P, 'lockTimeoutMs'], 1.5)],
      ['a string timeout', withValue(base, [...P, 'statementTimeoutMs'], '30s')],
      ['a short dashboard password', withValue(base, ['dashboard', 'users'], [{ user: 'ops', password: 'short' }])],
      ['an unknown key', withValue(base, ['sql'], `DROP TABLE ${CANARY_TABLE}`)],
      ['an unset variable', withValue(base, ['control', 'databaseUrl'], '${TENANTRY_SECURITY_NOT_SET}')],
      ['a 10 MB migrations path', withValue(base, [...P, 'migrations', 'tenant'], 'm'.repeat(10 * 1024 * 1024))],
      ['an unreachable control database', withValue(base, ['control', 'databaseUrl'], `${DEAD_PG}x`)],
      ['deeply nested arrays', undefined, `{"x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`],
      ['deeply nested objects', undefined, `{"x": ${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`],
      [
        '__proto__ keys',
        undefined,
        JSON.stringify(base).replace(
          /^\{/,
          '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
        ),
      ],
    ];
    await noUnhandled(async () => {
      for (const [what, config, raw] of refused) expectTypedRefusal(await status(config, raw), what);
    });
    expect(({} as Json).polluted, 'Object.prototype was polluted').to.equal(undefined);
    // a valid config still works, and nothing above changed anything
    expectHandled(await status(base), 'the base config');
    expect(await snapshot(sandbox)).to.equal(baseline);
  });

  it('generated: 150 configs with one value replaced by a hostile one (seed printed)', async () => {
    const paths = [
      ['control', 'databaseUrl'],
      ['control', 'schema'],
      ['redis', 'url'],
      ['redis', 'prefix'],
      ['platforms', 'accounts', 'databaseUrl'],
      ['platforms', 'accounts', 'tenantSchema'],
      ['platforms', 'accounts', 'sharedSchema'],
      ['platforms', 'accounts', 'migrationsTable'],
      ['platforms', 'accounts', 'maxConnections'],
      ['platforms', 'accounts', 'lockTimeoutMs'],
      ['backup', 'strategy'],
      ['backup', 'keep'],
      ['worker', 'concurrency'],
      ['run', 'attempts'],
      ['releases', 'v1', 'accounts'],
      ['dashboard', 'users'],
    ];
    const value = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 3 }), fc.double(), fc.integer());
    const cases = generate(fc.tuple(fc.nat(paths.length - 1), value, hostileString), 150, 5);
    await noUnhandled(async () => {
      for (const [i, v, key] of cases) {
        const keys = paths[i]!;
        // a connection string keeps to a dead local port whatever follows it
        const safe =
          keys.at(-1) === 'databaseUrl' && typeof v === 'string'
            ? `${DEAD_PG}${encodeURIComponent(v)}`
            : keys.at(-1) === 'url' && typeof v === 'string'
              ? `redis://127.0.0.1:1/${encodeURIComponent(v)}`
              : v;
        const config =
          i % 5 === 0
            ? withValue(withValue(base, keys, safe), ['platforms', key.slice(0, 60) || 'x'], {})
            : withValue(base, keys, safe);
        expectHandled(
          await status(config),
          `${keys.join('.')} = ${JSON.stringify(safe)?.slice(0, 200)} (seed ${SEED})`,
        );
      }
    });
    expect(await snapshot(sandbox)).to.equal(baseline);
  });

  describe('regression: node-pg-migrate schema injection', () => {
    it('the hazard is real: node-pg-migrate pastes the schema into SET search_path unescaped', async () => {
      const client = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
      await client.connect();
      try {
        await runner({
          dbClient: client,
          dir: path.join(FIXTURES, 'accounts'),
          schema: INJECT,
          migrationsTable: 'pgmigrations',
          direction: 'up',
          count: 1,
          noLock: true,
          singleTransaction: true,
          log: () => {},
        }).catch(() => {});
      } finally {
        await client.end();
      }
      const left = await sandbox.platform('accounts', `SELECT to_regclass('public.${CANARY_TABLE}') AS t`);
      expect(left[0]!.t, 'node-pg-migrate quoted the schema: this regression test can be simplified').to.equal(null);
      await plantCanaries(sandbox, sandbox.platformDbs.accounts!);
    });

    it("Tenantry's run executor quotes the schema itself, even one past the allow-list", async () => {
      const client = new pg.Client({ connectionString: databaseUrl(sandbox.platformDbs.accounts!) });
      await client.connect();
      try {
        const location = {
          platform: 'accounts',
          tenant: 'acme',
          databaseUrl: databaseUrl(sandbox.platformDbs.accounts!),
          schema: INJECT,
          migrationsTable: 'pgmigrations',
          ownDatabase: false,
          serverId: 'default',
        };
        const set = readMigrationSet(path.join(FIXTURES, 'accounts'));
        const error = await migrateSteps({
          client,
          location,
          set,
          direction: 'up',
          position: 0,
          count: 1,
          logger: silentLogger,
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        // the quoted name is just a schema that does not exist
        expect(String(error)).to.match(/does not exist/);
      } finally {
        await client.end();
      }
      expect(await snapshot(sandbox)).to.equal(baseline);
    });

    it("Tenantry refuses such a schema at every way in: config, a tenant id, a run's job data, the TS API", async () => {
      const P = ['platforms', 'accounts'];
      for (const keys of [
        [...P, 'tenantSchema'],
        [...P, 'sharedSchema'],
        [...P, 'migrationsTable'],
        ['control', 'schema'],
      ]) {
        const value = keys.at(-1) === 'tenantSchema' ? `${INJECT}{tenant}` : INJECT;
        expect(() => parseConfig(withValue(base, keys, value), { baseDir: sandbox.dir }), keys.join('.'))
          .to.throw(/invalid config/)
          .with.property('code', 'CONFIG_INVALID');
      }
      const config = loadConfig(sandbox.configFile, {});
      // even past the config (a hand-built platform), the schema name is checked before it reaches SQL
      const forged = { ...config.platforms.accounts!, tenantSchema: `${INJECT}{tenant}` };
      expect(() => locateTenant(forged, parseTenantId('acme'), 'default'))
        .to.throw(/schema name .* is not allowed/)
        .with.property('code', 'INVALID_INPUT');
      expect(() => parseTenantId(INJECT))
        .to.throw()
        .with.property('code', 'INVALID_INPUT');
      // a run whose job data names the tenant is refused before any connection is made
      const pools = new (class extends PoolRegistry {
        override acquire(): never {
          throw new Error('a connection was asked for');
        }
      })(1);
      const spec = {
        runId: '7b1e3c1a-0000-4000-8000-000000000001',
        rolloutId: '7b1e3c1a-0000-4000-8000-000000000002',
        platform: 'accounts',
        tenant: INJECT,
        direction: 'up' as const,
        target: '0',
      };
      const error = await executeRun(spec, {
        config: config as TenantryConfig,
        pools,
        ledger: undefined as never,
        backups: undefined as never,
        workerId: 'security',
        logger: silentLogger,
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(hasCode(error, 'INVALID_INPUT'), String(error)).to.equal(true);
      expect(await snapshot(sandbox)).to.equal(baseline);
    });
  });
});
