import { TenantryError } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { RolloutLedger, type RolloutSummary, type RunRecord } from '../ledger/rollout-ledger.js';

export interface RolloutOutcome {
  summary: RolloutSummary;
  failed: RunRecord[];
}

/** Polls the ledger until a rollout is no longer running; returns its summary and failed runs. */
export async function waitForRollout(control: ControlDb, rolloutId: string, options: { intervalMs?: number; timeoutMs?: number } = {}): Promise<RolloutOutcome> {
  const ledger = new RolloutLedger(control);
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
  for (;;) {
    const summary = await ledger.getRollout(rolloutId);
    if (!summary) throw new TenantryError('NOT_FOUND', `no rollout ${rolloutId}`, { exitCode: 2 });
    if (summary.status !== 'running') return { summary, failed: summary.counts.failed > 0 ? await ledger.listRuns(rolloutId, 'failed') : [] };
    if (Date.now() > deadline) throw new TenantryError('TIMEOUT', `rollout ${rolloutId} is still running after ${options.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}
