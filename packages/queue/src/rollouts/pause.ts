import { InvalidInput, NotFound, type RolloutLedger } from '@tenantry/core';

/** Pauses a running rollout: its queued runs wait (their jobs are skipped), running runs finish. */
export async function pauseRollout(ledger: RolloutLedger, rolloutId: string): Promise<void> {
  const summary = await ledger.getRollout(rolloutId);
  if (!summary) throw new NotFound(`no rollout ${rolloutId}`);
  if (!(await ledger.pause(rolloutId)))
    throw new InvalidInput(`rollout ${rolloutId} is ${summary.status}: only a running rollout can be paused`);
}
