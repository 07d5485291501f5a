import type pg from 'pg';
import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import { ensureDatabase } from '../db/ensure-database.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput } from '../errors.js';
import { parseTenantId } from '../ids.js';
import type { ControlDb } from '../ledger/control-db.js';
import { KnownVersions } from '../ledger/known-versions.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import type { Labels } from './labels.js';
import { readCurrentVersions } from '../fleet/live-versions.js';
import { EMPTY_VERSION } from '../types.js';
import { locateTenant, type TenantLocation } from './location.js';
import { placeTenants } from './placement.js';
import { provisionTenants } from './provision.js';
import type { ServerId } from './servers.js';
import {
  DatabaseIdentities,
  SYSTEM_SCHEMAS,
  describeLocation,
  reservedLocations,
  sameLocation,
  type ResolvedLocation,
} from './where.js';

export interface TenantsContext {
  config: TenantryConfig;
  control: ControlDb;
  pools: PoolRegistry;
}

export interface Located {
  location: TenantLocation;
  resolved: ResolvedLocation;
}

/** The tenants' locations on their servers, as the servers name them; a reserved one is refused. */
export async function resolveTenants(
  ctx: TenantsContext,
  platformId: string,
  placed: ReadonlyMap<string, ServerId>,
  identities: DatabaseIdentities,
): Promise<Located[]> {
  const platform = getPlatform(ctx.config, platformId);
  const locations = [...placed].map(([id, serverId]) => locateTenant(platform, parseTenantId(id), serverId));
  const reserved = await reservedLocations(ctx.config, identities);
  const located: Located[] = [];
  for (const location of locations) {
    // a database of its own is created before it can be identified (an empty database, nothing else)
    if (location.ownDatabase) await ensureDatabase(location.databaseUrl);
    const resolved = await identities.locate(location.databaseUrl, location.schema);
    const taken = reserved.find((r) => sameLocation(r, resolved));
    if (taken || SYSTEM_SCHEMAS.has(resolved.schema)) {
      throw new InvalidInput(
        `tenant ${location.tenant} of platform ${platform.id} would live in ${describeLocation(resolved)}, which is ${taken?.owner ?? "PostgreSQL's own"}: use another tenant id or tenantSchema`,
      );
    }
    located.push({ location, resolved });
  }
  return located;
}

function refuseOwned(
  platform: string,
  located: readonly Located[],
  owners: ReadonlyArray<{ platform: string; tenant: string } & ResolvedLocation>,
): void {
  // by location: a re-registration of a whole fleet finds every tenant owning its own
  const key = (l: ResolvedLocation) => `${l.server}\u0000${l.database}\u0000${l.schema}`;
  const ownersAt = new Map<string, Array<(typeof owners)[number]>>();
  for (const o of owners) ownersAt.set(key(o), [...(ownersAt.get(key(o)) ?? []), o]);
  for (const { location, resolved } of located) {
    const other = ownersAt
      .get(key(resolved))
      ?.find((o) => sameLocation(o, resolved) && !(o.platform === platform && o.tenant === location.tenant));
    if (other) {
      throw new InvalidInput(
        `tenant ${location.tenant} of platform ${platform} would live in ${describeLocation(resolved)}, which tenant ${other.tenant} of platform ${other.platform} owns: one location has one owner (change tenantSchema or the database of one platform)`,
      );
    }
  }
}

export interface RegisterOptions {
  /** the server of the new tenants (default: the platform's placement policy, see placement.ts) */
  server?: string;
  /** labels set on every named tenant (new or already registered), in the same transaction */
  labels?: Labels;
  /** creates the tenants' schemas, inside the ledger transaction (default: empty schemas; see onboard.ts) */
  provision?: (locations: readonly TenantLocation[], added: readonly string[]) => Promise<void>;
}

/**
 * Registers tenants: each one's location resolved and recorded in the ledger, its schema (and
 * database) created, in one ledger transaction, so a refused registration changes nothing. A
 * location another tenant owns, a reserved one, or a tenant registered elsewhere than the config
 * now puts it, is refused (exit 2) naming both.
 */
export async function registerTenants(
  ctx: TenantsContext,
  platformId: string,
  ids: readonly string[],
  options: RegisterOptions = {},
): Promise<{ added: string[]; existing: string[] }> {
  const registry = new TenantRegistry(ctx.control);
  const identities = new DatabaseIdentities(ctx.pools, ctx.control);
  const placed = await placeTenants(
    ctx.control,
    getPlatform(ctx.config, platformId),
    [...new Set(ids)].map((id) => parseTenantId(id)),
    options.server,
  );
  const located = await resolveTenants(ctx, platformId, placed, identities);
  const platform = getPlatform(ctx.config, platformId).id;
  const tenants = located.map((l) => l.location.tenant);
  const attempt = () =>
    ctx.control.transaction(async (client) => {
      refuseOwned(
        platform,
        located,
        await registry.ownersOf(
          client,
          located.map((l) => l.resolved),
        ),
      );
      const locatedOf = new Map(located.map((l) => [l.location.tenant, l] as const));
      for (const { tenant, serverId, location } of await registry.recorded(client, platform, tenants)) {
        const now = locatedOf.get(tenant)!;
        if (serverId !== now.location.serverId) {
          throw new InvalidInput(
            `tenant ${tenant} of platform ${platform} was registered on server ${serverId} meanwhile: add it again`,
          );
        }
        if (location && !sameLocation(location, now.resolved)) {
          throw new InvalidInput(
            `tenant ${tenant} of platform ${platform} is registered in ${describeLocation(location)}, but the config now puts it in ${describeLocation(now.resolved)}: move it there first, or remove it and add it again`,
          );
        }
      }
      const added = await registry.record(
        client,
        platform,
        located.map((l) => ({ tenant: l.location.tenant, serverId: l.location.serverId, ...l.resolved })),
      );
      if (options.labels && Object.keys(options.labels).length > 0)
        await registry.label(client, platform, tenants, options.labels);
      const locations = located.map((l) => l.location);
      await (options.provision ? options.provision(locations, added) : provisionTenants(ctx.pools, locations));
      await recordFoundVersions(
        ctx,
        client,
        platform,
        added.map((tenant) => ({ tenant, serverId: placed.get(tenant)! })),
      );
      return added;
    });
  let added: string[];
  try {
    added = await attempt();
  } catch (error) {
    if ((error as { constraint?: string }).constraint !== 'tenants_one_owner_per_location') throw error;
    // another registration took one of these locations at the same moment: name it
    refuseOwned(
      platform,
      located,
      await registry.ownersOf(
        ctx.control.pool,
        located.map((l) => l.resolved),
      ),
    );
    throw new InvalidInput(
      `two of the tenants ${tenants.join(', ')} of platform ${platform} resolve to one location: one location has one owner`,
    );
  }
  const isNew = new Set(added);
  return { added, existing: tenants.filter((t) => !isNew.has(t)) };
}

/**
 * The ledger knows a new tenant's version from the start: an empty schema is at 0, one that
 * existed before keeps the history it has (no run can be moving a tenant not yet registered).
 */
async function recordFoundVersions(
  ctx: TenantsContext,
  client: pg.ClientBase,
  platform: string,
  tenants: ReadonlyArray<{ tenant: string; serverId: string }>,
): Promise<void> {
  if (tenants.length === 0) return;
  const versions = await readCurrentVersions(
    ctx.config,
    ctx.pools,
    tenants.map((t) => ({ platform, ...t })),
  );
  await new KnownVersions(ctx.control).record(
    client,
    platform,
    tenants.map(({ tenant }) => ({ tenant, version: versions.get(`${platform}/${tenant}`) ?? EMPTY_VERSION })),
  );
}
