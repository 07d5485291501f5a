import { errorMessage, type Logger, type RolloutLedger } from '@tenantry/core';
import { stopRequest } from '@tenantry/core/internal';

/** How long a run goes before the watch asks the ledger about it: most runs are over sooner. */
const ASK_AFTER_MS = 1_000;

/**
 * The runs a worker is in the middle of, each with its stop switch: `rollout abort` reaches them
 * through the ledger (the watch asks, once a second, whether any long-running one belongs to an
 * aborted rollout), and a worker that stops hands them all on.
 */
export class RunWatch {
  private readonly runs = new Map<string, { controller: AbortController; since: number }>();
  private timer: NodeJS.Timeout | undefined;

  /** A run starts: its stop switch (the signal of RunContext). */
  track(runId: string): { signal: AbortSignal; done: () => void } {
    const controller = new AbortController();
    const entry = { controller, since: Date.now() };
    this.runs.set(runId, entry);
    return { signal: controller.signal, done: () => this.runs.get(runId) === entry && this.runs.delete(runId) };
  }

  /** Polls the ledger for aborted rollouts of the runs in flight. */
  start(ledger: RolloutLedger, logger: Logger, intervalMs = 1_000): void {
    this.timer = setInterval(() => {
      const old = [...this.runs]
        .filter(([, r]) => Date.now() - r.since >= ASK_AFTER_MS && !r.controller.signal.aborted)
        .map(([id]) => id);
      if (old.length === 0) return;
      ledger.abortedAmong(old).then(
        (aborted) => {
          for (const id of aborted) {
            logger.warn({ runId: id }, 'stopping a running run: its rollout was aborted');
            this.runs.get(id)?.controller.abort(stopRequest('aborted', 'its rollout was aborted while it ran'));
          }
        },
        (error: unknown) => logger.debug({ err: errorMessage(error) }, 'could not check for aborted rollouts'),
      );
    }, intervalMs);
    this.timer.unref();
  }

  /** The worker is stopping: every run in flight is stopped and handed on. */
  stopAll(): number {
    for (const run of this.runs.values())
      run.controller.abort(stopRequest('shutdown', 'its worker stopped before it finished; it runs again elsewhere'));
    return this.runs.size;
  }

  get size(): number {
    return this.runs.size;
  }

  close(): void {
    clearInterval(this.timer);
  }
}
