import type { TenantryPlatform } from '../config/tenantry-config.js';
import { parseTenantId, tenantSchemaName, type TenantId } from '../ids.js';

/** Where one tenant of one platform lives: a database and a schema in it. */
export interface TenantLocation {
  platform: string;
  tenant: string;
  databaseUrl: string;
  schema: string;
  migrationsTable: string;
  /** database-per-tenant mode */
  ownDatabase: boolean;
}

export function locateTenant(platform: Readonly<TenantryPlatform>, tenant: TenantId): TenantLocation {
  const schema = tenantSchemaName(platform.tenantSchema, tenant);
  const ownDatabase = platform.tenantDatabaseUrl !== undefined;
  return {
    platform: platform.id,
    tenant,
    databaseUrl: ownDatabase
      ? platform.tenantDatabaseUrl.replaceAll('{tenant}', encodeURIComponent(tenant))
      : platform.databaseUrl,
    schema,
    migrationsTable: platform.migrationsTable,
    ownDatabase,
  };
}

/** Where a platform's shared (platform-wide) migrations live: its database, its shared schema. */
export function locateShared(platform: Readonly<TenantryPlatform>): TenantLocation {
  return {
    platform: platform.id,
    tenant: '_shared',
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
  scope: 'tenant' | 'shared' = 'tenant',
): TenantLocation {
  return scope === 'shared' ? locateShared(platform) : locateTenant(platform, parseTenantId(tenant));
}

/** The migration directory a run uses. */
export function migrationsDirOf(platform: Readonly<TenantryPlatform>, scope: 'tenant' | 'shared' = 'tenant'): string {
  if (scope === 'shared') {
    if (!platform.sharedMigrationsDir) throw new Error(`platform ${platform.id} has no shared migrations`);
    return platform.sharedMigrationsDir;
  }
  return platform.tenantMigrationsDir;
}
