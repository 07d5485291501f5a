import {
  checkCrossPlatformConsistency,
  checkGate,
  cleanupExpiredLocks,
  getAllPlatformVersions,
  initializeControlSchema,
  workerExpiryMs,
  type BackupStrategy,
  type ConsistencyReport,
  type GateAnswer,
  type GateRequest,
  type InitializeResult,
  type PlatformVersions,
  type TenantryConfig,
} from '@tenantry/core';
import { ApiContext, type ApiOptions, type RolloutHandle, type WaitOptions } from './context.js';

export interface MultiPlatformMigration extends WaitOptions {
  /** a release name (or any TARGET: a migration name, `latest`, `0`) */
  release: string;
  platforms?: string[];
  tenants?: string[];
  backup?: BackupStrategy;
}

/** Fleet-wide operations across platforms: the API behind `migrate --to RELEASE`, `versions`, `consistency`, `locks`. */
export class MigrationCoordinator {
  private readonly ctx: ApiContext;

  constructor(config: TenantryConfig, options: ApiOptions = {}) {
    this.ctx = new ApiContext(config, options);
  }

  /** Creates or upgrades the control schema (and missing databases). */
  initialize(): Promise<InitializeResult> {
    return initializeControlSchema(this.ctx.config, this.ctx.logger);
  }

  /** Moves tenants to a release across platforms, each tenant a saga in release order. */
  coordinateMultiPlatformMigration(request: MultiPlatformMigration): Promise<RolloutHandle> {
    return this.ctx.startRollout(
      {
        kind: 'migrate',
        target: request.release,
        ...(request.platforms ? { platforms: request.platforms } : {}),
        ...(request.tenants ? { tenants: request.tenants } : {}),
        ...(request.backup ? { backup: request.backup } : {}),
        requestedBy: 'api',
      },
      request,
    );
  }

  async checkCrossPlatformConsistency(): Promise<ConsistencyReport> {
    await this.ctx.control.assertReady();
    return checkCrossPlatformConsistency(this.ctx.config, this.ctx.pools, this.ctx.registry);
  }

  async getAllPlatformVersions(): Promise<PlatformVersions[]> {
    await this.ctx.control.assertReady();
    return getAllPlatformVersions(this.ctx.config, this.ctx.pools, this.ctx.registry);
  }

  /** The deploy gate: whether every selected tenant of a platform is at or past a version (`tenantry gate`). */
  async gate(request: GateRequest): Promise<GateAnswer> {
    await this.ctx.control.assertReady();
    return checkGate({ config: this.ctx.config, pools: this.ctx.pools, registry: this.ctx.registry }, request);
  }

  /** Ends the sessions of lock holders whose worker is dead; returns how many. */
  async cleanupExpiredLocks(): Promise<{ cleaned: number }> {
    await this.ctx.control.assertReady();
    const { cleaned } = await this.ctx.audited('locks cleanup', null, () => cleanupExpiredLocks(this.ctx.config, this.ctx.control, this.ctx.pools, workerExpiryMs(this.ctx.config.worker.heartbeatMs)));
    return { cleaned };
  }

  close(): Promise<void> {
    return this.ctx.close();
  }
}
