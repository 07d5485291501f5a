import type { TenantryConfig } from '../config/tenantry-config.js';
import { isUnreachable, unreachable } from '../db/connect.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { ControlDb } from '../ledger/control-db.js';

/**
 * A location as the servers themselves name it: the cluster's system identifier and port (one
 * server however it is reached: localhost, 127.0.0.1, a socket, a DNS alias), the database, the
 * schema. What the ledger records for each tenant, and what its unique constraint compares.
 */
export interface ResolvedLocation {
  server: string;
  database: string;
  schema: string;
}

export function describeLocation(l: ResolvedLocation): string {
  return `schema ${l.schema} of database ${l.database} (server ${l.server})`;
}

export function sameLocation(a: ResolvedLocation, b: ResolvedLocation): boolean {
  return a.server === b.server && a.database === b.database && a.schema === b.schema;
}

/**
 * A server's physical identity in SQL: its cluster's system identifier and port. Two connection
 * strings reach the same server exactly when they give the same value.
 */
export const SERVER_IDENTITY_SQL = `(SELECT system_identifier::text FROM pg_control_system()) || ':' || current_setting('port')`;

/** Identifies the database of each connection string once. */
export class DatabaseIdentities {
  private readonly known = new Map<string, Promise<{ server: string; database: string }>>();

  constructor(
    private readonly pools: PoolRegistry,
    private readonly control: ControlDb,
  ) {}

  of(url: string): Promise<{ server: string; database: string }> {
    let found = this.known.get(url);
    if (!found) {
      const sql = `SELECT ${SERVER_IDENTITY_SQL} AS server, current_database() AS database`;
      // asked once per database and command: the session is closed after, not left idle in its
      // pool (registering thousands of tenants with a database each would exhaust the server)
      const asked =
        url === this.control.url
          ? this.control.pool.query<{ server: string; database: string }>(sql)
          : this.pools.acquire(url).then(async (client) => {
              try {
                return await client.query<{ server: string; database: string }>(sql);
              } finally {
                client.release(true);
              }
            });
      found = asked.then(
        ({ rows }) => rows[0]!,
        (error: unknown) => {
          throw isUnreachable(error) ? unreachable(url, error) : error;
        },
      );
      this.known.set(url, found);
    }
    return found;
  }

  async locate(url: string, schema: string): Promise<ResolvedLocation> {
    return { ...(await this.of(url)), schema };
  }
}

/**
 * Locations no tenant may take: each platform's shared schema, Tenantry's control schema and the
 * queue's schema beside it, and PostgreSQL's own.
 */
export async function reservedLocations(
  config: TenantryConfig,
  identities: DatabaseIdentities,
): Promise<Array<ResolvedLocation & { owner: string }>> {
  const reserved: Array<ResolvedLocation & { owner: string }> = [];
  for (const id of config.platformOrder) {
    const platform = config.platforms[id]!;
    reserved.push({
      ...(await identities.locate(platform.databaseUrl, platform.sharedSchema)),
      owner: `the shared schema of platform ${id}`,
    });
  }
  const control = await identities.of(config.control.databaseUrl);
  reserved.push({ ...control, schema: config.control.schema, owner: "Tenantry's control schema" });
  reserved.push({ ...control, schema: `${config.control.schema}_queue`, owner: "Tenantry's queue schema" });
  return reserved;
}

/** PostgreSQL's own schemas, in every database. */
export const SYSTEM_SCHEMAS = new Set(['information_schema', 'pg_catalog', 'pg_toast']);
