import {
  getPlatform,
  markTenants,
  parsePlatformId,
  parseTenantId,
  type PlacedRunRecord,
  readCurrentVersions,
  readMigrationSet,
  type MarkedTenants,
  type RunRecord,
  type TenantMarkChange,
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

  /** A pinned or held tenant is left where it is (and the handle's `skipped` says so) unless `includePinned` / `includeHeld`. */
  coordinateTenantMigration(
    tenant: string,
    target: string,
    options: WaitOptions & {
      platforms?: string[];
      includePinned?: boolean;
      includeHeld?: boolean;
      recheck?: boolean;
    } = {},
  ): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'migrate',
        target,
        tenants: [parseTenantId(tenant)],
        ...(options.platforms ? { platforms: options.platforms } : {}),
        ...(options.includePinned ? { includePinned: true } : {}),
        ...(options.includeHeld ? { includeHeld: true } : {}),
        ...(options.recheck ? { recheck: true } : {}),
        requestedBy: this.ctx.actor.actor,
      },
      options,
    );
  }

  /** Takes one tenant back (an emergency: its runs jump ahead of queued fleet runs). */
  rollbackTenantMigration(
    tenant: string,
    target: string,
    options: WaitOptions & {
      platforms?: string[];
      fromBackup?: boolean;
      includePinned?: boolean;
      includeHeld?: boolean;
      recheck?: boolean;
    } = {},
  ): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'rollback',
        target,
        tenants: [parseTenantId(tenant)],
        ...(options.platforms ? { platforms: options.platforms } : {}),
        ...(options.includePinned ? { includePinned: true } : {}),
        ...(options.includeHeld ? { includeHeld: true } : {}),
        ...(options.fromBackup ? { fromBackup: true } : {}),
        ...(options.recheck ? { recheck: true } : {}),
        priority: PRIORITY.emergency,
        requestedBy: this.ctx.actor.actor,
      },
      options,
    );
  }

  /**
   * Sets (`key=value`, or a bare `key`) and removes labels of tenants (`tenants label`): on the
   * given platforms, or wherever they are registered.
   */
  labelTenants(
    tenants: string[],
    change: { set?: string[]; unset?: string[] },
    options: { platforms?: string[] } = {},
  ): Promise<MarkedTenants[]> {
    return this.mark(tenants, { kind: 'label', ...change }, options);
  }

  /** Pins tenants at a version (`tenants pin`; null unpins): rollouts to another version leave them there. */
  pinTenants(tenants: string[], at: string | null, options: { platforms?: string[] } = {}): Promise<MarkedTenants[]> {
    return this.mark(tenants, { kind: 'pin', at }, options);
  }

  /** Holds tenants (`tenants hold`; held false releases them): no rollout moves them. */
  holdTenants(tenants: string[], held: boolean, options: { platforms?: string[] } = {}): Promise<MarkedTenants[]> {
    return this.mark(tenants, { kind: 'hold', held }, options);
  }

  private async mark(
    tenants: string[],
    change: TenantMarkChange,
    options: { platforms?: string[] },
  ): Promise<MarkedTenants[]> {
    await this.ctx.control.assertReady();
    const action =
      change.kind === 'label'
        ? 'tenants label'
        : change.kind === 'pin'
          ? change.at === null
            ? 'tenants unpin'
            : 'tenants pin'
          : change.held
            ? 'tenants hold'
            : 'tenants release';
    return this.ctx.audited(action, tenants.slice(0, 20).join(','), () =>
      markTenants(
        { config: this.ctx.config, control: this.ctx.control },
        { tenants, ...(options.platforms ? { platforms: options.platforms } : {}) },
        change,
      ),
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
      const lastRuns = (await Promise.all(rows.map((r) => this.ctx.ledger.getRun(r.id)))).filter(
        (r): r is PlacedRunRecord => r !== undefined,
      );
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
