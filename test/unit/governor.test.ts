import { expect } from 'chai';
import { ConfigError, describeStrain, parseConfig, type ServerSignals } from '@tenantry/core';
import { configuredServerUrls, nextBudget, serverAddress, strainsOf } from '@tenantry/core/internal';

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
    });
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
});
