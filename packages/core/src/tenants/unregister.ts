import { readMigrationSet } from '../catalog/migration-set.js';
import { getPlatform } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput } from '../errors.js';
import { parseTenantId } from '../ids.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { describeDifference } from '../verification/diff.js';
import { ReferenceCache } from '../verification/reference.js';
import { verifyTenants } from '../verification/verify-tenants.js';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import { dropTenantSchema } from './provision.js';
import { resolveTenants, type Located, type TenantsContext } from './register.js';
import { DatabaseIdentities, describeLocation, sameLocation } from './where.js';

/**
 * Whether a tenant's schema holds only what its platform's migrations put there: its history a
 * prefix of the platform's tenant migrations, its objects those of the reference of its version
 * (anything else, another platform's tables or an operator's, is not provably the tenant's).
 * Returns why not, or undefined (also when there is no schema).
 */
async function foreignContent(
  pools: PoolRegistry,
  platform: Readonly<TenantryPlatform>,
  located: Located,
  references: ReferenceCache,
): Promise<string | undefined> {
  const client = await pools.acquire(located.location.databaseUrl);
  try {
    const set = readMigrationSet(platform.tenantMigrationsDir);
    const [result] = await verifyTenants({
      client,
      platform,
      set,
      tenants: [parseTenantId(located.location.tenant)],
      serverId: located.location.serverId,
      references,
    });
    if (
      !result ||
      result.status === 'match' ||
      result.differences.some((d) => d.kind === 'missing' && d.object === `schema ${result.schema}`)
    )
      return undefined;
    return `it is not what platform ${platform.id}'s migrations made it (${result.differences.slice(0, 3).map(describeDifference).join('; ')})`;
  } finally {
    client.release();
  }
}

/**
 * Unregisters tenants; with `dropSchema`, drops only schemas Tenantry can prove are each tenant's
 * alone: the location recorded at registration, where the config still puts it, no other owner
 * (the ledger's unique constraint), nothing reserved, and nothing in it but the platform's own
 * migrations. Any doubt refuses the whole command (exit 2) before anything changes.
 */
export async function unregisterTenants(
  ctx: TenantsContext,
  platformId: string,
  ids: readonly string[],
  options: { dropSchema?: boolean } = {},
): Promise<string[]> {
  const platform = getPlatform(ctx.config, platformId);
  const registry = new TenantRegistry(ctx.control);
  if (!options.dropSchema) return registry.remove(ctx.control.pool, platform.id, [...new Set(ids)]);
  const identities = new DatabaseIdentities(ctx.pools, ctx.control);
  // each registered tenant on its recorded server (one not registered has nothing to drop)
  const placed = await registry.serversOf(ctx.control.pool, platform.id, [...new Set(ids)]);
  const located = await resolveTenants(ctx, platform.id, placed, identities);
  return ctx.control.transaction(async (client) => {
    const recorded = await registry.recorded(
      client,
      platform.id,
      located.map((l) => l.location.tenant),
      { forUpdate: true },
    );
    const dropping: Located[] = [];
    const references = new ReferenceCache();
    for (const { tenant, location } of recorded) {
      const here = located.find((l) => l.location.tenant === tenant)!;
      if (!location) {
        throw new InvalidInput(
          `tenant ${tenant} of platform ${platform.id} has no recorded location (registered before Tenantry recorded them), so its schema is not provably its own: \`tenantry tenants add ${platform.id} ${tenant}\` records it; nothing was removed`,
        );
      }
      if (!sameLocation(location, here.resolved)) {
        throw new InvalidInput(
          `tenant ${tenant} of platform ${platform.id} is recorded in ${describeLocation(location)}, but the config now puts it in ${describeLocation(here.resolved)}: not dropping either; nothing was removed`,
        );
      }
      const why = await foreignContent(ctx.pools, platform, here, references);
      if (why)
        throw new InvalidInput(
          `not dropping ${describeLocation(location)} of tenant ${tenant} of platform ${platform.id}: ${why}; nothing was removed`,
        );
      dropping.push(here);
    }
    const removed = await registry.remove(
      client,
      platform.id,
      dropping.map((l) => l.location.tenant),
    );
    // dropped before the ledger commits: a failed drop leaves the tenant registered
    for (const { location } of dropping) await dropTenantSchema(ctx.pools, location);
    return removed;
  });
}
