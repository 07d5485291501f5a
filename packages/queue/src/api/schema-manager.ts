import {
  getRollbackInfo,
  initializeControlSchema,
  parsePlatformId,
  parseTenantId,
  type RollbackInfo,
  type TenantryConfig,
} from '@tenantry/core';
import { PRIORITY } from '../queues.js';
import { sharedTargetOf } from '../rollouts/shared.js';
import { ApiContext, type ApiOptions, type RolloutHandle, type WaitOptions } from './context.js';

/** Schemas of one platform: its shared schema, and one tenant's way back. */
export class SchemaManager {
  private readonly ctx: ApiContext;

  constructor(config: TenantryConfig, options: ApiOptions = {}) {
    this.ctx = new ApiContext(config, options);
  }

  /**
   * Brings a platform's shared schema to its newest shared migration, as a run through the queue
   * (lock, ledger, progress), backed up first when the config's strategy is pg_dump.
   */
  async initializeSchema(platformId: string, options: WaitOptions = {}): Promise<RolloutHandle> {
    // refused before anything is created
    sharedTargetOf(this.ctx.config, platformId);
    await initializeControlSchema(this.ctx.config, this.ctx.logger);
    const rollout = await this.ctx.audited(
      'initialize schema',
      platformId,
      () => this.ctx.rollouts.createShared(platformId, this.ctx.actor.actor),
      (r) => r.rolloutId,
    );
    return this.ctx.handle(rollout, [{ platform: rollout.platform, version: rollout.target }], options);
  }

  /**
   * Restores one tenant from one backup (`backups restore`), through the queue under the
   * tenant's lock, ahead of queued fleet runs. The backup's file is checked first. `backupId`
   * is a whole id or a unique prefix of one.
   */
  async restoreBackup(backupId: string, options: WaitOptions = {}): Promise<RolloutHandle> {
    const rollout = await this.ctx.audited(
      'backups restore',
      backupId,
      () => this.ctx.rollouts.restore(backupId, this.ctx.actor.actor),
      (r) => r.rolloutId,
    );
    return this.ctx.handle(rollout, [{ platform: rollout.backup.platform, version: rollout.backup.version }], options);
  }

  /** Takes one tenant of a platform back to a revision: down migrations, or its backup. */
  rollbackToRevision(
    platform: string,
    tenant: string,
    target: string,
    options: WaitOptions & { fromBackup?: boolean } = {},
  ): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'rollback',
        target,
        platforms: [parsePlatformId(platform)],
        tenants: [parseTenantId(tenant)],
        ...(options.fromBackup ? { fromBackup: true } : {}),
        priority: PRIORITY.emergency,
        requestedBy: this.ctx.actor.actor,
      },
      options,
    );
  }

  async getRollbackInfo(platform: string, tenant: string, target: string): Promise<RollbackInfo> {
    await this.ctx.control.assertReady();
    return getRollbackInfo(
      { config: this.ctx.config, pools: this.ctx.pools, registry: this.ctx.registry, backups: this.ctx.backups },
      { platform, tenant, target },
    );
  }

  close(): Promise<void> {
    return this.ctx.close();
  }
}
