import { positionOf, readMigrationSet } from '../catalog/migration-set.js';
import { resolveTargets } from '../catalog/targets.js';
import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from './live-versions.js';
import { describeLabelFilter, parseLabelFilter } from '../tenants/selector.js';

export interface GateRequest {
  platform: string;
  /** a migration name of the platform, a release, or `latest` */
  atLeast: string;
  /** only these tenants (all of the platform's when empty or absent) */
  tenants?: readonly string[];
  /** only tenants whose labels this selector picks */
  where?: string;
  /** minus those this selector picks */
  exclude?: string;
}

export interface GateAnswer {
  platform: string;
  /** the migration every selected tenant must have applied */
  atLeast: string;
  /** the release `atLeast` was given as, if it was one */
  release?: string;
  /** every selected tenant is at or past `atLeast` */
  ready: boolean;
  tenants: number;
  atOrPast: number;
  /** tenants below `atLeast`, with where they are */
  behind: Array<{ tenant: string; version: string }>;
  /**
   * tenants whose recorded version is not in the migration files (a file renamed or removed):
   * where they stand cannot be told, so they hold the gate too
   */
  unknown: Array<{ tenant: string; version: string }>;
}

/**
 * Whether every selected tenant of a platform is at or past a version, read live from each
 * tenant's own history table: what a deploy pipeline asks before shipping application code
 * that needs the new schema (or before a migration that drops what the old code needs).
 */
export async function checkGate(
  deps: { config: TenantryConfig; pools: PoolRegistry; registry: TenantRegistry },
  request: GateRequest,
): Promise<GateAnswer> {
  const platform = getPlatform(deps.config, parsePlatformId(request.platform));
  const named = (request.tenants ?? []).map(parseTenantId);
  const filter = parseLabelFilter(request);
  const [resolved] = resolveTargets(deps.config, request.atLeast, [platform.id]);
  if (!resolved) throw new InvalidInput(`${request.atLeast} names no version of platform ${platform.id}`);
  const selected = await deps.registry.selectMarked(platform.id, named, filter);
  const tenants = selected.map((t) => t.tenant);
  const missing = named.filter((t) => !tenants.includes(t));
  if (missing.length > 0) {
    const narrowed = describeLabelFilter(filter);
    throw new InvalidInput(
      `tenant ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` (and ${missing.length - 5} more)` : ''} is not registered on ${platform.id}${narrowed ? `, or is not selected (${narrowed})` : ''}`,
    );
  }
  const set = readMigrationSet(platform.tenantMigrationsDir);
  const wanted = positionOf(set, resolved.version)!;
  const versions = await readCurrentVersions(
    deps.config,
    deps.pools,
    selected.map((t) => ({ platform: platform.id, tenant: t.tenant, serverId: t.serverId, scope: 'tenant' as const })),
  );
  const behind: GateAnswer['behind'] = [];
  const unknown: GateAnswer['unknown'] = [];
  for (const tenant of tenants) {
    const version = versions.get(`${platform.id}/${tenant}`) ?? '0';
    const at = positionOf(set, version);
    if (at === undefined) unknown.push({ tenant, version });
    else if (at < wanted) behind.push({ tenant, version });
  }
  return {
    platform: platform.id,
    atLeast: resolved.version,
    ...(resolved.release ? { release: resolved.release } : {}),
    ready: behind.length === 0 && unknown.length === 0,
    tenants: tenants.length,
    atOrPast: tenants.length - behind.length - unknown.length,
    behind,
    unknown,
  };
}
