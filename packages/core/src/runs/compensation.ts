import { positionOf, readMigrationSet } from '../catalog/migration-set.js';
import { hasDown } from '../catalog/reversibility.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PlannedRun, RunRecord } from '../ledger/rollout-ledger.js';

/**
 * The run that undoes a failed run which may have left its tenant between versions (a
 * non-transactional step committed, or the run gave up after its last attempt): back to the
 * version the run found, through down migrations when every step on the way has one, otherwise
 * from the backup the run took. Undefined when the run never touched its tenant.
 */
export async function planCompensation(config: TenantryConfig, failed: RunRecord): Promise<PlannedRun | undefined> {
  if (failed.fromVersion === null || failed.compensates !== null) return undefined;
  const platform = config.platforms[failed.platform];
  if (!platform) return undefined;
  const base = {
    platform: failed.platform,
    tenant: failed.tenant,
    target: failed.fromVersion,
    backup: 'none' as const,
  };
  if (failed.method === 'restore') return undefined; // a failed restore puts the old schema back itself
  if (failed.direction === 'down') return { ...base, direction: 'up' };
  const set = readMigrationSet(platform.tenantMigrationsDir);
  const from = positionOf(set, failed.fromVersion) ?? 0;
  const to = positionOf(set, failed.target) ?? set.migrations.length;
  const steps = set.migrations.slice(from, to);
  const reversible = (await Promise.all(steps.map((m) => hasDown(m)))).every(Boolean);
  if (!reversible && failed.backupId)
    return { ...base, direction: 'down', method: 'restore', backupId: failed.backupId };
  return { ...base, direction: 'down' };
}
