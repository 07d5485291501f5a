import { DEFAULT_SERVER, type TenantryPlatform } from '../config/tenantry-config.js';
import { withDatabase } from '../db/connection-string.js';
import { ConfigError } from '../errors.js';

/**
 * A platform's servers, by the ids its config gives them. Each tenant lives on one, recorded in
 * the ledger when it is registered (its `server_id`), and is only ever looked for there.
 */

export { DEFAULT_SERVER };

/** The id a server is recorded under, as in the ledger (tenants.server_id). */
export type ServerId = string;

/** A connection string of each server of a platform, by server id, in config order: in schema
 * mode the database holding its tenants' schemas; in database-per-tenant mode the server's
 * `postgres` maintenance database (the template names no one database). For whoever needs to
 * reach or name the servers themselves (health, budgets, displays). */
export function platformServerUrls(platform: Readonly<TenantryPlatform>): Map<ServerId, string> {
  const urls = new Map<ServerId, string>();
  for (const id of platform.serverOrder) {
    const server = platform.servers[id]!;
    urls.set(
      id,
      server.databaseUrl ?? withDatabase(server.tenantDatabaseUrl!.replaceAll('{tenant}', 'postgres'), 'postgres'),
    );
  }
  return urls;
}

/** A tenant's recorded server, refused (exit 2) when the config no longer names it. */
export function serverOf(platform: Readonly<TenantryPlatform>, serverId: ServerId, tenant?: string) {
  const server = Object.hasOwn(platform.servers, serverId) ? platform.servers[serverId] : undefined;
  if (!server) {
    throw new ConfigError(
      `${tenant === undefined ? 'server' : `tenant ${tenant} of platform ${platform.id} is recorded on server`} ${JSON.stringify(serverId)}, which platforms.${platform.id}.servers does not name (servers: ${platform.serverOrder.join(', ')}): put the server back in the config`,
    );
  }
  return server;
}

/** A server id given as input (--server), checked against the platform's servers (exit 2). */
export function parseServerId(platform: Readonly<TenantryPlatform>, serverId: string): ServerId {
  if (!Object.hasOwn(platform.servers, serverId)) {
    throw new ConfigError(
      `unknown server ${JSON.stringify(serverId)} of platform ${platform.id} (servers: ${platform.serverOrder.join(', ')})`,
    );
  }
  return serverId;
}

/** Recorded servers of many tenants, keyed by `platform/tenant` (TenantRegistry.serversOfMany). */
export type ServerLookup = ReadonlyMap<string, ServerId>;

export function serverKey(platform: string, tenant: string): string {
  return `${platform}/${tenant}`;
}

/**
 * The server to look for a tenant on: the one recorded in the ledger. A tenant with none (not
 * registered, or no longer) is looked for only where it can be: on the platform's one server,
 * when it has only one; on a platform of several servers it is refused (exit 2).
 */
export function recordedServer(
  platform: Readonly<TenantryPlatform>,
  tenant: string,
  recorded: ServerId | ServerLookup | null | undefined,
): ServerId {
  const serverId =
    typeof recorded === 'string' || recorded === null || recorded === undefined
      ? recorded
      : recorded.get(serverKey(platform.id, tenant));
  if (serverId !== null && serverId !== undefined) return serverId;
  if (platform.serverOrder.length === 1) return platform.serverOrder[0]!;
  throw new ConfigError(
    `tenant ${tenant} of platform ${platform.id} is not registered, so its server (one of ${platform.serverOrder.join(', ')}) is unknown`,
  );
}
