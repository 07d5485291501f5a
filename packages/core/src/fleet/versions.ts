import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { RegisteredTenant, TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from '../rollouts/plan.js';
import type { LabelFilter } from '../tenants/selector.js';
import { EMPTY_VERSION } from '../types.js';

/** Every selected tenant's live version on every platform it is on: platform → tenant → version. */
export async function readFleetVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  platforms?: readonly string[],
  filter: LabelFilter = {},
  registered?: readonly RegisteredTenant[],
): Promise<Map<string, Map<string, string>>> {
  const tenants = registered ?? (await registry.list(platforms, filter));
  const versions = await readCurrentVersions(
    config,
    pools,
    tenants.filter((t) => config.platforms[t.platform]),
  );
  const fleet = new Map<string, Map<string, string>>();
  for (const platform of config.platformOrder) fleet.set(platform, new Map());
  for (const t of tenants)
    fleet.get(t.platform)?.set(t.tenant, versions.get(`${t.platform}/${t.tenant}`) ?? EMPTY_VERSION);
  return fleet;
}

/** The releases whose target on `platform` is `version` ('0' counts as the empty release). */
export function releasesAt(config: TenantryConfig, platform: string, version: string): string[] {
  if (version === EMPTY_VERSION) return [EMPTY_VERSION];
  return Object.entries(config.releases)
    .filter(([, targets]) => targets[platform] === version)
    .map(([release]) => release);
}

export interface PlatformVersions {
  platform: string;
  tenants: number;
  versions: Array<{ version: string; releases: string[]; tenants: number }>;
  /** the same, server by server (config order) */
  servers: Array<{ server: string; tenants: number; versions: Array<{ version: string; tenants: number }> }>;
}

function countVersions(versions: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const version of versions) counts.set(version, (counts.get(version) ?? 0) + 1);
  return new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** For each platform: how many tenants sit at each migration, and which releases that is. */
export async function getAllPlatformVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  filter: LabelFilter = {},
): Promise<PlatformVersions[]> {
  const registered = await registry.list(undefined, filter);
  const fleet = await readFleetVersions(config, pools, registry, undefined, filter, registered);
  const serverOf = new Map(registered.map((t) => [`${t.platform}/${t.tenant}`, t.serverId] as const));
  return config.platformOrder.map((platform) => {
    const mine = [...fleet.get(platform)!.entries()];
    const counts = countVersions(mine.map(([, version]) => version));
    return {
      platform,
      tenants: mine.length,
      versions: [...counts.entries()].map(([version, tenants]) => ({
        version,
        releases: releasesAt(config, platform, version),
        tenants,
      })),
      servers: config.platforms[platform]!.serverOrder.map((server) => {
        const here = mine.filter(([tenant]) => serverOf.get(`${platform}/${tenant}`) === server);
        const byVersion = countVersions(here.map(([, version]) => version));
        return {
          server,
          tenants: here.length,
          versions: [...byVersion.entries()].map(([version, tenants]) => ({ version, tenants })),
        };
      }),
    };
  });
}

export interface ConsistencyReport {
  status: 'consistent' | 'inconsistent';
  tenants: number;
  inconsistencies: Array<{
    /** where the tenants are, platform by platform (`billing@v2.0.0`, or the migration name) */
    version: string;
    platforms: Record<string, { version: string; releases: string[] }>;
    tenants: string[];
  }>;
  /**
   * Tenants pinned on any of their platforms: where they are is the operator's choice, so they
   * are listed here, never as inconsistent. (Held tenants are not: a hold stops rollouts, it does
   * not say where a tenant belongs.)
   */
  pinned: Array<{ tenant: string; platforms: Record<string, { version: string; pinnedVersion: string | null }> }>;
}

/**
 * A tenant is consistent when all its platforms sit at one release (or all at nothing). Tenants
 * that are not are grouped by where they are, so one line names every tenant split the same way.
 * Pinned tenants are reported apart.
 */
export async function checkCrossPlatformConsistency(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  filter: LabelFilter = {},
): Promise<ConsistencyReport> {
  const registered = await registry.list(undefined, filter);
  const fleet = await readFleetVersions(config, pools, registry, undefined, filter, registered);
  const pinOf = new Map(registered.map((t) => [`${t.platform}/${t.tenant}`, t.pinnedVersion] as const));
  const pinnedTenants = new Set(registered.filter((t) => t.pinnedVersion !== null).map((t) => t.tenant));
  const pinned: ConsistencyReport['pinned'] = [];
  const byTenant = new Map<string, Map<string, string>>();
  for (const [platform, tenants] of fleet) {
    for (const [tenant, version] of tenants) {
      if (!byTenant.has(tenant)) byTenant.set(tenant, new Map());
      byTenant.get(tenant)!.set(platform, version);
    }
  }
  const groups = new Map<string, ConsistencyReport['inconsistencies'][number]>();
  for (const [tenant, platforms] of [...byTenant.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (pinnedTenants.has(tenant)) {
      const where = config.platformOrder
        .filter((p) => platforms.has(p))
        .map((p) => [p, { version: platforms.get(p)!, pinnedVersion: pinOf.get(`${p}/${tenant}`) ?? null }] as const);
      pinned.push({ tenant, platforms: Object.fromEntries(where) });
      continue;
    }
    const entries = config.platformOrder
      .filter((p) => platforms.has(p))
      .map((p) => ({ platform: p, version: platforms.get(p)!, releases: releasesAt(config, p, platforms.get(p)!) }));
    const common =
      entries.reduce<string[] | null>(
        (acc, e) => (acc === null ? e.releases : acc.filter((r) => e.releases.includes(r))),
        null,
      ) ?? [];
    if (entries.length < 2 || common.length > 0) continue;
    const version = entries.map((e) => `${e.platform}@${e.releases[0] ?? e.version}`).join(', ');
    const group = groups.get(version) ?? {
      version,
      platforms: Object.fromEntries(entries.map((e) => [e.platform, { version: e.version, releases: e.releases }])),
      tenants: [],
    };
    group.tenants.push(tenant);
    groups.set(version, group);
  }
  const inconsistencies = [...groups.values()];
  return {
    status: inconsistencies.length === 0 ? 'consistent' : 'inconsistent',
    tenants: byTenant.size,
    inconsistencies,
    pinned,
  };
}
