import { randomUUID } from 'node:crypto';
import {
  InvalidInput,
  SHARED_TENANT,
  getPlatform,
  getRollbackInfo,
  initializeControlSchema,
  parsePlatformId,
  parseTenantId,
  readMigrationSet,
  waitForRollout,
  type RollbackInfo,
  type TenantryConfig,
} from '@tenantry/core';
import { enqueueRuns } from '../producer.js';
import { PRIORITY } from '../queues.js';
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
    const platform = getPlatform(this.ctx.config, parsePlatformId(platformId));
    if (!platform.sharedMigrationsDir) throw new InvalidInput(`platform ${platform.id} has no shared migrations`);
    const set = readMigrationSet(platform.sharedMigrationsDir);
    const target = set.migrations.at(-1)?.name ?? '0';
    await initializeControlSchema(this.ctx.config, this.ctx.logger);
    const queue = await this.ctx.queue();
    const { rolloutId, runs, superseded } = await this.ctx.ledger.createRollout({
      kind: 'migrate',
      target,
      options: { platforms: [platform.id], shared: true },
      requestedBy: 'api',
      runs: [{ id: randomUUID(), platform: platform.id, tenant: SHARED_TENANT, scope: 'shared', direction: 'up', target, backup: this.ctx.config.backup.strategy }],
    });
    await enqueueRuns(queue, rolloutId, runs, { priority: PRIORITY.emergency });
    const handle: RolloutHandle = { rolloutId, runs: 1, targets: [{ platform: platform.id, version: target }], superseded };
    if (options.wait) handle.outcome = await waitForRollout(this.ctx.control, rolloutId, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
    return handle;
  }

  /** Takes one tenant of a platform back to a revision: down migrations, or its backup. */
  rollbackToRevision(platform: string, tenant: string, target: string, options: WaitOptions & { fromBackup?: boolean } = {}): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'rollback',
        target,
        platforms: [parsePlatformId(platform)],
        tenants: [parseTenantId(tenant)],
        ...(options.fromBackup ? { fromBackup: true } : {}),
        priority: PRIORITY.emergency,
        requestedBy: 'api',
      },
      options,
    );
  }

  async getRollbackInfo(platform: string, tenant: string, target: string): Promise<RollbackInfo> {
    await this.ctx.control.assertReady();
    return getRollbackInfo({ config: this.ctx.config, pools: this.ctx.pools, registry: this.ctx.registry, backups: this.ctx.backups }, { platform, tenant, target });
  }

  close(): Promise<void> {
    return this.ctx.close();
  }
}
