import {
  BackupLedger,
  ControlDb,
  PoolRegistry,
  RolloutLedger,
  TenantRegistry,
  silentLogger,
  waitForRollout,
  type Logger,
  type RolloutOutcome,
  type RolloutRequest,
  type TenantryConfig,
} from '@tenantry/core';
import { openQueueStore, type QueueStore } from '../backend.js';
import { enqueueRollout, type EnqueueOptions } from '../producer.js';
import type { TenantryQueue } from '../queues.js';
import { createNotifier, type Notifier } from '../notifications/notifier.js';

export interface ApiOptions {
  logger?: Logger;
}

export interface RolloutHandle {
  rolloutId: string;
  runs: number;
  targets: Array<{ platform: string; version: string; release?: string }>;
  /** open rollouts over the same tenants it aborted (request.supersede) */
  superseded: Array<{ id: string; cancelled: number }>;
  /** the queue refused the jobs: the rollout stands in the ledger, and the reconciler queues it */
  queueError?: string;
  /** present when the call waited for the rollout to finish */
  outcome?: RolloutOutcome;
}

export interface WaitOptions {
  /** wait until the rollout finishes (the ledger says so) */
  wait?: boolean;
  timeoutMs?: number;
}

/**
 * What the API classes share: the config, the control database, pools to the platform
 * databases and the queue, each made on first use. `close()` releases them.
 */
export class ApiContext {
  readonly logger: Logger;
  private controlDb: ControlDb | undefined;
  private poolRegistry: PoolRegistry | undefined;
  private store: QueueStore | undefined;
  private notifier: Notifier | undefined;

  constructor(
    readonly config: TenantryConfig,
    options: ApiOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
  }

  get control(): ControlDb {
    this.controlDb ??= new ControlDb(this.config, { max: 4, applicationName: 'tenantry api' });
    return this.controlDb;
  }

  get pools(): PoolRegistry {
    this.poolRegistry ??= new PoolRegistry(4, { applicationName: 'tenantry api' });
    return this.poolRegistry;
  }

  get registry(): TenantRegistry {
    return new TenantRegistry(this.control);
  }

  get ledger(): RolloutLedger {
    return new RolloutLedger(this.control);
  }

  get backups(): BackupLedger {
    return new BackupLedger(this.control);
  }

  async queue(): Promise<TenantryQueue> {
    if (!this.store) {
      const store = openQueueStore(this.config, { connectionName: 'tenantry api' });
      await store.assertReachable();
      this.store = store;
    }
    return this.store.runQueue();
  }

  /** Validates, writes to the ledger, enqueues; waits for the outcome when asked. */
  async startRollout(request: RolloutRequest & EnqueueOptions, options: WaitOptions = {}): Promise<RolloutHandle> {
    const queue = await this.queue();
    await this.control.assertReady();
    const store = this.store!;
    this.notifier ??= createNotifier(this.config, () => store.notificationQueue(), this.logger);
    const rollout = await enqueueRollout(this.config, this.control, this.pools, queue, { events: this.notifier.events, ...request });
    const handle: RolloutHandle = { rolloutId: rollout.rolloutId, runs: rollout.runs.length, targets: rollout.plan.targets, superseded: rollout.superseded, ...(rollout.queueError ? { queueError: rollout.queueError } : {}) };
    if (options.wait) handle.outcome = await waitForRollout(this.control, rollout.rolloutId, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
    return handle;
  }

  async close(): Promise<void> {
    await this.notifier?.flush();
    this.notifier?.close();
    await this.store?.close();
    await this.poolRegistry?.close();
    await this.controlDb?.close();
  }
}
