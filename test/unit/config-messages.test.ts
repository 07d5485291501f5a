import { expect } from 'chai';
import { ConfigError, parseConfig } from '@tenantry/core';

const base = {
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms: {
    billing: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/billing', migrations: { tenant: 'billing/tenant' } },
  },
};

describe('config messages', () => {
  it('names a misspelt top-level key first, with the key it probably meant', () => {
    const { platforms, ...rest } = base;
    expect(() => parseConfig({ ...rest, platfroms: platforms }, { baseDir: '/' })).to.throw(
      ConfigError,
      /^invalid config: \(top level\): unknown key "platfroms" \(did you mean "platforms"\?\) \(and 1 more\)$/,
    );
    expect(() =>
      parseConfig({ ...base, control: { databaseUrl: base.control.databaseUrl, shema: 'x' } }, { baseDir: '/' }),
    ).to.throw(ConfigError, /control: unknown key "shema"$/);
  });
});
