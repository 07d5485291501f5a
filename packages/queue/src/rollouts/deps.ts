import type { ControlDb, Logger, PoolRegistry, RolloutLedger, TenantryConfig } from '@tenantry/core';
import type { TenantryQueue } from '../queues.js';

/**
 * What moves a rollout along, wherever it is moved from (the worker after a run, the reconciler,
 * the CLI, the API): the config, the ledger that records the rollout, the queue its runs go to.
 */
export interface RolloutDeps {
  config: TenantryConfig;
  ledger: RolloutLedger;
  queue: TenantryQueue;
  logger: Logger;
}

/**
 * What creating a rollout needs besides: the control database (the tenant registry, backups)
 * and pools to the platform databases (planning reads each tenant's real version).
 */
export interface CreateDeps extends RolloutDeps {
  control: ControlDb;
  pools: PoolRegistry;
}
