import { TenantryError } from '../errors.js';

/** Every session slot of this worker stayed taken for as long as a run may wait: the run is deferred. */
export class SessionSlotsBusy extends TenantryError {
  constructor(waitedMs: number) {
    super(
      'CONNECTION_BUDGET_BUSY',
      `every tenant session of this worker stayed busy for ${waitedMs} ms: the run goes back to the queue`,
    );
  }
}

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
export class SessionSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.free = size;
  }

  /** A slot, held until the returned release is called (once). */
  async acquire(options: { waitMs?: number; signal?: AbortSignal } = {}): Promise<() => void> {
    options.signal?.throwIfAborted();
    if (this.free > 0) {
      this.free -= 1;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const granted = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const giveUp = (error: unknown) => {
        const at = this.waiting.indexOf(granted);
        if (at >= 0) this.waiting.splice(at, 1);
        options.signal?.removeEventListener('abort', onAbort);
        clearTimeout(timer);
        reject(error);
      };
      const onAbort = () => giveUp(options.signal?.reason);
      const timer =
        options.waitMs === undefined
          ? undefined
          : setTimeout(() => giveUp(new SessionSlotsBusy(options.waitMs!)), options.waitMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(granted);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // handed straight to the next waiter, or counted free
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}
