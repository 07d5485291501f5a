import { resolveTargets } from '../catalog/targets.js';
import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import { InvalidInput } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { ControlDb } from '../ledger/control-db.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { parseLabelKey, parseLabels } from './labels.js';

/** A change to what the ledger marks on tenants: their labels, their pin, their hold. */
export type TenantMarkChange =
  | { kind: 'label'; set?: readonly string[]; unset?: readonly string[] }
  /** `at`: a migration name, a release, `latest` or `0`, resolved per platform; null unpins */
  | { kind: 'pin'; at: string | null }
  | { kind: 'hold'; held: boolean };

export interface MarkedTenants {
  platform: string;
  tenants: string[];
  /** the version pinned at (pins) */
  version?: string;
}

/**
 * Labels, pins or holds tenants, in one ledger transaction. With `platforms`, every tenant must
 * be registered on each of them; without, the tenants are marked wherever they are registered,
 * and each must be registered somewhere. Anything refused (a bad label, an unknown version, an
 * unregistered tenant) is InvalidInput, and nothing changes.
 */
export async function markTenants(
  deps: { config: TenantryConfig; control: ControlDb },
  request: { platforms?: readonly string[]; tenants: readonly string[] },
  change: TenantMarkChange,
): Promise<MarkedTenants[]> {
  const tenants = [...new Set(request.tenants.map((t) => parseTenantId(t)))];
  if (tenants.length === 0) throw new InvalidInput('name at least one tenant id');
  const named = request.platforms && request.platforms.length > 0;
  const platforms = named
    ? [...new Set(request.platforms!.map((p) => getPlatform(deps.config, parsePlatformId(p)).id))]
    : [...deps.config.platformOrder];
  const apply = prepare(deps.config, change);
  const registry = new TenantRegistry(deps.control);
  const present: Array<{ platform: string; tenants: string[] }> = [];
  for (const platform of platforms) present.push({ platform, tenants: await registry.select(platform, tenants) });
  const missing = named
    ? present.flatMap((p) => tenants.filter((t) => !p.tenants.includes(t)).map((t) => `${t} on ${p.platform}`))
    : tenants.filter((t) => !present.some((p) => p.tenants.includes(t))).map((t) => `${t} on any platform`);
  if (missing.length > 0)
    throw new InvalidInput(
      `tenant ${missing[0]} is not registered${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''}; nothing was changed`,
    );
  const targets = present.filter((p) => p.tenants.length > 0);
  const versions = targets.map((t) => apply.version(t.platform)); // every version resolved before anything is written
  return deps.control.transaction(async (client) => {
    const done: MarkedTenants[] = [];
    for (const [i, { platform, tenants: mine }] of targets.entries()) {
      const version = versions[i];
      const changed = await apply.write(registry, client, platform, mine, version ?? null);
      done.push({ platform, tenants: changed, ...(version ? { version } : {}) });
    }
    return done;
  });
}

type Client = Parameters<TenantRegistry['label']>[0];

function prepare(config: TenantryConfig, change: TenantMarkChange) {
  const none = () => undefined;
  switch (change.kind) {
    case 'label': {
      const set = parseLabels(change.set ?? []);
      const unset = [...new Set((change.unset ?? []).map((k) => parseLabelKey(k)))];
      if (Object.keys(set).length === 0 && unset.length === 0)
        throw new InvalidInput('say what to change: --set key=value (or a bare --set key), --unset key');
      const both = unset.find((k) => Object.hasOwn(set, k));
      if (both) throw new InvalidInput(`label ${both} is both set and unset`);
      return {
        version: none,
        write: (r: TenantRegistry, c: Client, p: string, t: string[]) => r.label(c, p, t, set, unset),
      };
    }
    case 'pin': {
      const at = change.at;
      return {
        version: (platform: string) => (at === null ? undefined : resolveTargets(config, at, [platform])[0]!.version),
        write: (r: TenantRegistry, c: Client, p: string, t: string[], version: string | null) =>
          r.pin(c, p, t, version),
      };
    }
    case 'hold': {
      const held = change.held;
      return { version: none, write: (r: TenantRegistry, c: Client, p: string, t: string[]) => r.hold(c, p, t, held) };
    }
  }
}
