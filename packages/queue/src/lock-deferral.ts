import type { Job } from 'bullmq';
import {
  errorMessage,
  getPlatform,
  redactSecrets,
  type LockWaits,
  type Logger,
  type RolloutLedger,
  type TenantryConfig,
} from '@tenantry/core';
import type { RunJobData } from './job-data.js';
import type { TenantryJobData } from './queues.js';

export interface LockDeferralDeps {
  config: TenantryConfig;
  ledger: RolloutLedger;
  logger: Logger;
  workerId: string;
}

/**
 * A run whose tries all met lock timeouts (LOCK_RETRIES_EXHAUSTED: its transaction rolled back,
 * its tenant as it was) is deferred to later in the rollout, as a busy tenant is: its job delayed
 * by one to two of its platform's `lockRetry.maxDelayMs`, no attempt spent, while the rest of the
 * rollout goes on. What it lost to lock waits is added to its ledger row either way. False once
 * its platform's `lockRetry.deferrals` are spent (the run itself then returns its failure as
 * data, migrate-run.ts; false here only when it raced another worker): the caller fails it.
 */
export async function deferForLocks(
  deps: LockDeferralDeps,
  job: Job<TenantryJobData>,
  data: RunJobData,
  error: unknown,
  token: string | undefined,
): Promise<boolean> {
  const { lockRetry } = getPlatform(deps.config, data.platform);
  const waits = (error as { waits?: LockWaits }).waits ?? { timeouts: 0, waitMs: 0 };
  const noted = await deps.ledger.noteLockDeferral(data.runId, waits, lockRetry.deferrals);
  if (!noted?.deferred) return false;
  const { deferrals } = noted;
  const message = redactSecrets(errorMessage(error));
  await deps.ledger.recordRunError(data.runId, { code: 'LOCK_RETRIES_EXHAUSTED', message }, false, deps.workerId);
  const delay = lockRetry.maxDelayMs + Math.floor(Math.random() * lockRetry.maxDelayMs);
  deps.logger.info(
    { runId: data.runId, platform: data.platform, tenant: data.tenant, deferrals, delay },
    `run deferred: its locks were not available (${deferrals} of ${lockRetry.deferrals} deferrals)`,
  );
  await job.moveToDelayed(Date.now() + delay, token);
  return true;
}
