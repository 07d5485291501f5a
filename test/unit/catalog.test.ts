import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ConfigError,
  InvalidInput,
  UnknownTarget,
  parseConfig,
  readMigrationSet,
  resolveTargets,
} from '@tenantry/core';
import { FIXTURES } from '../helpers/sandbox.js';

const config = parseConfig(
  {
    control: { databaseUrl: 'postgres://x/y' },
    platforms: {
      accounts: { databaseUrl: 'postgres://x/a', migrations: { tenant: path.join(FIXTURES, 'accounts') } },
      billing: {
        databaseUrl: 'postgres://x/b',
        migrations: { tenant: path.join(FIXTURES, '../../../examples/billing/tenant') },
      },
    },
    releases: { 'v1.0': { accounts: '1710000000002_add-account-name' } },
  },
  { baseDir: '/' },
);

describe('migration catalog and targets', () => {
  it('reads a set in order with checksums', () => {
    const set = readMigrationSet(path.join(FIXTURES, 'accounts'));
    expect(set.migrations.map((m) => m.name)).to.deep.equal([
      '1710000000001_create-accounts',
      '1710000000002_add-account-name',
      '1710000000003_unique-account-email',
      '1710000000004_create-sessions',
      '1710000000005_account-status',
    ]);
    expect(set.migrations[0]!.checksum).to.match(/^[0-9a-f]{64}$/);
  });

  it('orders by numeric prefix, not text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-set-'));
    for (const name of ['10_b.js', '9_a.js', '100_c.js'])
      writeFileSync(path.join(dir, name), 'export const up = () => {};');
    expect(readMigrationSet(dir).migrations.map((m) => m.name)).to.deep.equal(['9_a', '10_b', '100_c']);
  });

  it('rejects a badly named file and a missing directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-set-'));
    writeFileSync(path.join(dir, "1_x'; drop.js"), '');
    expect(() => readMigrationSet(dir)).to.throw(ConfigError, /has a name Tenantry cannot carry/);
    expect(() => readMigrationSet(path.join(dir, 'nope'))).to.throw(ConfigError, /does not exist/);
  });

  it('resolves latest, 0, a release and a migration name', () => {
    expect(resolveTargets(config, 'latest').map((t) => t.version)).to.deep.equal([
      '1710000000005_account-status',
      '1700000000009_rename-customers-name-to-legal-name',
    ]);
    expect(resolveTargets(config, '0').map((t) => t.version)).to.deep.equal(['0', '0']);
    expect(resolveTargets(config, 'v1.0')).to.deep.equal([
      { platform: 'accounts', version: '1710000000002_add-account-name', release: 'v1.0' },
    ]);
    expect(resolveTargets(config, '1700000000003_create-invoices')).to.deep.equal([
      { platform: 'billing', version: '1700000000003_create-invoices' },
    ]);
  });

  it('refuses unknown targets and platforms with exit code 2', () => {
    expect(() => resolveTargets(config, 'v9'))
      .to.throw(UnknownTarget)
      .with.property('exitCode', 2);
    expect(() => resolveTargets(config, '1700000000003_create-invoices', ['accounts'])).to.throw(UnknownTarget);
    expect(() => resolveTargets(config, 'latest', ['nope'])).to.throw(InvalidInput, /unknown platform/);
    expect(() => resolveTargets(config, 'v1.0', ['billing'])).to.throw(InvalidInput, /no target for platform billing/);
  });
});
