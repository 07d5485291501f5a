import { TenantryError } from '../errors.js';
import type { RunResult } from '../types.js';

/**
 * Why a run was stopped before it finished:
 * - deadline: it ran past platforms.X.runTimeoutMs; it fails for good (a runaway stays one)
 * - aborted: its rollout was aborted (`rollout abort`); it is cancelled
 * - shutdown: its worker is stopping; it is retried, on another worker
 */
export type StopReason = 'deadline' | 'aborted' | 'shutdown';

export class RunStopped extends TenantryError {
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(reason === 'deadline' ? 'RUN_DEADLINE' : reason === 'aborted' ? 'RUN_CANCELLED' : 'RUN_INTERRUPTED', message);
  }
}

/** After a stop, how long the run's statement may take to answer its cancel before its session is ended. */
const TERMINATE_AFTER_MS = 5_000;

/**
 * A run's deadline and stop switch. Stopping aborts `signal` (the run's migration code, in its
 * build thread, is ended at once; its next statement is not sent), cancels the statement its
 * session is running (`pg_cancel_backend`: the transaction rolls back, the session and its lock
 * stay with the run, which records what it left), and, should the session not answer, ends it
 * (`pg_terminate_backend`: the server rolls back and frees the lock).
 */
export class RunGuard {
  private readonly controller = new AbortController();
  private readonly timers: NodeJS.Timeout[] = [];
  private session?: { cancel: () => Promise<unknown>; terminate: () => Promise<unknown> };
  stopped?: RunStopped;

  constructor(deadlineMs: number, external?: AbortSignal) {
    const timer = setTimeout(
      () =>
        this.stop(
          new RunStopped(
            'deadline',
            `the run exceeded its deadline of ${formatMs(deadlineMs)} (platforms.<platform>.runTimeoutMs) and was stopped`,
          ),
        ),
      deadlineMs,
    );
    timer.unref();
    this.timers.push(timer);
    if (external) {
      const onStop = () =>
        this.stop(
          external.reason instanceof RunStopped ? external.reason : new RunStopped('aborted', String(external.reason)),
        );
      if (external.aborted) onStop();
      else external.addEventListener('abort', onStop, { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The run's session, once it has one: what a stop cancels, then ends. */
  attach(session: { cancel: () => Promise<unknown>; terminate: () => Promise<unknown> }): void {
    this.session = session;
    if (this.stopped) this.interrupt();
  }

  stop(reason: RunStopped): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.controller.abort(reason);
    this.interrupt();
  }

  private interrupt(): void {
    const session = this.session;
    if (!session) return;
    session.cancel().catch(() => {});
    const timer = setTimeout(() => void session.terminate().catch(() => {}), TERMINATE_AFTER_MS);
    timer.unref();
    this.timers.push(timer);
  }

  /** The run has settled: nothing more is cancelled or ended. */
  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.session = undefined;
  }
}

function formatMs(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

/** A stop requested from outside a run (an aborted rollout, a worker shutting down). */
export function stopRequest(reason: Exclude<StopReason, 'deadline'>, message: string): RunStopped {
  return new RunStopped(reason, message);
}

/**
 * A run stopped while it worked (its tenant was put back, and re-read, under the lock): past its
 * deadline it fails, in an aborted rollout it is cancelled, in a worker shutting down it is handed
 * on (thrown: the job is retried elsewhere). A run that finished before the stop reached it keeps
 * its result.
 */
export function stoppedResult(result: RunResult, guard: RunGuard): RunResult {
  const stopped = guard.stopped;
  if (!stopped || result.status === 'succeeded') return result;
  if (stopped.reason === 'shutdown') throw stopped;
  const migration = result.error?.migration;
  const error = {
    code: stopped.code,
    message: `${stopped.message}${migration ? ` (in ${migration})` : ''}`,
    ...(migration ? { migration } : {}),
  };
  return { ...result, status: stopped.reason === 'aborted' ? 'cancelled' : 'failed', error };
}
