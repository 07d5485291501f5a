import type { TenantryConfig } from '../config/tenantry-config.js';
import { getPlatform } from '../config/tenantry-config.js';
import { InvalidInput, UnknownTarget } from '../errors.js';
import { EMPTY_VERSION } from '../types.js';
import { readMigrationSet } from './migration-set.js';

export interface PlatformTarget {
  platform: string;
  /** a tenant migration name of the platform, or '0' */
  version: string;
  /** the release the target came from, if any */
  release?: string;
}

/**
 * Resolves TARGET (a release, a migration name of one platform, `latest` or `0`) into one target
 * version per platform, in release order. `platforms` narrows the platforms (all when empty).
 */
export function resolveTargets(
  config: TenantryConfig,
  target: string,
  platforms: readonly string[] = [],
): PlatformTarget[] {
  if (typeof target !== 'string' || target.length === 0) throw new InvalidInput('--to TARGET is required');
  for (const id of platforms) getPlatform(config, id);
  const selected = config.platformOrder.filter((id) => platforms.length === 0 || platforms.includes(id));

  if (target === 'latest' || target === EMPTY_VERSION) {
    return selected.map((platform) => {
      if (target === EMPTY_VERSION) return { platform, version: EMPTY_VERSION };
      const set = readMigrationSet(config.platforms[platform]!.tenantMigrationsDir);
      return { platform, version: set.migrations.at(-1)?.name ?? EMPTY_VERSION };
    });
  }

  const release = Object.hasOwn(config.releases, target) ? config.releases[target] : undefined;
  if (release) {
    for (const id of platforms) {
      if (!release[id]) throw new InvalidInput(`release ${target} has no target for platform ${id}`);
    }
    return selected
      .filter((platform) => release[platform] !== undefined)
      .map((platform) => {
        const version = release[platform]!;
        const set = readMigrationSet(config.platforms[platform]!.tenantMigrationsDir);
        if (!set.positions.has(version)) {
          throw new UnknownTarget(
            `release ${target} names ${version}, which is not a tenant migration of platform ${platform}`,
          );
        }
        return { platform, version, release: target };
      });
  }

  const having = selected.filter((platform) =>
    readMigrationSet(config.platforms[platform]!.tenantMigrationsDir).positions.has(target),
  );
  if (having.length === 0) {
    const shown = JSON.stringify(target.length > 80 ? `${target.slice(0, 80)}…` : target);
    const where = platforms.length > 0 ? ` of platform ${platforms.join(', ')}` : '';
    throw new UnknownTarget(`target ${shown} is not a release, a tenant migration${where}, latest or 0`);
  }
  if (platforms.length > 0 && having.length < selected.length) {
    const missing = selected.filter((p) => !having.includes(p));
    throw new UnknownTarget(`migration ${target} is not a tenant migration of platform ${missing.join(', ')}`);
  }
  return having.map((platform) => ({ platform, version: target }));
}
