import { positionOf, readMigrationSet } from '../catalog/migration-set.js';
import { downsOf, type DownInfo } from '../catalog/reversibility.js';
import { resolveTargets } from '../catalog/targets.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { getPlatform } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput, MigrationHistoryMismatch } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { BackupLedger } from '../ledger/backup-ledger.js';
import type { TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from '../fleet/live-versions.js';

export type RollbackMethod = 'down-migrations' | 'backup' | 'none';

export interface RollbackInfo {
  platform: string;
  tenant: string;
  currentVersion: string;
  target: string;
  /**
   * the migrations that would be reverted, newest first; `down` says how: its own down
   * (`written`), the reverse of its up as node-pg-migrate infers it (`inferred`), or not at all
   */
  migrations: Array<{ name: string; hasDown: boolean; down: DownInfo['kind']; reason?: string }>;
  backupAvailable: boolean;
  backup: { id: string; version: string; createdAt: string; ageSeconds: number; bytes: number } | null;
  /** how to go back: down migrations when every step has a down, else the backup, else neither */
  recommended: RollbackMethod;
  reason: string;
}

/** What taking one tenant back to TARGET would involve, to decide before doing it. Reads only. */
export async function getRollbackInfo(
  deps: { config: TenantryConfig; pools: PoolRegistry; registry: TenantRegistry; backups: BackupLedger },
  request: { platform: string; tenant: string; target: string },
): Promise<RollbackInfo> {
  const platform = getPlatform(deps.config, parsePlatformId(request.platform));
  const tenant = parseTenantId(request.tenant);
  const [resolved] = resolveTargets(deps.config, request.target, [platform.id]);
  if (!resolved) throw new InvalidInput(`target ${request.target} does not apply to platform ${platform.id}`);
  const [registered] = await deps.registry.selectMarked(platform.id, [tenant]);
  if (!registered) throw new InvalidInput(`tenant ${tenant} is not registered on ${platform.id}`);
  const set = readMigrationSet(platform.tenantMigrationsDir);
  const current =
    (
      await readCurrentVersions(deps.config, deps.pools, [
        { platform: platform.id, tenant, serverId: registered.serverId },
      ])
    ).get(`${platform.id}/${tenant}`) ?? '0';
  const at = positionOf(set, current);
  if (at === undefined)
    throw new MigrationHistoryMismatch(
      `tenant ${tenant} on ${platform.id} is at ${current}, which is not in the migration files`,
    );
  const to = positionOf(set, resolved.version)!;
  if (to > at)
    throw new InvalidInput(
      `tenant ${tenant} on ${platform.id} is at ${current}, below the target ${resolved.version}: nothing to roll back`,
    );
  const reverted = set.migrations.slice(to, at);
  const downs = await downsOf(reverted); // one build thread for the files not known yet
  const migrations = reverted
    .map((m, i) => {
      const down = downs[i]!;
      return {
        name: m.name,
        hasDown: down.kind !== 'none',
        down: down.kind,
        ...(down.reason ? { reason: down.reason } : {}),
      };
    })
    .reverse();
  const backup = await deps.backups.newestAt(platform.id, tenant, resolved.version);
  const info = {
    platform: platform.id,
    tenant,
    currentVersion: current,
    target: resolved.version,
    migrations,
    backupAvailable: backup !== undefined,
    backup: backup
      ? {
          id: backup.id,
          version: backup.version,
          createdAt: backup.createdAt.toISOString(),
          ageSeconds: Math.round((Date.now() - backup.createdAt.getTime()) / 1000),
          bytes: backup.bytes,
        }
      : null,
  };
  if (migrations.length === 0) return { ...info, recommended: 'none', reason: 'the tenant is already at the target' };
  const missing = migrations.filter((m) => !m.hasDown).map((m) => m.name);
  const inferred = migrations.filter((m) => m.down === 'inferred').map((m) => m.name);
  const inferredNote =
    inferred.length > 0
      ? `; the down of ${inferred.join(', ')} is inferred by reversing its up, as node-pg-migrate does`
      : '';
  if (missing.length === 0) {
    return {
      ...info,
      recommended: 'down-migrations',
      reason: `every migration on the way has a down${inferredNote}${backup ? ' (a backup at the target exists too)' : ''}`,
    };
  }
  if (backup)
    return {
      ...info,
      recommended: 'backup',
      reason: `${missing.join(', ')} ha${missing.length > 1 ? 've' : 's'} no down; restore the backup (writes since it was taken are lost)`,
    };
  return {
    ...info,
    recommended: 'none',
    reason: `${missing.join(', ')} ha${missing.length > 1 ? 've' : 's'} no down and there is no backup at the target`,
  };
}
