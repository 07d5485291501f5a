import { ASIDE_PREFIX, asideSchemaOf } from '../backups/restore-tenant.js';
import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import { parseTenantId } from '../ids.js';
import { locateTenant } from '../tenants/location.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { ControlDb } from '../ledger/control-db.js';
import type { InvariantViolation } from './invariant-report.js';

/** What the aside check reads: the options of `checkInvariants` it needs. */
export interface AsideCheckOptions {
  config: TenantryConfig;
  control: ControlDb;
  pools: PoolRegistry;
  /** only the tenants and runs of this rollout */
  rolloutId?: string;
}

/** Live schemas a restore left aside, and runs that finished with one still recorded. */
export async function asideViolations(
  options: AsideCheckOptions,
  urls: readonly string[],
  tenants: ReadonlyArray<{ platform: string; tenant: string; serverId: string }>,
): Promise<InvariantViolation[]> {
  const owners = new Map<string, { platform: string; tenant: string }>();
  for (const t of tenants)
    owners.set(
      asideSchemaOf(locateTenant(getPlatform(options.config, t.platform), parseTenantId(t.tenant), t.serverId).schema),
      { platform: t.platform, tenant: t.tenant },
    );
  const found: InvariantViolation[] = [];
  for (const url of urls) {
    const { rows } = await options.pools
      .get(url)
      .query<{ schema: string; db: string }>(
        `SELECT nspname AS schema, current_database() AS db FROM pg_catalog.pg_namespace WHERE starts_with(nspname, $1)`,
        [ASIDE_PREFIX],
      );
    for (const r of rows) {
      const owner = owners.get(r.schema);
      if (options.rolloutId && !owner) continue;
      found.push({
        invariant: 'aside-schema',
        ...(owner ?? {}),
        message: `schema ${r.schema} in database ${r.db} holds a tenant's live schema moved aside by a restore that did not finish (the tenant's next run puts it back)`,
      });
    }
  }
  const { rows } = await options.control.pool.query<{
    id: string;
    platform: string;
    tenant: string;
    aside_schema: string;
    status: string;
  }>(
    `SELECT id, platform, tenant, aside_schema, status FROM ${options.control.table('runs')}
     WHERE aside_schema IS NOT NULL AND status <> 'running' AND ($1::uuid IS NULL OR rollout_id = $1)`,
    [options.rolloutId ?? null],
  );
  for (const r of rows)
    found.push({
      invariant: 'aside-schema',
      platform: r.platform,
      tenant: r.tenant,
      runId: r.id,
      message: `${r.status}, with its restore's aside schema ${r.aside_schema} still recorded: its swap was neither finished nor undone`,
    });
  return found;
}
