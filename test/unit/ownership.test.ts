import { expect } from 'chai';
import { ConfigError, parseConfig } from '@tenantry/core';

const platform = (databaseUrl: string, extra: Record<string, unknown> = {}) => ({
  databaseUrl,
  migrations: { tenant: 'tenant' },
  ...extra,
});
const config = (platforms: Record<string, unknown>) => ({
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms,
});
const parse = (platforms: Record<string, unknown>) => parseConfig(config(platforms), { baseDir: '/' });

describe('config: one owner per location', () => {
  it('refuses a schema-mode tenantSchema without {tenant}, naming two tenants that would share it', () => {
    expect(() => parse({ shop: platform('postgres://h/shop', { tenantSchema: 'shop' }) })).to.throw(
      ConfigError,
      /platforms\.shop\.tenantSchema puts tenant acme of platform shop and tenant globex in one location \(schema shop of database h:5432\/shop\): tenantSchema needs \{tenant\}/,
    );
  });

  it('allows a fixed tenantSchema in database mode, not a tenantDatabaseUrl whose {tenant} misses the database', () => {
    expect(
      parse({
        shop: platform('postgres://h/shop', { tenantSchema: 'app', tenantDatabaseUrl: 'postgres://h/shop_{tenant}' }),
      }).platforms.shop!.tenantSchema,
    ).to.equal('app');
    expect(() =>
      parse({
        shop: platform('postgres://h/shop', {
          tenantSchema: 'app',
          tenantDatabaseUrl: 'postgres://h/shop?application_name={tenant}',
        }),
      }),
    ).to.throw(
      ConfigError,
      /tenantDatabaseUrl puts tenant acme .* and tenant globex in one location .*put \{tenant\} in the database name/,
    );
  });

  it('refuses two platforms resolving a tenant to one (database, schema), however the loopback server is named', () => {
    expect(() =>
      parse({ billing: platform('postgres://u@127.0.0.1:5432/app'), crm: platform('postgres://v@localhost/app') }),
    ).to.throw(
      ConfigError,
      /platforms billing and crm both put tenant acme in schema tenant_acme of database localhost:5432\/app/,
    );
    expect(() =>
      parse({ billing: platform('postgres:///app?host=/run/postgresql'), crm: platform('postgres://127.0.0.1/app') }),
    ).to.throw(ConfigError, /billing and crm/);
    // one database, two templates: allowed (a registration that meets another's schema is refused by the ledger)
    expect(
      parse({
        billing: platform('postgres://h/app', { tenantSchema: 'billing_{tenant}' }),
        crm: platform('postgres://h/app', { tenantSchema: 'crm_{tenant}' }),
      }).platformOrder,
    ).to.have.length(2);
    // one template, two databases or servers: allowed
    expect(
      parse({ billing: platform('postgres://h/billing'), crm: platform('postgres://h/crm') }).platformOrder,
    ).to.have.length(2);
    expect(
      parse({ billing: platform('postgres://h1/app'), crm: platform('postgres://h2/app') }).platformOrder,
    ).to.have.length(2);
  });

  it('refuses two platforms keeping shared migrations in one schema of one database', () => {
    const shared = (t: string) => ({
      migrations: { tenant: 'tenant', shared: 'shared' },
      tenantSchema: `${t}_{tenant}`,
    });
    expect(() =>
      parse({ billing: platform('postgres://h/app', shared('b')), crm: platform('postgres://h/app', shared('c')) }),
    ).to.throw(
      ConfigError,
      /platforms billing and crm both keep their shared migrations in schema public of database h:5432\/app/,
    );
  });
});
