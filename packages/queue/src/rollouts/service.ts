import {
  RolloutLedger,
  ServerBudgets,
  resolveIdPrefix,
  type DeferralCount,
  type ServerBudget,
  type ControlDb,
  type LifecycleEvents,
  type Logger,
  type PoolRegistry,
  type RolloutRequest,
  type RolloutSummary,
  type RunRecord,
  type TenantryConfig,
} from '@tenantry/core';
import type { TenantryQueue } from '../queues.js';
import { abortRollout, compensateRollout, type AbortedRollout } from './abort.js';
import { createRollout, type EnqueueOptions, type EnqueuedRollout } from './create.js';
import type { CreateDeps } from './deps.js';
import { pauseRollout } from './pause.js';
import { createRestoreRollout, type RestoreRollout } from './restore.js';
import { resumeRollout, type ResumedRollout } from './resume.js';
import { createSharedRollout, type SharedRollout } from './shared.js';

export interface RolloutServiceOptions {
  config: TenantryConfig;
  control: ControlDb;
  pools: PoolRegistry;
  logger: Logger;
  /** the run queue, asked for only by operations that enqueue (a pause or a plain abort needs none) */
  queue: () => TenantryQueue | Promise<TenantryQueue>;
  /** the process's lifecycle events (rollout:started, rollout:finished of an abort...); absent, only logged */
  events?: LifecycleEvents;
}

/**
 * The operations on rollouts that the CLI and the API offer alike: each takes a rollout or backup
 * id, whole or a unique prefix of one (git-style), checks the control schema first, and throws
 * InvalidInput (exit 2) or NotFound for a request that cannot be done, before changing anything.
 * What follows each run is not here but in `endRun`, which the worker calls.
 */
/** What `rollout status` and the API's getRollout show. */
export type RolloutDetail = RolloutSummary & {
  failed: RunRecord[];
  /** why its runs were deferred: by reason and server, with the last reason in words */
  deferrals: DeferralCount[];
  /** every server's budget, signals and strain, as last sampled */
  servers: ServerBudget[];
};

export class RolloutService {
  readonly ledger: RolloutLedger;

  constructor(private readonly options: RolloutServiceOptions) {
    this.ledger = new RolloutLedger(options.control);
  }

  /** A migrate or rollback rollout, planned from each tenant's real version (see createRollout). */
  async create(request: RolloutRequest & EnqueueOptions): Promise<EnqueuedRollout> {
    const deps = await this.deps();
    await this.options.control.assertReady();
    return createRollout(deps, request);
  }

  /** A platform's shared schema brought to its newest shared migration, as a run through the queue. */
  async createShared(platform: string, requestedBy: string): Promise<SharedRollout> {
    const deps = await this.deps();
    await this.options.control.assertReady();
    return createSharedRollout(deps, platform, requestedBy);
  }

  /** A tenant restored from one backup, as a run through the queue (an emergency). */
  async restore(backupId: string, requestedBy: string): Promise<RestoreRollout> {
    const deps = await this.deps();
    return createRestoreRollout(deps, await this.resolve('backup', backupId), requestedBy);
  }

  async pause(rolloutId: string): Promise<{ rolloutId: string; status: 'paused' }> {
    const id = await this.resolve('rollout', rolloutId);
    await pauseRollout(this.ledger, id);
    return { rolloutId: id, status: 'paused' };
  }

  /** A paused or halted rollout running again; with retryFailed, its failed runs (or a failed rollout's tenants, as a new rollout). */
  async resume(
    rolloutId: string,
    options: { retryFailed?: boolean; requestedBy?: string } = {},
  ): Promise<ResumedRollout> {
    const deps = await this.deps();
    return resumeRollout(deps, await this.resolve('rollout', rolloutId), options);
  }

  /** Stops a rollout; with compensate, returns every tenant it moved, each platform in reverse order. */
  async abort(rolloutId: string, options: { compensate?: boolean } = {}): Promise<AbortedRollout> {
    // a plain abort is a ledger write: it works with the queue out of reach
    const deps = options.compensate ? await this.deps() : undefined;
    const { logger, events } = this.options;
    const aborted = await abortRollout(
      { ledger: this.ledger, logger, ...(events ? { events } : {}) },
      await this.resolve('rollout', rolloutId),
      options,
    );
    return { ...aborted, compensations: deps ? await compensateRollout(deps, aborted.rolloutId) : 0 };
  }

  /**
   * A rollout's state and counts, with its failed runs, its deferred runs by reason and server,
   * and the servers' budgets and signals as the governor last sampled them.
   */
  async get(rolloutId: string): Promise<RolloutDetail> {
    const id = await this.resolve('rollout', rolloutId);
    const summary = await this.ledger.getRollout(id);
    // resolved a moment ago: only a rollout deleted since is missing
    if (!summary) throw new Error(`rollout ${id} vanished`);
    const governor = new ServerBudgets(this.options.control);
    const [failed, deferrals, servers] = await Promise.all([
      summary.counts.failed > 0 ? this.ledger.listRuns(id, 'failed') : [],
      governor.deferrals(id),
      governor.list(),
    ]);
    return { ...summary, failed, deferrals, servers };
  }

  /** The whole id from an id or a unique prefix of one, the control schema checked first. */
  async resolve(kind: 'rollout' | 'backup', idOrPrefix: string): Promise<string> {
    await this.options.control.assertReady();
    return resolveIdPrefix(this.options.control, kind, idOrPrefix);
  }

  private async deps(): Promise<CreateDeps> {
    const { config, control, pools, logger, events } = this.options;
    return {
      config,
      control,
      pools,
      logger,
      ...(events ? { events } : {}),
      ledger: this.ledger,
      queue: await this.options.queue(),
    };
  }
}
