import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { LifecycleEventMap, LifecycleEventName } from './event-map.js';

export type LifecycleListener<E extends LifecycleEventName> = (
  payload: Readonly<LifecycleEventMap[E]>,
) => void | Promise<void>;
export type AnyLifecycleListener = <E extends LifecycleEventName>(
  event: E,
  payload: Readonly<LifecycleEventMap[E]>,
) => void | Promise<void>;

/**
 * The process's one emitter of lifecycle events. Emitting is synchronous and safe: a listener
 * that throws, or whose promise rejects, is logged and ignored, so an event never changes a run's
 * outcome nor delays it (a listener with slow work, a webhook delivery, starts it and returns).
 */
export class LifecycleEvents {
  private readonly listeners = new Map<LifecycleEventName, Set<LifecycleListener<never>>>();
  private readonly anyListeners = new Set<AnyLifecycleListener>();

  constructor(private readonly logger: Logger) {}

  /** Listens to one event; returns the function that stops listening. */
  on<E extends LifecycleEventName>(event: E, listener: LifecycleListener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Listens to every event (the logs, the webhooks); returns the function that stops listening. */
  onAny(listener: AnyLifecycleListener): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  emit<E extends LifecycleEventName>(event: E, payload: LifecycleEventMap[E]): void {
    // one listener must not change what the next one sees
    const frozen = Object.freeze({ ...payload }) as Readonly<LifecycleEventMap[E]>;
    for (const listener of this.listeners.get(event) ?? [])
      this.call(event, () => (listener as LifecycleListener<E>)(frozen));
    for (const listener of this.anyListeners) this.call(event, () => listener(event, frozen));
  }

  private call(event: LifecycleEventName, invoke: () => void | Promise<void>): void {
    try {
      const result = invoke();
      if (result && typeof result.then === 'function')
        result.then(undefined, (error: unknown) => this.failed(event, error));
    } catch (error) {
      this.failed(event, error);
    }
  }

  private failed(event: LifecycleEventName, error: unknown): void {
    try {
      this.logger.error({ event, err: errorMessage(error) }, 'lifecycle event listener failed (ignored)');
    } catch {
      // a logger that throws must not take the emitter down either
    }
  }
}
