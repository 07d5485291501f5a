import { hostname, userInfo } from 'node:os';
import {
  AuditLog,
  BackupLedger,
  TenantryError,
  errorMessage,
  redactSecrets,
  type AuditActor,
  ControlDb,
  PoolRegistry,
  RolloutLedger,
  TenantRegistry,
  silentLogger,
  waitForRollout,
  type Logger,
  type RolloutOutcome,
  type RolloutRequest,
  type SkippedTenant,
  type TenantryConfig,
} from '@tenantry/core';
import { openQueueStore, type QueueStore } from '../backend.js';
import type { TenantryQueue } from '../queues.js';
import type { CreatedRollout, EnqueueOptions } from '../rollouts/create.js';
import { RolloutService } from '../rollouts/service.js';
import { createNotifier, type Notifier } from '../notifications/notifier.js';

export interface ApiOptions {
  logger?: Logger;
  /** who acts, for the audit trail (default: the OS user running the process) */
  actor?: string;
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export interface RolloutHandle {
  rolloutId: string;
  runs: number;
  targets: Array<{ platform: string; version: string; release?: string }>;
  /** open rollouts over the same tenants it aborted (request.supersede) */
  superseded: Array<{ id: string; cancelled: number }>;
  /** runs left out because the ledger shows their tenant at the target (none with request.recheck) */
  skippedAtTarget: number;
  /** the queue refused the jobs: the rollout stands in the ledger, and the reconciler queues it */
  queueError?: string;
  /** selected tenants the rollout leaves where they are (pinned at another version, held) */
  skipped: SkippedTenant[];
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
  readonly actor: AuditActor;
  private controlDb: ControlDb | undefined;
  private poolRegistry: PoolRegistry | undefined;
  private store: QueueStore | undefined;
  private queueChecked = false;
  private service: RolloutService | undefined;
  private notifier: Notifier | undefined;

  constructor(
    readonly config: TenantryConfig,
    options: ApiOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.actor = { actor: options.actor ?? osUser(), source: 'api', origin: hostname() };
  }

  /**
   * Runs an operator action and appends it to the audit trail, whichever way it ends (refused:
   * bad input, nothing changed). An entry that cannot be written is logged, never thrown.
   */
  async audited<T>(
    action: string,
    target: string | null,
    act: () => Promise<T>,
    targetOf?: (result: T) => string,
  ): Promise<T> {
    let result: T;
    try {
      result = await act();
    } catch (error) {
      const refused = error instanceof TenantryError && error.exitCode === 2;
      await this.record(action, target, refused ? 'refused' : 'failed', {
        error: redactSecrets(errorMessage(error)).slice(0, 1000),
      });
      throw error;
    }
    await this.record(action, targetOf ? targetOf(result) : target, 'ok', {});
    return result;
  }

  private async record(
    action: string,
    target: string | null,
    outcome: 'ok' | 'failed' | 'refused',
    details: Record<string, unknown>,
  ): Promise<void> {
    if (!this.controlDb) return; // it never reached the ledger: nothing happened to audit
    await new AuditLog(this.controlDb)
      .record({ ...this.actor, action, target, outcome, details })
      .catch((error: unknown) =>
        this.logger.warn({ action, err: errorMessage(error) }, 'API action not in the audit trail'),
      );
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

  /** The rollout service: the same operations as the CLI's, on this context's connections. */
  get rollouts(): RolloutService {
    // the rollouts' lifecycle events go to the logs and the webhooks, as a worker's do
    this.notifier ??= createNotifier(this.config, () => this.openStore().notificationQueue(), this.logger);
    this.service ??= new RolloutService({
      config: this.config,
      control: this.control,
      pools: this.pools,
      logger: this.logger,
      queue: () => this.queue(),
      events: this.notifier.events,
    });
    return this.service;
  }

  async queue(): Promise<TenantryQueue> {
    const store = this.openStore();
    if (!this.queueChecked) {
      await store.assertReachable();
      this.queueChecked = true;
    }
    return store.runQueue();
  }

  /** The queue's store, unchecked: webhook deliveries of an operation that needs no queue (a plain abort). */
  private openStore(): QueueStore {
    this.store ??= openQueueStore(this.config, { connectionName: 'tenantry api' });
    return this.store;
  }

  /** Validates, writes to the ledger, enqueues; waits for the outcome when asked. */
  async startRollout(request: RolloutRequest & EnqueueOptions, options: WaitOptions = {}): Promise<RolloutHandle> {
    const rollout = await this.audited(
      request.kind,
      null,
      () => this.rollouts.create(request),
      (r) => r.rolloutId,
    );
    return {
      ...(await this.handle(rollout, rollout.plan.targets, options, rollout.plan.skippedAtTarget)),
      skipped: rollout.plan.skipped,
    };
  }

  /** The handle of a rollout just created, after its outcome when asked to wait. */
  async handle(
    rollout: CreatedRollout,
    targets: RolloutHandle['targets'],
    options: WaitOptions,
    skippedAtTarget = 0,
  ): Promise<RolloutHandle> {
    const handle: RolloutHandle = {
      rolloutId: rollout.rolloutId,
      runs: rollout.runs.length,
      skippedAtTarget,
      targets,
      superseded: rollout.superseded,
      skipped: [],
      ...(rollout.queueError ? { queueError: rollout.queueError } : {}),
    };
    if (options.wait) handle.outcome = await this.waitFor(rollout.rolloutId, options);
    return handle;
  }

  /** Waits until the ledger says the rollout finished (or the timeout passed). */
  waitFor(rolloutId: string, options: WaitOptions): Promise<RolloutOutcome> {
    return waitForRollout(this.control, rolloutId, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  }

  async close(): Promise<void> {
    await this.notifier?.flush(); // the events' webhook deliveries are queued before the queue closes
    this.notifier?.close();
    await this.store?.close();
    await this.poolRegistry?.close();
    await this.controlDb?.close();
  }
}
