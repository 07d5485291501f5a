import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startDashboardProcess } from '../browser/dashboard-process.js';
import { PrivatePostgres, startOrSkip } from '../chaos/private-servers.js';
import { expectRefused } from '../helpers/refusals.js';
import { Sandbox, ok } from '../helpers/sandbox.js';

/**
 * A platform on two real servers: the shared PostgreSQL (eu1) and a private cluster (eu2).
 * Tenants are placed explicitly and by the policy, recorded in the ledger, migrated by a real
 * worker where they were placed and nowhere else, shown per server, and a config that loses a
 * server holding tenants is refused.
 */
describe('placement: one platform on two servers', function () {
  this.timeout(120_000);
  let eu2: PrivatePostgres;
  let sandbox: Sandbox | undefined;
  let eu2Pool: pg.Pool | undefined;

  before(async function () {
    eu2 = await startOrSkip(this, () => PrivatePostgres.start());
  });
  after(async () => {
    await eu2Pool?.end();
    await sandbox?.destroy();
    await eu2?.destroy();
  });

  it('places tenants by --server and by fewest-tenants, migrates each on its own server only, and groups the views by server', async () => {
    sandbox = new Sandbox({ platforms: { shop: { migrations: 'accounts' } } });
    const config = JSON.parse(readFileSync(sandbox.configFile, 'utf8')) as {
      platforms: { shop: Record<string, unknown> };
    };
    const eu1Url = config.platforms.shop.databaseUrl as string;
    const eu2Database = `${sandbox.id}_shop`;
    config.platforms.shop.servers = {
      eu1: { databaseUrl: eu1Url },
      eu2: { databaseUrl: eu2.databaseUrl(eu2Database) },
    };
    sandbox.writeConfig(config);
    await ok(sandbox, ['init']); // creates eu2's database too
    eu2Pool = new pg.Pool({ connectionString: eu2.databaseUrl(eu2Database), max: 2 });

    // explicit, then the policy: eu1 has 0 and eu2 1, so b1 → eu1, b2 → eu1 (a tie goes first), b3 → eu2
    await ok(sandbox, ['tenants', 'add', 'shop', 'a1', '--server', 'eu2']);
    await ok(sandbox, ['tenants', 'add', 'shop', 'b1', 'b2', 'b3']);
    expect(await sandbox.ledger('SELECT tenant, server_id FROM tenantry.tenants ORDER BY tenant')).to.deep.equal([
      { tenant: 'a1', server_id: 'eu2' },
      { tenant: 'b1', server_id: 'eu1' },
      { tenant: 'b2', server_id: 'eu1' },
      { tenant: 'b3', server_id: 'eu2' },
    ]);
    // the one-owner check holds across servers: two physical locations, two system identifiers
    const servers = await sandbox.ledger<{ n: number }>(
      'SELECT count(DISTINCT server)::int AS n FROM tenantry.tenants',
    );
    expect(servers[0]!.n).to.equal(2);
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'shop', 'c1', '--server', 'us9']),
      /unknown server "us9" of platform shop \(servers: eu1, eu2\)/,
    );
    expectRefused(
      await sandbox.cli(['tenants', 'add', 'shop', 'a1', '--server', 'eu1']),
      /tenant a1 of platform shop is registered on server eu2, not eu1: moving a tenant between servers is not supported/,
    );

    // a decoy of b1 on the server b1 is not on: never looked at, never touched
    await eu2Pool.query('CREATE SCHEMA tenant_b1; CREATE TABLE tenant_b1.decoy (id int)');

    sandbox.startWorker({ concurrency: 2 });
    const migrated = await sandbox.cli(['migrate', '--to', 'latest', '--wait']);
    expect(migrated.code, migrated.stdout + migrated.stderr).to.equal(0);
    expect(migrated.stdout).to.match(/succeeded: 4 succeeded, 0 failed of 4/);
    for (const tenant of ['b1', 'b2']) expect(await sandbox.applied('shop', tenant)).to.have.length(5);
    const onEu2 = async (schema: string) =>
      (
        await eu2Pool!
          .query<{ name: string }>(`SELECT name FROM ${pg.escapeIdentifier(schema)}.pgmigrations`)
          .catch(() => ({ rows: [] }))
      ).rows.length;
    expect(await onEu2('tenant_a1')).to.equal(5);
    expect(await onEu2('tenant_b3')).to.equal(5);
    expect(await onEu2('tenant_b1')).to.equal(0);
    const decoy = await eu2Pool.query<{ relname: string }>(
      "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'tenant_b1' ORDER BY 1",
    );
    expect(decoy.rows.map((r) => r.relname)).to.deep.equal(['decoy']);
    // nor are eu2's tenants on eu1
    const strays = await sandbox.platform<{ nspname: string }>(
      'shop',
      "SELECT nspname FROM pg_namespace WHERE nspname IN ('tenant_a1', 'tenant_b3')",
    );
    expect(strays).to.deep.equal([]);

    // views: by server
    const list = JSON.parse(await ok(sandbox, ['tenants', 'list', '--server', 'eu2', '--json'])) as Array<{
      tenant: string;
      serverId: string;
    }>;
    expect(list.map((t) => [t.tenant, t.serverId])).to.deep.equal([
      ['a1', 'eu2'],
      ['b3', 'eu2'],
    ]);
    const status = JSON.parse(await ok(sandbox, ['status', '--json'])) as Array<{
      tenant: string;
      server: string;
      version: string;
    }>;
    expect(status.map((s) => [s.server, s.tenant, s.version])).to.deep.equal([
      ['eu1', 'b1', '1710000000005_account-status'],
      ['eu1', 'b2', '1710000000005_account-status'],
      ['eu2', 'a1', '1710000000005_account-status'],
      ['eu2', 'b3', '1710000000005_account-status'],
    ]);
    const versions = JSON.parse(await ok(sandbox, ['versions', '--json'])) as Array<{
      servers: Array<{ server: string; tenants: number; versions: Array<{ version: string; tenants: number }> }>;
    }>;
    expect(versions[0]!.servers.map((s) => [s.server, s.tenants, s.versions[0]?.tenants])).to.deep.equal([
      ['eu1', 2, 2],
      ['eu2', 2, 2],
    ]);
    // the dashboard: counts per server, group by server, narrowed to one, and the server label on /metrics
    const dashboard = await startDashboardProcess(sandbox);
    try {
      const get = async <T>(route: string): Promise<T> => {
        const response = await fetch(`${dashboard.url}${route}`);
        expect(response.status, route).to.equal(200);
        return (await response.json()) as T;
      };
      const grouped = await get<{
        platforms: Array<{ servers: Record<string, number> }>;
        tenants: Array<{ tenant: string; servers: Record<string, string> }>;
        groups: Array<{ value: string; tenants: number; latest: number }>;
      }>('/api/status?groupBy=server');
      expect(grouped.platforms[0]!.servers).to.deep.equal({ eu1: 2, eu2: 2 });
      expect(grouped.tenants.map((t) => [t.tenant, t.servers.shop])).to.deep.equal([
        ['a1', 'eu2'],
        ['b1', 'eu1'],
        ['b2', 'eu1'],
        ['b3', 'eu2'],
      ]);
      expect(grouped.groups.map((g) => [g.value, g.tenants, g.latest])).to.deep.equal([
        ['eu1', 2, 2],
        ['eu2', 2, 2],
      ]);
      const narrowed = await get<{ total: number; tenants: Array<{ tenant: string }> }>('/api/status?server=eu2');
      expect([narrowed.total, ...narrowed.tenants.map((t) => t.tenant)]).to.deep.equal([2, 'a1', 'b3']);
      const metrics = await (await fetch(`${dashboard.url}/metrics`)).text();
      expect(metrics).to.include(
        'tenantry_tenants{platform="shop",server="eu2",version="1710000000005_account-status"} 2',
      );
    } finally {
      await dashboard.stop();
    }

    // a new tenant on eu2 starts at the platform's version: a copy of its reference, made on eu2
    await ok(sandbox, ['tenants', 'add', 'shop', 'c1', '--server', 'eu2']);
    expect(await onEu2('tenant_c1')).to.equal(5);
    const verify = await sandbox.cli(['verify']);
    expect(verify.code, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.match(/verify: 5 tenant\(s\) checked/);

    // a config without eu2 while tenants are on it: refused, naming the server
    delete (config.platforms.shop.servers as Record<string, unknown>).eu2;
    sandbox.writeConfig(config);
    expectRefused(
      await sandbox.cli(['status']),
      /platforms\.shop\.servers has no server "eu2", which 3 registered tenant\(s\) are on/,
    );
  });
});
