import { expect } from 'chai';
import { ConfigError, describeStrain, parseConfig, type ServerSignals } from '@tenantry/core';
import {
  configuredOverrides,
  configuredServerUrls,
  nextBudget,
  serverAddress,
  serverSettings,
  strainsOf,
} from '@tenantry/core/internal';

const base = {
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms: {
    billing: { databaseUrl: 'postgres://postgres@db1:5432/billing', migrations: { tenant: 'billing/tenant' } },
  },
};

const healthy: ServerSignals = {
  lockWaiters: 0,
  oldestTransactionSeconds: 0.2,
  replicationLagSeconds: 0,
  replicationLagBytes: 0,
  connectionsUsedRatio: 0.1,
  activeSessions: 3,
};

describe('governor: budgets and thresholds', () => {
  const config = parseConfig(base, { baseDir: '/' });
  const governor = config.governor;

  it('has defaults a busy primary can live with', () => {
    expect(governor).to.include({
      enabled: true,
      maxBudget: 32,
      minBudget: 1,
      sampleIntervalMs: 1000,
      increaseStep: 1,
      decreaseFactor: 0.5,
      lockWaiters: 5,
      oldestTransactionSeconds: 300,
      replicationLagSeconds: 30,
      connectionsUsedRatio: 0.9,
      activeSessions: null,
    });
  });

  it('reads active sessions only against a threshold that is set', () => {
    expect(strainsOf({ ...healthy, activeSessions: 10_000 }, governor)).to.deep.equal([]);
    const strains = strainsOf({ ...healthy, activeSessions: 12 }, { ...governor, activeSessions: 8 });
    expect(strains.map(describeStrain)).to.deep.equal(['active sessions 12 > 8']);
    expect(strainsOf({ ...healthy, activeSessions: 8 }, { ...governor, activeSessions: 8 })).to.deep.equal([]);
  });

  it('halves a strained budget at each sample down to the minimum, and adds one per healthy sample up to the maximum', () => {
    const strained = strainsOf({ ...healthy, lockWaiters: 9 }, governor);
    const down: number[] = [];
    for (let budget = 32; down.length < 7;) down.push((budget = nextBudget(budget, strained, governor)));
    expect(down).to.deep.equal([16, 8, 4, 2, 1, 1, 1]);
    expect(nextBudget(1, [], governor)).to.equal(2);
    expect(nextBudget(32, [], governor)).to.equal(32);
  });

  it('names each signal over its threshold, and only those', () => {
    expect(strainsOf(healthy, governor)).to.deep.equal([]);
    const strains = strainsOf(
      { ...healthy, replicationLagSeconds: 45.25, replicationLagBytes: 3 * 1024 ** 3, connectionsUsedRatio: 0.95 },
      governor,
    );
    expect(strains.map((s) => s.signal)).to.deep.equal([
      'replicationLagSeconds',
      'replicationLagBytes',
      'connectionsUsedRatio',
    ]);
    expect(strains.map(describeStrain)).to.deep.equal([
      'replication lag 45 s > 30 s',
      'replication lag 3072 MiB > 1024 MiB',
      'connections used 95% > 90%',
    ]);
  });

  it('refuses a minimum above the maximum', () => {
    expect(() => parseConfig({ ...base, governor: { minBudget: 8, maxBudget: 4 } }, { baseDir: '/' })).to.throw(
      ConfigError,
      /minBudget/,
    );
  });

  it('names a server by host and port, and samples the servers the config names', () => {
    expect(serverAddress('postgres://u:secret@db1:6432/billing')).to.equal('db1:6432');
    expect(serverAddress('postgres://db1/billing')).to.equal('db1:5432');
    const perTenant = parseConfig(
      {
        ...base,
        platforms: {
          ...base.platforms,
          crm: {
            databaseUrl: 'postgres://postgres@db1:5432/crm',
            tenantDatabaseUrl: 'postgres://postgres@db2:5432/crm_{tenant}',
            tenantSchema: 'public',
            migrations: { tenant: 'crm/tenant' },
          },
        },
      },
      { baseDir: '/' },
    );
    expect(configuredServerUrls(perTenant).map(serverAddress)).to.deep.equal(['db1:5432', 'db1:5432', 'db2:5432']);
    // a platform on several servers: each of them is sampled
    const placed = parseConfig(
      {
        ...base,
        platforms: {
          ...base.platforms,
          shop: {
            databaseUrl: 'postgres://postgres@db1:5432/shop',
            servers: {
              eu1: { databaseUrl: 'postgres://postgres@db3:5432/shop' },
              eu2: { databaseUrl: 'postgres://postgres@db4:5433/shop' },
            },
            migrations: { tenant: 'shop/tenant' },
          },
        },
      },
      { baseDir: '/' },
    );
    expect(configuredServerUrls(placed).map(serverAddress)).to.include.members(['db3:5432', 'db4:5433']);
  });

  describe('per-server overrides', () => {
    const withServers = (servers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      parseConfig(
        {
          ...base,
          ...extra,
          platforms: {
            ...base.platforms,
            shop: { databaseUrl: 'postgres://postgres@db1:5432/shop', servers, migrations: { tenant: 'shop/tenant' } },
          },
        },
        { baseDir: '/' },
      );

    it('takes any threshold and budget bound per server, and leaves the others global', () => {
      const config = withServers(
        {
          big: {
            databaseUrl: 'postgres://postgres@db3:5432/shop',
            governor: { maxBudget: 64, lockWaiters: 20, activeSessions: 48 },
          },
          small: {
            databaseUrl: 'postgres://postgres@db4:5432/shop',
            governor: { maxBudget: 4, replicationLagSeconds: 5, connectionsUsedRatio: 0.7, activeSessions: null },
          },
          plain: { databaseUrl: 'postgres://postgres@db5:5432/shop' },
        },
        { governor: { activeSessions: 16 } },
      );
      const overrides = configuredOverrides(config);
      expect(overrides.map((o) => serverAddress(o.url))).to.deep.equal([
        'db1:5432',
        'db3:5432',
        'db4:5432',
        'db5:5432',
      ]);
      expect(overrides.find((o) => serverAddress(o.url) === 'db5:5432')!.governor).to.deep.equal({});
      expect(serverSettings(config.governor, [{}])).to.deep.equal(config.governor);
      const big = serverSettings(config.governor, [overrides[1]!.governor]);
      expect(big).to.include({
        maxBudget: 64,
        minBudget: 1,
        lockWaiters: 20,
        activeSessions: 48,
        replicationLagSeconds: 30,
      });
      const small = serverSettings(config.governor, [overrides[2]!.governor]);
      expect(small).to.include({ maxBudget: 4, lockWaiters: 5, replicationLagSeconds: 5, activeSessions: null });
      expect(small.connectionsUsedRatio).to.equal(0.7);
      expect(serverSettings(config.governor, [])).to.deep.equal(config.governor);
    });

    it('gives a server named by several entries the stricter value of each, a null threshold the laxest', () => {
      const settings = serverSettings(governor, [
        { maxBudget: 8, minBudget: 2, lockWaiters: 10, activeSessions: null },
        { maxBudget: 16, minBudget: 3, lockWaiters: 3, activeSessions: 24 },
        { activeSessions: 30, minBudget: 4 },
      ]);
      expect(settings).to.include({ maxBudget: 8, minBudget: 2, lockWaiters: 3, activeSessions: 24 });
      expect(serverSettings(governor, [{ activeSessions: null }]).activeSessions).to.equal(null);
      expect(serverSettings({ ...governor, activeSessions: 10 }, [{ activeSessions: null }]).activeSessions).to.equal(
        null,
      );
    });

    it('counts an entry without an override as saying the global value: a laxer override on another entry of the same server does not loosen it', () => {
      const lax = { lockWaiters: 50, maxBudget: 64, replicationLagSeconds: 600 };
      expect(serverSettings(governor, [{}, lax])).to.deep.equal(governor);
      const watched = { ...governor, activeSessions: 6 };
      expect(serverSettings(watched, [{}, { activeSessions: 40 }]).activeSessions).to.equal(6);
      expect(serverSettings(watched, [{}, { activeSessions: null }]).activeSessions).to.equal(6);
      // off globally, on for one entry: on is the stricter
      expect(serverSettings(governor, [{}, { activeSessions: 40 }]).activeSessions).to.equal(40);
      // every entry naming it says so: the laxer value holds
      expect(serverSettings(governor, [lax, lax])).to.include({ lockWaiters: 50, maxBudget: 64 });
    });

    const refused: Array<[string, Record<string, unknown>, RegExp]> = [
      ['a negative threshold', { lockWaiters: -1 }, /servers\.eu1\.governor\.lockWaiters/],
      ['a zero activeSessions', { activeSessions: 0 }, /governor\.activeSessions/],
      ['a fractional activeSessions', { activeSessions: 2.5 }, /governor\.activeSessions/],
      ['a text value', { replicationLagSeconds: '30' }, /governor\.replicationLagSeconds/],
      ['a ratio above 1', { connectionsUsedRatio: 1.5 }, /governor\.connectionsUsedRatio/],
      ['a pace setting, which is fleet-wide', { decreaseFactor: 0.75 }, /unknown key "decreaseFactor"/],
      ['a misspelt key', { activeSesions: 4 }, /unknown key "activeSesions"/],
      ['its own minimum above its own maximum', { minBudget: 8, maxBudget: 4 }, /minBudget must not exceed/],
      [
        'a minimum above the global maximum',
        { minBudget: 40 },
        /servers\.eu1\.governor: minBudget 40 must not exceed maxBudget 32/,
      ],
    ];
    for (const [what, override, message] of refused) {
      it(`refuses ${what} (exit 2)`, () => {
        let error: unknown;
        try {
          withServers({ eu1: { databaseUrl: 'postgres://postgres@db3:5432/shop', governor: override } });
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(ConfigError);
        expect((error as ConfigError).exitCode).to.equal(2);
        expect((error as Error).message).to.match(message);
      });
    }
  });
});
