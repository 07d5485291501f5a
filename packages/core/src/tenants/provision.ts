import { escapeIdentifier, isUnreachable, unreachable } from '../db/connect.js';
import { ensureDatabase } from '../db/ensure-database.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { TenantLocation } from './location.js';

/** Creates a tenant's database (database mode) and schema, if missing. Idempotent. */
export async function provisionTenant(pools: PoolRegistry, location: TenantLocation): Promise<void> {
  const sql = `CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(location.schema)}`;
  if (!location.ownDatabase) return onServer(pools, location.databaseUrl, sql);
  await ensureDatabase(location.databaseUrl);
  // a tenant's own database, touched once here: its session is closed after, not left idle
  const client = await pools.acquire(location.databaseUrl);
  try {
    await client.query(sql);
  } finally {
    client.release(true);
  }
}

/** Runs DDL on a tenant database; a server that is not there is one line naming it (exit 2), not an unexpected error. */
async function onServer(pools: PoolRegistry, url: string, sql: string): Promise<void> {
  await pools
    .get(url)
    .query(sql)
    .catch((error: unknown) => {
      throw isUnreachable(error) ? unreachable(url, error) : error;
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
      await onServer(pools, url, sql);
    }
  }
}

/** Drops a tenant's schema with everything in it. Only on an explicit request. */
export async function dropTenantSchema(pools: PoolRegistry, location: TenantLocation): Promise<void> {
  await onServer(pools, location.databaseUrl, `DROP SCHEMA IF EXISTS ${escapeIdentifier(location.schema)} CASCADE`);
}
