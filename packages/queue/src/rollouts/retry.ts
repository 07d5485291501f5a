import { InvalidInput, type BackupStrategy } from '@tenantry/core';
import { createRollout, type EnqueuedRollout } from './create.js';
import type { CreateDeps } from './deps.js';

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
  deps: CreateDeps,
  rolloutId: string,
  requestedBy?: string,
): Promise<RetriedRollout> {
  const failed = await deps.ledger.getRollout(rolloutId);
  if (!failed || failed.status !== 'failed')
    throw new InvalidInput(
      `rollout ${rolloutId} is ${failed?.status ?? 'missing'}: only a failed rollout's tenants can be retried`,
    );
  const tenants = await deps.ledger.unfinishedTenants(rolloutId);
  if (tenants.length === 0)
    throw new InvalidInput(
      `rollout ${rolloutId} failed in shared runs only: run the rollout again (tenantry ${failed.kind} --to ${failed.target})`,
    );
  const options = failed.options as {
    platforms?: string[];
    backup?: BackupStrategy;
    fromBackup?: boolean;
    selection?: { includePinned?: boolean; includeHeld?: boolean };
  };
  const retry = await createRollout(deps, {
    kind: failed.kind,
    target: failed.target,
    platforms: options.platforms ?? [],
    tenants,
    ...(options.backup ? { backup: options.backup } : {}),
    ...(options.fromBackup ? { fromBackup: true } : {}),
    // tenants the failed rollout moved despite a pin or hold are retried the same way
    ...(options.selection?.includePinned ? { includePinned: true } : {}),
    ...(options.selection?.includeHeld ? { includeHeld: true } : {}),
    options: { retryOf: rolloutId },
    ...(requestedBy ? { requestedBy } : {}),
  });
  return { ...retry, retryOf: rolloutId, tenants };
}
