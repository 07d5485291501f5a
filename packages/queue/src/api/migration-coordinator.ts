import {
  checkCrossPlatformConsistency,
  checkGate,
  cleanupExpiredLocks,
  getAllPlatformVersions,
  initializeControlSchema,
  parseLabelFilter,
  workerExpiryMs,
  type BackupStrategy,
  type ConsistencyReport,
  type GateAnswer,
  type GateRequest,
  type InitializeResult,
  type PlatformVersions,
  type ReadVersionsOptions,
  type RolloutOutcome,
  type TenantryConfig,
} from '@tenantry/core';
import type { AbortedRollout } from '../rollouts/abort.js';
import type { RolloutDetail } from '../rollouts/service.js';
import { ApiContext, type ApiOptions, type RolloutHandle, type WaitOptions } from './context.js';

export interface MultiPlatformMigration extends WaitOptions {
  /** a release name (or any TARGET: a migration name, `latest`, `0`) */
  release: string;
  platforms?: string[];
  tenants?: string[];
  backup?: BackupStrategy;
  /** only tenants whose labels this selector picks (`tier=enterprise,region in (eu,uk)`) */
  where?: string;
  /** minus those this selector picks */
  exclude?: string;
  /** move tenants pinned at another version too */
  includePinned?: boolean;
  /** move held tenants too */
  includeHeld?: boolean;
  /** take the canary from the tenants this selector picks */
  canaryWhere?: string;
  /** waves follow a label's values: `region`, or `region:eu,uk,us` */
  wavesBy?: string;
  canary?: string | number;
  waveSize?: string | number;
  maxFailures?: string | number;
  /** plan every tenant, even those the ledger shows at the target (after a change by hand its row-count check cannot see) */
  recheck?: boolean;
}

/** Which tenants a fleet read covers, by their labels (the selector syntax of `--where`). */
export interface TenantSelection {
  where?: string;
  exclude?: string;
}

/** Only the fields given: an absent one selects everything (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

export interface ResumedHandle {
  /** the rollout that runs now: the one resumed, or the new rollout retrying a failed one's tenants */
  rolloutId: string;
  /** set when a finished, failed rollout's tenants were retried as a new rollout */
  retryOf?: string;
  /** the retried tenants (with retryOf) */
  tenants?: string[];
  /** runs queued: again (resumed), or of the new rollout (retried) */
  runs: number;
  /** present when the call waited for the rollout to finish */
  outcome?: RolloutOutcome;
}

/**
 * Fleet-wide operations across platforms: the API behind `migrate --to RELEASE`, `versions`,
 * `consistency`, `locks`, and `rollout status|pause|resume|abort`. Rollout ids may be given
 * whole or as a unique prefix, as on the command line.
 */
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
        ...defined({
          where: request.where,
          exclude: request.exclude,
          includePinned: request.includePinned,
          includeHeld: request.includeHeld,
          canaryWhere: request.canaryWhere,
          wavesBy: request.wavesBy,
          canary: request.canary,
          waveSize: request.waveSize,
          maxFailures: request.maxFailures,
        }),
        ...(request.recheck ? { recheck: true } : {}),
        requestedBy: this.ctx.actor.actor,
      },
      request,
    );
  }

  /**
   * Pinned tenants are reported apart (`pinned`), never as inconsistent. Versions as in
   * `getAllPlatformVersions` (`tenantry consistency [--live]`); `read` says where they came from.
   */
  async checkCrossPlatformConsistency(
    selection: TenantSelection = {},
    options: ReadVersionsOptions = {},
  ): Promise<ConsistencyReport> {
    const filter = parseLabelFilter(selection);
    await this.ctx.control.assertReady();
    return checkCrossPlatformConsistency(this.ctx.config, this.ctx.pools, this.ctx.registry, filter, options);
  }

  /**
   * How many tenants sit at each version, per platform (`tenantry versions [--live]`). By default
   * from the ledger's record of each tenant's last run, checked against its history table's row
   * count, with the tenants it cannot vouch for read from their own tables; `{ live: true }` reads
   * every tenant's own table. Each platform's `read` says which, and names the tenants whose
   * ledger record was wrong.
   */
  async getAllPlatformVersions(
    selection: TenantSelection = {},
    options: ReadVersionsOptions = {},
  ): Promise<PlatformVersions[]> {
    const filter = parseLabelFilter(selection);
    await this.ctx.control.assertReady();
    return getAllPlatformVersions(this.ctx.config, this.ctx.pools, this.ctx.registry, filter, options);
  }

  /** The deploy gate: whether every selected tenant of a platform is at or past a version (`tenantry gate`). */
  async gate(request: GateRequest): Promise<GateAnswer> {
    await this.ctx.control.assertReady();
    return checkGate({ config: this.ctx.config, pools: this.ctx.pools, registry: this.ctx.registry }, request);
  }

  /** Ends the sessions of lock holders whose worker is dead; returns how many. */
  async cleanupExpiredLocks(): Promise<{ cleaned: number }> {
    await this.ctx.control.assertReady();
    const { cleaned } = await this.ctx.audited('locks cleanup', null, () =>
      cleanupExpiredLocks(
        this.ctx.config,
        this.ctx.control,
        this.ctx.pools,
        workerExpiryMs(this.ctx.config.worker.heartbeatMs),
      ),
    );
    return { cleaned };
  }

  /** A rollout's status, counts and wave, with its failed runs (`rollout status`). */
  getRollout(rolloutId: string): Promise<RolloutDetail> {
    return this.ctx.rollouts.get(rolloutId);
  }

  /** Pauses a running rollout: queued runs wait, running runs finish (`rollout pause`). */
  pauseRollout(rolloutId: string): Promise<{ rolloutId: string; status: 'paused' }> {
    return this.ctx.audited(
      'rollout pause',
      rolloutId,
      () => this.ctx.rollouts.pause(rolloutId),
      (r) => r.rolloutId,
    );
  }

  /**
   * Resumes a paused or halted rollout (`rollout resume`). With `retryFailed`, its failed runs run
   * again; on a finished, failed rollout, its failed tenants are retried as a new rollout.
   */
  async resumeRollout(
    rolloutId: string,
    options: WaitOptions & { retryFailed?: boolean } = {},
  ): Promise<ResumedHandle> {
    const resumed = await this.ctx.audited(
      'rollout resume',
      rolloutId,
      () =>
        this.ctx.rollouts.resume(rolloutId, {
          ...(options.retryFailed ? { retryFailed: true } : {}),
          requestedBy: this.ctx.actor.actor,
        }),
      (r) => r.rolloutId,
    );
    const handle: ResumedHandle =
      resumed.kind === 'retried'
        ? {
            rolloutId: resumed.retry.rolloutId,
            retryOf: resumed.rolloutId,
            tenants: resumed.retry.tenants,
            runs: resumed.retry.runs.length,
          }
        : { rolloutId: resumed.rolloutId, runs: resumed.requeued };
    if (options.wait) handle.outcome = await this.ctx.waitFor(handle.rolloutId, options);
    return handle;
  }

  /**
   * Stops a rollout: no queued run starts, running ones are stopped by their workers (`rollout
   * abort`). With `compensate`, every tenant it moved is returned, each platform in reverse order.
   */
  async abortRollout(
    rolloutId: string,
    options: WaitOptions & { compensate?: boolean } = {},
  ): Promise<AbortedRollout & { outcome?: RolloutOutcome }> {
    const aborted = await this.ctx.audited(
      'rollout abort',
      rolloutId,
      () => this.ctx.rollouts.abort(rolloutId, options.compensate ? { compensate: true } : {}),
      (r) => r.rolloutId,
    );
    return options.wait ? { ...aborted, outcome: await this.ctx.waitFor(aborted.rolloutId, options) } : aborted;
  }

  close(): Promise<void> {
    return this.ctx.close();
  }
}
