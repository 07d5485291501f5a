import type pg from 'pg';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { ConfigError } from '../errors.js';

/**
 * Refuses (exit 2) a config that no longer names a server some registered tenants are recorded
 * on: their tenants would be looked for nowhere (or, worse, somewhere else). Platforms the config
 * does not name are left alone here, as everywhere. `tenants` is the ledger's tenants table.
 */
export async function assertPlacementsKnown(config: TenantryConfig, pool: pg.Pool, tenants: string): Promise<void> {
  let rows: Array<{ platform: string; server_id: string; n: number }>;
  try {
    ({ rows } = await pool.query<{ platform: string; server_id: string; n: number }>(
      `SELECT platform, server_id, count(*)::int AS n FROM ${tenants} WHERE platform = ANY($1::text[])
       GROUP BY platform, server_id ORDER BY platform, server_id`,
      [config.platformOrder],
    ));
  } catch (error) {
    if ((error as { code?: string }).code === '42703') return; // a ledger `tenantry init` has not upgraded yet
    throw error;
  }
  const lost = rows.filter((r) => !Object.hasOwn(config.platforms[r.platform]!.servers, r.server_id));
  const first = lost[0];
  if (!first) return;
  const more = lost.length > 1 ? ` (and ${lost.length - 1} more server(s) with registered tenants)` : '';
  throw new ConfigError(
    `invalid config${config.file ? ` ${config.file}` : ''}: platforms.${first.platform}.servers has no server ${JSON.stringify(first.server_id)}, which ${first.n} registered tenant(s) are on${more}: keep the server in the config while it holds tenants (moving tenants between servers is not supported)`,
  );
}
