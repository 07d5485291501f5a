import type { Queue } from 'bullmq';
import { InvalidInput, RolloutLedger, type BackupStrategy, type ControlDb, type PoolRegistry, type TenantryConfig } from '@tenantry/core';
import { enqueueRollout, type EnqueuedRollout } from './producer.js';
import type { TenantryJobData } from './queues.js';

export interface RetriedRollout extends EnqueuedRollout {
  /** the finished rollout whose tenants are retried */
  retryOf: string;
  tenants: string[];
}

/**
 * Retries the tenants a finished, failed rollout did not bring to its target, as a new rollout
 * (same kind, target, platforms and backup strategy; `options.retryOf` names the old one). A new
 * rollout, not the old one re-opened: the failed rollout's record (errors, finish time) stays as
 * it happened, and the retry is planned afresh from each tenant's real version, so a tenant
 * whose saga was compensated redoes all its platforms and one already at target is a no-op.
 */
export async function retryFailedTenants(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  requestedBy?: string,
): Promise<RetriedRollout> {
  const ledger = new RolloutLedger(control);
  const failed = await ledger.getRollout(rolloutId);
  if (!failed || failed.status !== 'failed') throw new InvalidInput(`rollout ${rolloutId} is ${failed?.status ?? 'missing'}: only a failed rollout's tenants can be retried`);
  const tenants = await ledger.unfinishedTenants(rolloutId);
  if (tenants.length === 0) throw new InvalidInput(`rollout ${rolloutId} failed in shared runs only: run the rollout again (tenantry ${failed.kind} --to ${failed.target})`);
  const options = failed.options as { platforms?: string[]; backup?: BackupStrategy; fromBackup?: boolean };
  const retry = await enqueueRollout(config, control, pools, queue, {
    kind: failed.kind,
    target: failed.target,
    platforms: options.platforms ?? [],
    tenants,
    ...(options.backup ? { backup: options.backup } : {}),
    ...(options.fromBackup ? { fromBackup: true } : {}),
    options: { retryOf: rolloutId },
    ...(requestedBy ? { requestedBy } : {}),
  });
  return { ...retry, retryOf: rolloutId, tenants };
}
