import { InvalidInput } from '../errors.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';

/** How a rollout is staged, as asked (numbers, or percentages of the fleet). */
export interface StageRequest {
  canary?: string | number;
  waveSize?: string | number;
  maxFailures?: string | number;
}

/** How a rollout is staged, resolved against its number of tenants. */
export interface Stages {
  /** tenants in wave 0; the rollout goes on only when all of them succeeded (0: no canary) */
  canary: number;
  /** tenants per wave after the canary */
  waveSize: number;
  /** failed tenants at which the rollout halts (null: never) */
  maxFailures: number | null;
}

/** A count, or a percentage (`10%`) of `total`, rounded up. Bad values are input errors. */
export function parseAmount(name: string, value: string | number, total: number, allowZero = false): number {
  const text = String(value).trim();
  const match = /^(\d{1,9})(%?)$/.exec(text);
  if (!match) throw new InvalidInput(`--${name} must be a number or a percentage, not ${JSON.stringify(text.slice(0, 20))}`);
  const number = Number(match[1]);
  if (match[2] === '%') {
    if (number > 100) throw new InvalidInput(`--${name} ${text} is over 100%`);
    return Math.ceil((number / 100) * total);
  }
  if (!allowZero && number === 0) throw new InvalidInput(`--${name} must be at least 1`);
  return number;
}

/**
 * Resolves the stages of a rollout of `tenants` tenants. Defaults, safe for a large fleet: a
 * canary of 1% (1 to 10 tenants) from 50 tenants up, then waves of 10% (at least 50), halting at
 * 2% failed tenants (at least 5).
 */
export function resolveStages(request: StageRequest, tenants: number): Stages {
  const canary = request.canary !== undefined ? parseAmount('canary', request.canary, tenants, true) : tenants >= 50 ? Math.min(10, Math.max(1, Math.ceil(tenants / 100))) : 0;
  if (canary > tenants) throw new InvalidInput(`--canary ${canary} is larger than the fleet (${tenants} tenant${tenants === 1 ? '' : 's'})`);
  const waveSize = request.waveSize !== undefined ? parseAmount('wave-size', request.waveSize, tenants) : Math.max(50, Math.ceil(tenants / 10));
  const maxFailures = request.maxFailures !== undefined ? parseAmount('max-failures', request.maxFailures, tenants) : Math.max(5, Math.ceil(tenants / 50));
  return { canary, waveSize: Math.max(1, waveSize), maxFailures };
}

/**
 * Puts each run in a wave by its tenant: the first `canary` tenants in wave 0, then `waveSize`
 * tenants per wave. Runs of one tenant (its platforms, a saga) share a wave.
 */
export function assignWaves(runs: PlannedRun[], stages: Stages): void {
  const tenants = [...new Set(runs.filter((r) => r.scope !== 'shared').map((r) => r.tenant))];
  const waveOf = new Map<string, number>();
  tenants.forEach((tenant, i) => {
    waveOf.set(tenant, i < stages.canary ? 0 : (stages.canary > 0 ? 1 : 0) + Math.floor((i - stages.canary) / stages.waveSize));
  });
  for (const run of runs) run.wave = run.scope === 'shared' ? 0 : (waveOf.get(run.tenant) ?? 0);
}
