import { expect } from 'chai';
import {
  ConfigError,
  DEFAULT_SERVER,
  locateTenant,
  parseConfig,
  parseTenantId,
  platformServerUrls,
} from '@tenantry/core';

const config = (platforms: Record<string, unknown>) => ({
  control: { databaseUrl: 'postgres://postgres@127.0.0.1:5432/tenantry' },
  platforms,
});
const parse = (platforms: Record<string, unknown>) => parseConfig(config(platforms), { baseDir: '/' });
const shop = (extra: Record<string, unknown>) => ({
  shop: { databaseUrl: 'postgres://h/shop', migrations: { tenant: 'tenant' }, ...extra },
});

describe('config: a platform on several servers', () => {
  it('a single-URL config is one implicit server, "default", in both modes', () => {
    const schemas = parse(shop({})).platforms.shop!;
    expect(schemas.serverOrder).to.deep.equal([DEFAULT_SERVER]);
    expect(schemas.placement).to.equal('fewest-tenants');
    expect(locateTenant(schemas, parseTenantId('acme'), 'default').databaseUrl).to.equal('postgres://h/shop');
    const databases = parse(shop({ tenantDatabaseUrl: 'postgres://h/shop_{tenant}' })).platforms.shop!;
    expect(databases.databasePerTenant).to.equal(true);
    expect(locateTenant(databases, parseTenantId('acme'), 'default').databaseUrl).to.equal('postgres://h/shop_acme');
    expect([...platformServerUrls(databases)]).to.deep.equal([['default', 'postgres://h/postgres']]);
  });

  it('locates a tenant on the server it is recorded on, and refuses one the config does not name (exit 2)', () => {
    const platform = parse(
      shop({
        servers: { eu1: { databaseUrl: 'postgres://a/shop' }, eu2: { databaseUrl: 'postgres://b/shop' } },
        placement: 'explicit',
      }),
    ).platforms.shop!;
    expect(platform.serverOrder).to.deep.equal(['eu1', 'eu2']);
    expect(locateTenant(platform, parseTenantId('acme'), 'eu2')).to.include({
      databaseUrl: 'postgres://b/shop',
      schema: 'tenant_acme',
      serverId: 'eu2',
    });
    expect(() => locateTenant(platform, parseTenantId('acme'), 'default'))
      .to.throw(
        /tenant acme of platform shop is recorded on server "default", which platforms\.shop\.servers does not name/,
      )
      .with.property('code', 'CONFIG_INVALID');
  });

  it('refuses mixed modes, a template beside servers, an empty map and two ids for one database', () => {
    expect(() =>
      parse(
        shop({
          servers: {
            eu1: { databaseUrl: 'postgres://a/shop' },
            eu2: { tenantDatabaseUrl: 'postgres://b/shop_{tenant}' },
          },
        }),
      ),
    ).to.throw(ConfigError, /platforms\.shop\.servers: every server needs the same mode/);
    expect(() =>
      parse(
        shop({ tenantDatabaseUrl: 'postgres://h/x_{tenant}', servers: { eu1: { databaseUrl: 'postgres://a/shop' } } }),
      ),
    ).to.throw(ConfigError, /platforms\.shop\.tenantDatabaseUrl: give tenantDatabaseUrl in each server/);
    expect(() => parse(shop({ servers: {} }))).to.throw(ConfigError, /give at least one server/);
    expect(() => parse(shop({ servers: { eu1: {} } }))).to.throw(
      ConfigError,
      /exactly one of databaseUrl or tenantDatabaseUrl/,
    );
    expect(() =>
      parse(
        shop({
          servers: {
            eu1: { databaseUrl: 'postgres://localhost/shop' },
            eu2: { databaseUrl: 'postgres://127.0.0.1:5432/shop' },
          },
        }),
      ),
    ).to.throw(ConfigError, /servers eu1 and eu2 of platform shop both name database localhost:5432\/shop/);
  });

  it('checks one owner per location across the servers of two platforms', () => {
    expect(() =>
      parse({
        ...shop({
          servers: { eu1: { databaseUrl: 'postgres://a/shop' }, eu2: { databaseUrl: 'postgres://b/common' } },
        }),
        crm: {
          databaseUrl: 'postgres://c/crm',
          migrations: { tenant: 't' },
          servers: { x: { databaseUrl: 'postgres://b/common' } },
        },
      }),
    ).to.throw(
      ConfigError,
      /platforms shop and crm both put tenant acme in schema tenant_acme of database b:5432\/common/,
    );
  });
});
