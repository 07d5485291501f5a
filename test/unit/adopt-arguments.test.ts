import { expect } from 'chai';
import { InvalidInput, parseConfig, tenantOfArgument } from '@tenantry/core';

const platformWith = (tenantSchema?: string) =>
  parseConfig(
    {
      control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
      platforms: {
        shop: {
          databaseUrl: 'postgres://h/shop',
          migrations: { tenant: 'tenant' },
          ...(tenantSchema ? { tenantSchema } : {}),
        },
      },
    },
    { baseDir: '/' },
  ).platforms.shop!;

describe('tenants adopt: which tenant an argument names', () => {
  it('reads a schema name of the tenantSchema form as its tenant, anything else as a tenant id', () => {
    const shop = platformWith();
    expect(tenantOfArgument(shop, 'tenant_acme')).to.equal('acme');
    expect(tenantOfArgument(shop, 'acme')).to.equal('acme');
    const customers = platformWith('customer_{tenant}');
    expect(tenantOfArgument(customers, 'customer_acme')).to.equal('acme');
    expect(tenantOfArgument(customers, 'tenant_acme')).to.equal('tenant_acme');
  });

  it('refuses what is neither, as bad input', () => {
    expect(() => tenantOfArgument(platformWith(), 'Bad!')).to.throw(InvalidInput);
    expect(() => tenantOfArgument(platformWith(), 'tenant_Acme')).to.throw(InvalidInput);
  });
});
