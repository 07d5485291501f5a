import {
  LifecycleEvents,
  type ControlDb,
  type Logger,
  type PoolRegistry,
  type RolloutLedger,
  type TenantryConfig,
} from '@tenantry/core';
import { logLifecycleEvents } from '@tenantry/core/internal';
import type { TenantryQueue } from '../queues.js';

/**
 * What moves a rollout along, wherever it is moved from (the worker after a run, the reconciler,
 * the CLI, the API): the config, the ledger that records the rollout, the queue its runs go to,
 * and the process's lifecycle events (the logs, the webhooks).
 */
export interface RolloutDeps {
  config: TenantryConfig;
  ledger: RolloutLedger;
  queue: TenantryQueue;
  logger: Logger;
  /** where rollout:* and run:* events are emitted; absent, they are only logged (eventsOf) */
  events?: LifecycleEvents;
}

/**
 * What creating a rollout needs besides: the control database (the tenant registry, backups)
 * and pools to the platform databases (planning reads each tenant's real version).
 */
export interface CreateDeps extends RolloutDeps {
  control: ControlDb;
  pools: PoolRegistry;
}

const logOnly = new WeakMap<Logger, LifecycleEvents>();

/** The deps' emitter; without one, an emitter that only logs (a rollout's lifecycle is never silent). */
export function eventsOf(deps: Pick<RolloutDeps, 'events' | 'logger'>): LifecycleEvents {
  if (deps.events) return deps.events;
  let events = logOnly.get(deps.logger);
  if (!events) {
    events = new LifecycleEvents(deps.logger);
    logLifecycleEvents(events, deps.logger);
    logOnly.set(deps.logger, events);
  }
  return events;
}
