import { RolloutService, openQueueStore, type QueueStore, type TenantryQueue } from '@tenantry/queue';
import type { CliContext } from './context.js';

/**
 * The rollout service on the command's connections. The queue is opened, and checked to answer
 * (ServiceUnreachable, exit 2), by the first operation that enqueues, before it reads or writes
 * anything; `close` closes it.
 */
export class CliRollouts {
  readonly service: RolloutService;
  private store: QueueStore | undefined;

  constructor(private readonly ctx: CliContext) {
    this.service = new RolloutService({ config: ctx.config, control: ctx.control, pools: ctx.pools, logger: ctx.logger, queue: () => this.queue() });
  }

  async queue(): Promise<TenantryQueue> {
    if (!this.store) {
      this.store = openQueueStore(this.ctx.config, { connectionName: 'tenantry cli' });
      await this.store.assertReachable();
    }
    return this.store.runQueue();
  }

  async close(): Promise<void> {
    await this.store?.close();
  }
}
