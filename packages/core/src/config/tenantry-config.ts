import { InvalidInput } from '../errors.js';
import type { ParsedConfig, PlatformConfig, ServerConfig } from './schema.js';

/**
 * The config as the code below the edge sees it: parsed once by `loadConfig`/`parseConfig`,
 * paths resolved, frozen. Its own module, so that what reads a config (tenants, ledger, runs)
 * does not import the loader, which itself checks tenant locations.
 */

/** The server of a platform that single-URL configs have, implicitly. */
export const DEFAULT_SERVER = 'default';

export interface TenantryPlatform extends Omit<PlatformConfig, 'servers'> {
  id: string;
  /** Its servers by id, always at least one (a config without `servers` has DEFAULT_SERVER). */
  servers: Readonly<Record<string, Readonly<ServerConfig>>>;
  /** Server ids in config order (ties of the placement policy go to the first). */
  serverOrder: readonly string[];
  /** Database-per-tenant mode: every server gives a tenantDatabaseUrl template. */
  databasePerTenant: boolean;
  /** Absolute directories, resolved against the config file. */
  tenantMigrationsDir: string;
  sharedMigrationsDir: string | undefined;
}

export interface TenantryConfig extends Omit<ParsedConfig, 'platforms'> {
  /** Absolute path of the file this config came from, when it came from one. */
  file: string | undefined;
  platforms: Readonly<Record<string, Readonly<TenantryPlatform>>>;
  /** Platform ids in release order. */
  platformOrder: readonly string[];
  backup: ParsedConfig['backup'] & { dir: string };
}

export function getPlatform(config: TenantryConfig, id: string): Readonly<TenantryPlatform> {
  const platform = Object.hasOwn(config.platforms, id) ? config.platforms[id] : undefined;
  if (!platform) {
    throw new InvalidInput(`unknown platform ${JSON.stringify(id)} (known: ${config.platformOrder.join(', ')})`);
  }
  return platform;
}
