import { ROLLOUT_STATUSES, RUN_STATUSES, type RolloutStatus, type RunStatus } from '../types.js';

/**
 * The statuses as the ledger's statements write them: quoted SQL literals, built from the one list
 * in types.ts. Literals rather than parameters: the partial indexes (runs_open, runs_wave,
 * runs_failed, runs_open_wave) are only used when a statement's predicate names the same
 * literals as theirs.
 */
function literals<S extends string>(statuses: readonly S[]): { readonly [K in S]: string } {
  return Object.fromEntries(statuses.map((status) => [status, `'${status}'`])) as { [K in S]: string };
}

export const RUN: { readonly [S in RunStatus]: string } = literals(RUN_STATUSES);
export const ROLLOUT: { readonly [S in RolloutStatus]: string } = literals(ROLLOUT_STATUSES);

/** A run with work left: waiting, queued or running (the predicate of the runs_open index). */
export const OPEN_RUN_STATUSES = ['waiting', 'queued', 'running'] as const satisfies readonly RunStatus[];
/** A run that may still start: queued, or running (a retry of a run whose worker died). */
export const CLAIMABLE_RUN_STATUSES = ['queued', 'running'] as const satisfies readonly RunStatus[];
/** A rollout a resume can start again. */
export const RESUMABLE_ROLLOUT_STATUSES = ['paused', 'halted'] as const satisfies readonly RolloutStatus[];
/** A rollout that has ended. */
export const ENDED_ROLLOUT_STATUSES = ['succeeded', 'failed', 'cancelled'] as const satisfies readonly RolloutStatus[];

/** SQL lists of those sets, for `status IN (...)`. */
export const OPEN_RUNS = OPEN_RUN_STATUSES.map((s) => RUN[s]).join(', ');
export const CLAIMABLE_RUNS = CLAIMABLE_RUN_STATUSES.map((s) => RUN[s]).join(', ');
export const ENDED_ROLLOUTS = ENDED_ROLLOUT_STATUSES.map((s) => ROLLOUT[s]).join(', ');

export function isResumable(status: RolloutStatus): boolean {
  return (RESUMABLE_ROLLOUT_STATUSES as readonly RolloutStatus[]).includes(status);
}

/** Every run status at zero: a rollout's counts before its runs are counted. */
export function emptyRunCounts(): Record<RunStatus, number> {
  return Object.fromEntries(RUN_STATUSES.map((status) => [status, 0])) as Record<RunStatus, number>;
}
