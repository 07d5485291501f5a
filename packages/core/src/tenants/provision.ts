import { escapeIdentifier, isUnreachable, unreachable } from '../db/connect.js';
import { ensureDatabase } from '../db/ensure-database.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { TenantLocation } from './location.js';

/** Creates a tenant's database (database mode) and schema, if missing. Idempotent. */
export async function provisionTenant(pools: PoolRegistry, location: TenantLocation): Promise<void> {
  if (location.ownDatabase) await ensureDatabase(location.databaseUrl);
  await pools
    .get(location.databaseUrl)
    .query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(location.schema)}`)
    .catch((error: unknown) => {
      // a server that is not there is one line naming it (exit 2), not an unexpected error
      throw isUnreachable(error) ? unreachable(location.databaseUrl, error) : error;
    });
}

/**
 * Creates many tenants' schemas: per database, a few hundred `CREATE SCHEMA` in one statement
 * batch (one round trip and one commit each), instead of one autocommit per tenant.
 */
export async function provisionTenants(pools: PoolRegistry, locations: readonly TenantLocation[]): Promise<void> {
  const byDatabase = new Map<string, TenantLocation[]>();
  for (const location of locations) {
    if (location.ownDatabase) {
      await provisionTenant(pools, location);
      continue;
    }
    const list = byDatabase.get(location.databaseUrl);
    if (list) list.push(location);
    else byDatabase.set(location.databaseUrl, [location]);
  }
  const CHUNK = 500;
  for (const [url, group] of byDatabase) {
    for (let i = 0; i < group.length; i += CHUNK) {
      const sql = group
        .slice(i, i + CHUNK)
        .map((location) => `CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(location.schema)};`)
        .join('\n');
      await pools
        .get(url)
        .query(sql)
        .catch((error: unknown) => {
          throw isUnreachable(error) ? unreachable(url, error) : error;
        });
    }
  }
}

/** Drops a tenant's schema with everything in it. Only on an explicit request. */
export async function dropTenantSchema(pools: PoolRegistry, location: TenantLocation): Promise<void> {
  await pools
    .get(location.databaseUrl)
    .query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(location.schema)} CASCADE`)
    .catch((error: unknown) => {
      throw isUnreachable(error) ? unreachable(location.databaseUrl, error) : error;
    });
}
