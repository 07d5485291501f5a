import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import { readVersions } from '../migrator/tenant-version.js';
import { locateRun } from '../tenants/location.js';
import { recordedServer, type ServerLookup } from '../tenants/servers.js';

/** Sessions reading versions at once (a fleet with a database per tenant has thousands of databases). */
const VERSION_READS_AT_ONCE = 4;
/** Schemas of one database read by one session at a time (a few of its chunked queries). */
const VERSION_SLICE = 1000;

/**
 * Every run's tenant's current version, read in a few queries per database, a few databases at
 * once. A tenant's own database is read once per command: its session is closed after, not left
 * idle in its pool (thousands of idle sessions would exhaust the server's connections).
 */
export async function readCurrentVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  runs: readonly Pick<PlannedRun, 'platform' | 'tenant' | 'scope' | 'serverId'>[],
  servers?: ServerLookup,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const byDatabase = new Map<
    string,
    { url: string; table: string; own: boolean; entries: Array<{ key: string; schema: string }> }
  >();
  for (const run of runs) {
    const platform = config.platforms[run.platform]!;
    const serverId = run.scope === 'shared' ? '' : recordedServer(platform, run.tenant, run.serverId ?? servers);
    const location = locateRun(platform, run.tenant, serverId, run.scope);
    const dbKey = `${location.databaseUrl}\u0000${location.migrationsTable}`;
    let group = byDatabase.get(dbKey);
    if (!group) {
      group = { url: location.databaseUrl, table: location.migrationsTable, own: location.ownDatabase, entries: [] };
      byDatabase.set(dbKey, group);
    }
    group.entries.push({ key: `${run.platform}/${run.tenant}`, schema: location.schema });
  }
  // a database of many schemas is read in slices too, on sessions of their own: the planning and
  // relation opening of each slice is CPU work in the server, which has more than one core
  const groups = [...byDatabase.values()].flatMap((group) =>
    Array.from({ length: Math.ceil(group.entries.length / VERSION_SLICE) }, (_, i) => ({
      ...group,
      entries: group.entries.slice(i * VERSION_SLICE, (i + 1) * VERSION_SLICE),
    })),
  );
  let next = 0;
  const reader = async () => {
    for (let group = groups[next++]; group; group = groups[next++]) {
      const client = await pools.acquire(group.url);
      let close = group.own;
      try {
        const versions = await readVersions(
          client,
          group.entries.map((e) => e.schema),
          group.table,
        );
        for (const entry of group.entries) result.set(entry.key, versions.get(entry.schema)?.version ?? '0');
      } catch (error) {
        close = true;
        throw error;
      } finally {
        client.release(close);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(VERSION_READS_AT_ONCE, groups.length) }, reader));
  return result;
}
