import type { TenantryPlatform } from '../config/tenantry-config.js';
import { InvalidInput } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { parseServerId, type ServerId } from './servers.js';

/**
 * The server of each tenant being registered: a registered tenant stays on its recorded server
 * (moving a tenant between servers is not something Tenantry does), a new one goes to the server
 * asked for (--server) or, without one, where the platform's placement policy puts it:
 * fewest-tenants takes the server with the fewest tenants of the platform, counting the ones
 * placed by this same call (ties go to the server first in the config); explicit refuses to guess.
 */
export async function placeTenants(
  control: ControlDb,
  platform: Readonly<TenantryPlatform>,
  tenants: readonly string[],
  requested?: string,
): Promise<Map<string, ServerId>> {
  const asked = requested === undefined ? undefined : parseServerId(platform, requested);
  const registry = new TenantRegistry(control);
  const placed = await registry.serversOf(control.pool, platform.id, tenants);
  for (const [tenant, serverId] of placed) {
    if (asked !== undefined && serverId !== asked) {
      throw new InvalidInput(
        `tenant ${tenant} of platform ${platform.id} is registered on server ${serverId}, not ${asked}: moving a tenant between servers is not supported (remove it and add it again)`,
      );
    }
  }
  const fresh = tenants.filter((t) => !placed.has(t));
  if (fresh.length === 0) return placed;
  if (asked !== undefined || platform.serverOrder.length === 1) {
    const only = asked ?? platform.serverOrder[0]!;
    for (const tenant of fresh) placed.set(tenant, only);
    return placed;
  }
  if (platform.placement === 'explicit') {
    throw new InvalidInput(
      `platform ${platform.id} places tenants explicitly: name the server of ${fresh.join(', ')} with --server (one of ${platform.serverOrder.join(', ')})`,
    );
  }
  const counts = new Map(platform.serverOrder.map((id) => [id, 0]));
  for (const row of await registry.perServer(control.pool, [platform.id])) {
    if (counts.has(row.serverId)) counts.set(row.serverId, row.tenants);
  }
  for (const tenant of fresh) {
    let best = platform.serverOrder[0]!;
    for (const id of platform.serverOrder) if (counts.get(id)! < counts.get(best)!) best = id;
    placed.set(tenant, best);
    counts.set(best, counts.get(best)! + 1);
  }
  return placed;
}
