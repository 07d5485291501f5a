import type { Notifier, QueueStore, RolloutService, TenantryQueue } from '@tenantry/queue';
import type * as QueuePackage from '@tenantry/queue';
import type { CliContext } from './context.js';

/**
 * The rollout service on the command's connections. The queue is opened, and checked to answer
 * (ServiceUnreachable, exit 2), by the first operation that enqueues, before it reads or writes
 * anything; `close` closes it. The rollout's lifecycle events (rollout:started, rollout:finished
 * of an abort) go to the logs and the webhooks, as a worker's do; its creation is traced when
 * tracing is configured.
 */
export class CliRollouts {
  readonly service: RolloutService;
  private store: QueueStore | undefined;
  private checked = false;
  private readonly notifier: Notifier;

  /** The queue package is loaded here, by the commands that enqueue or follow rollouts, not at start-up. */
  static async open(ctx: CliContext): Promise<CliRollouts> {
    return new CliRollouts(ctx, await import('@tenantry/queue'));
  }

  private constructor(
    private readonly ctx: CliContext,
    private readonly queuePackage: typeof QueuePackage,
  ) {
    const { RolloutService, createNotifier } = queuePackage;
    ctx.startTracing();
    // webhook deliveries need the queue's server, not its check: a plain abort works without one
    this.notifier = createNotifier(ctx.config, () => this.openStore().notificationQueue(), ctx.logger);
    this.service = new RolloutService({
      config: ctx.config,
      control: ctx.control,
      pools: ctx.pools,
      logger: ctx.logger,
      queue: () => this.queue(),
      events: this.notifier.events,
    });
  }

  /** The queue's job priorities (the queue package's, loaded with it). */
  get priority(): (typeof QueuePackage)['PRIORITY'] {
    return this.queuePackage.PRIORITY;
  }

  async queue(): Promise<TenantryQueue> {
    const store = this.openStore();
    if (!this.checked) {
      await store.assertReachable();
      this.checked = true;
    }
    return store.runQueue();
  }

  private openStore(): QueueStore {
    this.store ??= this.queuePackage.openQueueStore(this.ctx.config, { connectionName: 'tenantry cli' });
    return this.store;
  }

  async close(): Promise<void> {
    await this.notifier.flush(); // the events' webhook deliveries are queued before the queue closes
    this.notifier.close();
    await this.store?.close();
  }
}
