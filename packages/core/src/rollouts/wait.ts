import { performance } from 'node:perf_hooks';
import { NotFound, TenantryError } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { RolloutLedger, type RolloutSummary, type RunRecord } from '../ledger/rollout-ledger.js';
import { listenForStatus } from './status-signal.js';
import { unreachableOrGone } from '../ledger/owed-write.js';

/**
 * How long a follower of a rollout waits before its next poll: `baseMs`, or ten times what the
 * last poll took when that is longer. A poll counts the rollout's runs (a tenth of a second or
 * more at tens of thousands of runs), so a follower never costs the control database more than
 * about a tenth of one core; a status change still wakes it at once.
 */
export function pollInterval(baseMs: number, lastPollMs: number): number {
  return Math.max(baseMs, 10 * lastPollMs);
}

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
      let pollMs: number;
      const polled = performance.now();
      try {
        summary = await ledger.getRollout(rolloutId);
        pollMs = performance.now() - polled;
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
      await signal.wait(pollInterval(options.intervalMs ?? 1_000, pollMs));
    }
  } finally {
    await signal.close();
  }
}
