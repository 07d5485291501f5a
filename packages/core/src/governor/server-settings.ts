import type { GovernorConfig, ServerGovernorConfig } from '../config/schema.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { platformServerUrls } from '../tenants/servers.js';

/**
 * A server's governor settings: the global ones (`governor`) with the server's own thresholds and
 * budget bounds in their place (`platforms.X.servers.Y.governor`). A physical server may be named
 * by entries of several platforms (and by several connection strings): each entry says the global
 * value of what it does not override, and where the entries disagree the stricter value of each
 * wins (the lower one: a lower threshold cuts sooner, lower budget bounds keep fewer runs in
 * flight; a threshold given as null, off, is the laxest). So a laxer value loosens a server only
 * when every entry naming it says so: one platform's override cannot loosen what another
 * platform on the same server relies on. Each entry's bounds make a range with the global ones
 * (schema.ts), so the lower bounds of several do too.
 */

/** Every server entry of the config: a connection string of it, and its overrides (none: `{}`). */
export function configuredOverrides(config: TenantryConfig): Array<{ url: string; governor: ServerGovernorConfig }> {
  const overrides: Array<{ url: string; governor: ServerGovernorConfig }> = [];
  for (const id of config.platformOrder) {
    const platform = config.platforms[id]!;
    const urls = platformServerUrls(platform);
    for (const serverId of platform.serverOrder)
      overrides.push({ url: urls.get(serverId)!, governor: platform.servers[serverId]!.governor ?? {} });
  }
  return overrides;
}

/** The settings of a server named by `entries` (each one's overrides): the stricter of what each says. */
export function serverSettings(global: GovernorConfig, entries: readonly ServerGovernorConfig[]): GovernorConfig {
  if (entries.length === 0) return global;
  const settings = { ...global };
  for (const key of NUMERIC_KEYS) settings[key] = Math.min(...entries.map((o) => o[key] ?? global[key]));
  const on = entries
    .map((o) => (o.activeSessions === undefined ? global.activeSessions : o.activeSessions))
    .filter((v): v is number => v !== null);
  settings.activeSessions = on.length > 0 ? Math.min(...on) : null;
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
