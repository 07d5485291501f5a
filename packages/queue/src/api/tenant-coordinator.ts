import {
  getPlatform,
  parsePlatformId,
  parseTenantId,
  readCurrentVersions,
  readMigrationSet,
  type RunRecord,
  type TenantryConfig,
} from '@tenantry/core';
import { PRIORITY } from '../queues.js';
import { ApiContext, type ApiOptions, type RolloutHandle, type WaitOptions } from './context.js';

export interface TenantPlatformStatus {
  platform: string;
  version: string;
  applied: number;
  available: number;
  latest: boolean;
  backupCount: number;
  lastRuns: RunRecord[];
}

export interface TenantMigrationStatus {
  tenant: string;
  platforms: TenantPlatformStatus[];
  /** the total over its platforms */
  backupCount: number;
}

/** One tenant across its platforms: the API behind `migrate/rollback --tenant T` and `status --tenant T`. */
export class TenantCoordinator {
  private readonly ctx: ApiContext;

  constructor(config: TenantryConfig, options: ApiOptions = {}) {
    this.ctx = new ApiContext(config, options);
  }

  coordinateTenantMigration(tenant: string, target: string, options: WaitOptions & { platforms?: string[]; recheck?: boolean } = {}): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'migrate',
        target,
        tenants: [parseTenantId(tenant)],
        ...(options.platforms ? { platforms: options.platforms } : {}),
        ...(options.recheck ? { recheck: true } : {}),
        requestedBy: this.ctx.actor.actor,
      },
      options,
    );
  }

  /** Takes one tenant back (an emergency: its runs jump ahead of queued fleet runs). */
  rollbackTenantMigration(tenant: string, target: string, options: WaitOptions & { platforms?: string[]; fromBackup?: boolean; recheck?: boolean } = {}): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'rollback',
        target,
        tenants: [parseTenantId(tenant)],
        ...(options.platforms ? { platforms: options.platforms } : {}),
        ...(options.fromBackup ? { fromBackup: true } : {}),
        ...(options.recheck ? { recheck: true } : {}),
        priority: PRIORITY.emergency,
        requestedBy: this.ctx.actor.actor,
      },
      options,
    );
  }

  async getTenantMigrationStatus(tenantId: string, platforms?: string[]): Promise<TenantMigrationStatus> {
    const tenant = parseTenantId(tenantId);
    const selected = (platforms ?? []).map((p) => getPlatform(this.ctx.config, parsePlatformId(p)).id);
    await this.ctx.control.assertReady();
    const registered = (await this.ctx.registry.list(selected)).filter((t) => t.tenant === tenant);
    const versions = await readCurrentVersions(this.ctx.config, this.ctx.pools, registered);
    const result: TenantPlatformStatus[] = [];
    for (const { platform } of registered) {
      const set = readMigrationSet(this.ctx.config.platforms[platform]!.tenantMigrationsDir);
      const version = versions.get(`${platform}/${tenant}`) ?? '0';
      const applied = set.positions.get(version) ?? 0;
      const { rows } = await this.ctx.control.pool.query<{ id: string }>(
        `SELECT id FROM ${this.ctx.control.table('runs')} WHERE platform = $1 AND tenant = $2 ORDER BY queued_at DESC LIMIT 5`,
        [platform, tenant],
      );
      const lastRuns = (await Promise.all(rows.map((r) => this.ctx.ledger.getRun(r.id)))).filter((r): r is RunRecord => r !== undefined);
      result.push({
        platform,
        version,
        applied,
        available: set.migrations.length,
        latest: applied === set.migrations.length,
        backupCount: await this.ctx.backups.countFor(platform, tenant),
        lastRuns,
      });
    }
    return { tenant, platforms: result, backupCount: result.reduce((n, p) => n + p.backupCount, 0) };
  }

  close(): Promise<void> {
    return this.ctx.close();
  }
}
