import { errorMessage, type RunError, type RunRecord, type RunResult } from '@tenantry/core';
import { emitRunGivenUp, emitRunOutcome, owedWrite } from '@tenantry/core/internal';
import { compensateRun } from './compensation.js';
import { eventsOf, type RolloutDeps } from './deps.js';
import { followRun } from './follow-up.js';

/**
 * How a run's job ended, as far as its rollout is concerned:
 * - `finished`: the run protocol wrote a result (`partial`: a failure that may have left the
 *   tenant between versions, a non-transactional step having committed);
 * - `gave-up`: its last attempt ended in an error, with no result: it may have died after a
 *   non-transactional step committed, so it is treated as partial.
 * `result` and `error` are what the run's events report (run:succeeded, run:failed, compensation:done).
 */
export type RunEnding =
  | { kind: 'finished'; runId: string; record?: RunRecord; result?: RunResult; succeeded: boolean; partial: boolean }
  | { kind: 'gave-up'; runId: string; error?: RunError };

/** What follows a run: a compensating run first (when the tenant may be between versions), then its rollout moved on. */
export interface FollowUp {
  compensate: boolean;
  succeeded: boolean;
}

export function followUpOf(ending: RunEnding): FollowUp {
  if (ending.kind === 'gave-up') return { compensate: true, succeeded: false };
  if (ending.succeeded) return { compensate: false, succeeded: true };
  return { compensate: ending.partial, succeeded: false };
}

/**
 * Everything that follows a run, decided here and nowhere else. After a result, what follows is
 * owed to the ledger like the result itself: the job is not finished before it is written (a
 * write that cannot be made is thrown). After an attempt that gave up, each step is tried and
 * its failure logged: the job fails either way.
 */
export async function endRun(deps: RolloutDeps, ending: RunEnding): Promise<void> {
  const next = followUpOf(ending);
  if (ending.kind === 'finished') {
    if (ending.result) emitRunOutcome(eventsOf(deps), ending.result, ending.record); // [event: run:succeeded | run:failed | compensation:done]
    const owe = (what: string, write: () => Promise<void>) => owedWrite(what, write, { logger: deps.logger });
    if (next.compensate) await owe('compensation', () => compensateRun(deps, ending.runId));
    await owe(next.succeeded ? 'what follows a run' : 'what follows a failed run', () =>
      followRun(deps, ending.record ?? ending.runId, next.succeeded),
    );
    return;
  }
  const { runId } = ending;
  // [event: run:failed | compensation:done]
  await deps.ledger.getRun(runId).then(
    (run) => emitRunGivenUp(eventsOf(deps), run, ending.error ?? { code: 'ERROR', message: 'its last attempt failed' }),
    (e: unknown) =>
      deps.logger.error({ runId, err: errorMessage(e) }, 'could not read the run given up for its events'),
  );
  await compensateRun(deps, runId).catch((e: unknown) =>
    deps.logger.error({ runId, err: errorMessage(e) }, 'could not enqueue compensation'),
  );
  await followRun(deps, runId, false).catch((e: unknown) =>
    deps.logger.error({ runId, err: errorMessage(e) }, 'could not release dependent runs'),
  );
}

/**
 * What follows a failed run whose worker died before writing it (the reconciler, from the
 * ledger): its compensation when the run may have left its tenant between versions (its recorded
 * version differs from the one it found, or it gave up with none recorded), then what follows
 * any failure. Every step is idempotent, so a worker declared dead too early does no harm.
 */
export async function endAbandonedFailure(deps: RolloutDeps, run: RunRecord): Promise<void> {
  const partial = run.toVersion === null || run.toVersion !== run.fromVersion;
  if (partial) await compensateRun(deps, run.id);
  await followRun(deps, run, false);
}
