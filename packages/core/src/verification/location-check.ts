import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { parseTenantId } from '../ids.js';
import type { ControlDb } from '../ledger/control-db.js';
import { locateTenant } from '../tenants/location.js';
import { DatabaseIdentities, describeLocation, sameLocation } from '../tenants/where.js';

/**
 * Each registered tenant where the ledger recorded it: a config changed since registration
 * (another tenantSchema, another database) would have runs migrate a place the tenant does not
 * live in, and leave its real schema behind.
 */
export async function locationMismatches(
  options: { config: TenantryConfig; control: ControlDb; pools: PoolRegistry },
  tenants: ReadonlyArray<{ platform: string; tenant: string; serverId: string }>,
): Promise<Array<{ platform: string; tenant: string; message: string }>> {
  const { control } = options;
  const { rows } = await control.pool.query<{
    platform: string;
    tenant: string;
    server: string;
    database: string;
    schema: string;
  }>(`SELECT platform, tenant, server, database, schema FROM ${control.table('tenants')} WHERE server IS NOT NULL`);
  const recorded = new Map(rows.map((r) => [`${r.platform}/${r.tenant}`, r]));
  const identities = new DatabaseIdentities(options.pools, control);
  const found: Array<{ platform: string; tenant: string; message: string }> = [];
  for (const t of tenants) {
    const at = recorded.get(`${t.platform}/${t.tenant}`);
    if (!at) continue;
    const location = locateTenant(getPlatform(options.config, t.platform), parseTenantId(t.tenant), t.serverId);
    const now = await identities.locate(location.databaseUrl, location.schema).catch(() => undefined);
    if (now && !sameLocation(at, now))
      found.push({
        ...t,
        message: `registered in ${describeLocation(at)}, but the config now puts it in ${describeLocation(now)}`,
      });
  }
  return found;
}
