import { NotFound, TenantryError } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { RolloutLedger, type RolloutSummary, type RunRecord } from '../ledger/rollout-ledger.js';
import { listenForStatus } from './status-signal.js';
import { unreachableOrGone } from '../ledger/owed-write.js';

export interface RolloutOutcome {
  summary: RolloutSummary;
  failed: RunRecord[];
}

/**
 * Waits until a rollout is no longer running, woken by its status change (or polling every
 * `intervalMs` where that cannot be heard); returns its summary and failed runs.
 */
export async function waitForRollout(
  control: ControlDb,
  rolloutId: string,
  options: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<RolloutOutcome> {
  const ledger = new RolloutLedger(control);
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
  const signal = await listenForStatus(control, rolloutId);
  try {
    for (;;) {
      let summary: RolloutSummary | undefined;
      try {
        summary = await ledger.getRollout(rolloutId);
      } catch (error) {
        // an outage of the control database is waited out, as workers wait it out (within timeoutMs)
        if (!unreachableOrGone(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      if (!summary) throw new NotFound(`no rollout ${rolloutId}`);
      if (summary.status !== 'running')
        return { summary, failed: summary.counts.failed > 0 ? await ledger.listRuns(rolloutId, 'failed') : [] };
      if (Date.now() > deadline)
        throw new TenantryError('TIMEOUT', `rollout ${rolloutId} is still running after ${options.timeoutMs} ms`);
      await signal.wait(options.intervalMs ?? 1_000);
    }
  } finally {
    await signal.close();
  }
}
