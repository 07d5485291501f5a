import { positionOf, readMigrationSet } from '../catalog/migration-set.js';
import { resolveTargets, type PlatformTarget } from '../catalog/targets.js';
import type { TenantryConfig } from '../config/load.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import type { TenantRegistry } from '../ledger/tenant-registry.js';
import { readVersions } from '../migrator/tenant-version.js';
import { locateTenant } from '../tenants/location.js';
import type { Direction, RolloutKind } from '../types.js';

export interface RolloutRequest {
  kind: RolloutKind;
  /** a release, a migration name, `latest` or `0` */
  target: string;
  platforms?: readonly string[];
  tenants?: readonly string[];
}

export interface RolloutPlan {
  kind: RolloutKind;
  target: string;
  targets: PlatformTarget[];
  runs: PlannedRun[];
}

/**
 * Validates a request and expands it into one run per (platform, tenant). Every identifier is
 * parsed here, and the target resolved, before anything is written: bad input changes nothing.
 */
export async function planRollout(config: TenantryConfig, registry: TenantRegistry, request: RolloutRequest): Promise<RolloutPlan> {
  const platforms = [...new Set((request.platforms ?? []).map((p) => parsePlatformId(p)))];
  const tenants = [...new Set((request.tenants ?? []).map((t) => parseTenantId(t)))];
  const targets = resolveTargets(config, request.target, platforms);
  const direction: Direction = request.kind === 'rollback' ? 'down' : 'up';
  const runs: PlannedRun[] = [];
  const seen = new Set<string>();
  for (const { platform, version } of targets) {
    const selected = await registry.select(platform, tenants);
    for (const tenant of selected) {
      locateTenant(config.platforms[platform]!, parseTenantId(tenant)); // the schema name must be valid too
      runs.push({ platform, tenant, direction, target: version });
      seen.add(tenant);
    }
  }
  const unknown = tenants.filter((t) => !seen.has(t));
  if (unknown.length > 0) {
    const where = targets.map((t) => t.platform).join(', ');
    throw new InvalidInput(`tenant ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''} is not registered on ${where}`);
  }
  if (runs.length === 0) {
    throw new InvalidInput(`no tenants registered on ${targets.map((t) => t.platform).join(', ') || 'the selected platforms'}: add some with \`tenantry tenants add\``);
  }
  return { kind: request.kind, target: request.target, targets, runs };
}

export interface DryRunEntry {
  platform: string;
  tenant: string;
  from: string;
  to: string;
  direction: Direction;
  /** the migrations that would run, in order */
  migrations: string[];
  problem?: string;
}

/** What each run of a plan would do now, read from the tenants' own tables. Changes nothing. */
export async function describePlan(config: TenantryConfig, pools: PoolRegistry, plan: RolloutPlan): Promise<DryRunEntry[]> {
  const entries: DryRunEntry[] = [];
  const byDatabase = new Map<string, { table: string; runs: Array<{ run: PlannedRun; schema: string }> }>();
  for (const run of plan.runs) {
    const location = locateTenant(config.platforms[run.platform]!, parseTenantId(run.tenant));
    const key = `${location.databaseUrl}\u0000${location.migrationsTable}`;
    const group = byDatabase.get(key) ?? { table: location.migrationsTable, runs: [] };
    group.runs.push({ run, schema: location.schema });
    byDatabase.set(key, group);
  }
  for (const [key, group] of byDatabase) {
    const url = key.split('\u0000')[0]!;
    const client = await pools.acquire(url);
    try {
      const versions = await readVersions(client, group.runs.map((r) => r.schema), group.table);
      for (const { run, schema } of group.runs) {
        const set = readMigrationSet(config.platforms[run.platform]!.tenantMigrationsDir);
        const from = versions.get(schema)?.version ?? '0';
        const at = positionOf(set, from);
        const to = positionOf(set, run.target)!;
        const base = { platform: run.platform, tenant: run.tenant, from, direction: run.direction };
        if (at === undefined) {
          entries.push({ ...base, to: from, migrations: [], problem: `applied version ${from} is not in the migration files` });
          continue;
        }
        const names = set.migrations.map((m) => m.name);
        const migrations =
          run.direction === 'up' ? (to > at ? names.slice(at, to) : []) : at > to ? names.slice(to, at).reverse() : [];
        entries.push({ ...base, to: migrations.length > 0 ? run.target : from, migrations });
      }
    } finally {
      client.release();
    }
  }
  return entries;
}
