import type { TenantryPlatform } from '../config/tenantry-config.js';
import { parseTenantId, tenantSchemaName, type TenantId } from '../ids.js';
import { serverOf, type ServerId } from './servers.js';

/** Where one tenant of one platform lives: a server of the platform, a database and a schema on it. */
export interface TenantLocation {
  platform: string;
  tenant: string;
  /** the platform's server id (as recorded in the ledger); '' for a platform's shared schema */
  serverId: string;
  databaseUrl: string;
  schema: string;
  migrationsTable: string;
  /** database-per-tenant mode */
  ownDatabase: boolean;
}

/**
 * A tenant's location on its recorded server (see servers.ts): a tenant is never looked for on
 * another server of its platform. A server the config no longer names is refused (exit 2).
 */
export function locateTenant(
  platform: Readonly<TenantryPlatform>,
  tenant: TenantId,
  serverId: ServerId,
): TenantLocation {
  const server = serverOf(platform, serverId, tenant);
  const schema = tenantSchemaName(platform.tenantSchema, tenant);
  return {
    platform: platform.id,
    tenant,
    serverId,
    databaseUrl:
      server.tenantDatabaseUrl !== undefined
        ? server.tenantDatabaseUrl.replaceAll('{tenant}', encodeURIComponent(tenant))
        : server.databaseUrl!,
    schema,
    migrationsTable: platform.migrationsTable,
    ownDatabase: server.tenantDatabaseUrl !== undefined,
  };
}

/** Where a platform's shared (platform-wide) migrations live: its database, its shared schema. */
export function locateShared(platform: Readonly<TenantryPlatform>): TenantLocation {
  return {
    platform: platform.id,
    tenant: '_shared',
    serverId: '',
    databaseUrl: platform.databaseUrl,
    schema: platform.sharedSchema,
    migrationsTable: platform.migrationsTable,
    ownDatabase: false,
  };
}

/** A run's location, tenant or shared. */
export function locateRun(
  platform: Readonly<TenantryPlatform>,
  tenant: string,
  serverId: ServerId,
  scope: 'tenant' | 'shared' = 'tenant',
): TenantLocation {
  return scope === 'shared' ? locateShared(platform) : locateTenant(platform, parseTenantId(tenant), serverId);
}

/** The migration directory a run uses. */
export function migrationsDirOf(platform: Readonly<TenantryPlatform>, scope: 'tenant' | 'shared' = 'tenant'): string {
  if (scope === 'shared') {
    if (!platform.sharedMigrationsDir) throw new Error(`platform ${platform.id} has no shared migrations`);
    return platform.sharedMigrationsDir;
  }
  return platform.tenantMigrationsDir;
}
