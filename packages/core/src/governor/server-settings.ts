import type { GovernorConfig, ServerGovernorConfig } from '../config/schema.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { platformServerUrls } from '../tenants/servers.js';

/**
 * A server's governor settings: the global ones (`governor`) with the server's own thresholds and
 * budget bounds in their place (`platforms.X.servers.Y.governor`). A physical server may be named
 * by entries of several platforms (and by several connection strings): where their overrides
 * disagree, the stricter value of each wins (the lower one: a lower threshold cuts sooner, lower
 * budget bounds keep fewer runs in flight; a threshold given as null, off, is the laxest). A value
 * no entry overrides is the global one. Each entry's bounds make a range with the global ones
 * (schema.ts), so the lower bounds of several do too.
 */

/** The servers the config gives settings of their own: a connection string of each, and its overrides. */
export function configuredOverrides(config: TenantryConfig): Array<{ url: string; governor: ServerGovernorConfig }> {
  const overrides: Array<{ url: string; governor: ServerGovernorConfig }> = [];
  for (const id of config.platformOrder) {
    const platform = config.platforms[id]!;
    const urls = platformServerUrls(platform);
    for (const serverId of platform.serverOrder) {
      const governor = platform.servers[serverId]!.governor;
      if (governor) overrides.push({ url: urls.get(serverId)!, governor });
    }
  }
  return overrides;
}

/** The global settings with the stricter of each value `overrides` give in place. */
export function serverSettings(global: GovernorConfig, overrides: readonly ServerGovernorConfig[]): GovernorConfig {
  const settings = { ...global };
  for (const key of NUMERIC_KEYS) {
    const values = overrides.map((o) => o[key]).filter((v): v is number => v !== undefined);
    if (values.length > 0) settings[key] = Math.min(...values);
  }
  const active = overrides.map((o) => o.activeSessions).filter((v) => v !== undefined);
  if (active.length > 0) {
    const on = active.filter((v): v is number => v !== null);
    settings.activeSessions = on.length > 0 ? Math.min(...on) : null;
  }
  return settings;
}

const NUMERIC_KEYS = [
  'maxBudget',
  'minBudget',
  'lockWaiters',
  'oldestTransactionSeconds',
  'replicationLagSeconds',
  'replicationLagBytes',
  'connectionsUsedRatio',
] as const satisfies ReadonlyArray<Exclude<keyof ServerGovernorConfig, 'activeSessions'>>;
