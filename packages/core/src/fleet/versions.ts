import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { RegisteredTenant, TenantRegistry } from '../ledger/tenant-registry.js';
import type { LabelFilter } from '../tenants/selector.js';
import { EMPTY_VERSION } from '../types.js';
import {
  readTenantVersions,
  summarizeReadings,
  type ReadVersionsOptions,
  type TenantVersionReading,
  type VersionReadSummary,
} from './recorded-versions.js';

/**
 * Every selected tenant's version on every platform it is on: platform → tenant → version, and
 * where each came from. By default the ledger's records, checked, with the doubtful ones read
 * live (recorded-versions.ts); `live` reads every tenant's own table.
 */
export async function readFleetVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  platforms?: readonly string[],
  filter: LabelFilter = {},
  registered?: readonly RegisteredTenant[],
  options: ReadVersionsOptions = {},
): Promise<{ fleet: Map<string, Map<string, string>>; readings: Map<string, TenantVersionReading> }> {
  const tenants = registered ?? (await registry.list(platforms, filter));
  const { versions } = await readTenantVersions(config, pools, registry, tenants, options);
  const fleet = new Map<string, Map<string, string>>();
  for (const platform of config.platformOrder) fleet.set(platform, new Map());
  for (const t of tenants)
    fleet.get(t.platform)?.set(t.tenant, versions.get(`${t.platform}/${t.tenant}`)?.version ?? EMPTY_VERSION);
  return { fleet, readings: versions };
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
  /** where these counts come from: the ledger's records (checked) or each tenant's own table, and the tenants the ledger was wrong about */
  read: VersionReadSummary;
}

function countVersions(versions: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const version of versions) counts.set(version, (counts.get(version) ?? 0) + 1);
  return new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * For each platform: how many tenants sit at each migration, and which releases that is. By
 * default from the ledger's records, checked (see readTenantVersions); `live`: read from each
 * tenant's own table. `read` says which, per platform.
 */
export async function getAllPlatformVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  filter: LabelFilter = {},
  options: ReadVersionsOptions = {},
): Promise<PlatformVersions[]> {
  const registered = await registry.list(undefined, filter);
  const { fleet, readings } = await readFleetVersions(config, pools, registry, undefined, filter, registered, options);
  const mode = options.live ? 'live' : 'ledger';
  const serverOf = new Map(registered.map((t) => [`${t.platform}/${t.tenant}`, t.serverId] as const));
  return config.platformOrder.map((platform) => {
    const mine = [...fleet.get(platform)!.entries()];
    const counts = countVersions(mine.map(([, version]) => version));
    return {
      platform,
      tenants: mine.length,
      read: summarizeReadings(
        mine.map(
          ([tenant]) =>
            [`${platform}/${tenant}`, readings.get(`${platform}/${tenant}`)!] as [string, TenantVersionReading],
        ),
        mode,
      ),
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
  /** where the versions come from: the ledger's records (checked) or each tenant's own table */
  read: VersionReadSummary;
}

/**
 * A tenant is consistent when all its platforms sit at one release (or all at nothing). Tenants
 * that are not are grouped by where they are, so one line names every tenant split the same way.
 * Pinned tenants are reported apart. Versions as in getAllPlatformVersions (`live`: each tenant's own table).
 */
export async function checkCrossPlatformConsistency(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  filter: LabelFilter = {},
  options: ReadVersionsOptions = {},
): Promise<ConsistencyReport> {
  const registered = await registry.list(undefined, filter);
  const { fleet, readings } = await readFleetVersions(config, pools, registry, undefined, filter, registered, options);
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
    read: summarizeReadings(readings, options.live ? 'live' : 'ledger'),
  };
}
