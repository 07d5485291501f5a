import type { TenantryPlatform } from '../config/load.js';
import { tenantSchemaName, type TenantId } from '../ids.js';

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
    databaseUrl: ownDatabase ? platform.tenantDatabaseUrl!.replaceAll('{tenant}', encodeURIComponent(tenant)) : platform.databaseUrl,
    schema,
    migrationsTable: platform.migrationsTable,
    ownDatabase,
  };
}
