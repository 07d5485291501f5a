import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import {
  ReferenceCache,
  TenantLockBusy,
  errorMessage,
  redactSecrets,
  hasCode,
  type ControlDb,
  type RunResult,
  type ServerBudgetBusy,
} from '@tenantry/core';
import {
  executeRun,
  isTransient,
  owedWrite,
  type Deferral,
  type Governor,
  type RunProgress,
  type SessionSlots,
} from '@tenantry/core/internal';
import { parseRunJobData, type RunJobData } from './job-data.js';
import { BACKUP_BATCH_JOB_NAME, type TenantryJobData } from './queues.js';
import { processBackupBatch, type BackupBatchDeps } from './backup-batch.js';
import { deferForLocks } from './lock-deferral.js';
import { endRun } from './rollouts/run-ending.js';
import type { RunWatch } from './run-watch.js';

/** A worker's deps: the rollout service's and the backup batches', and what running a run takes besides. */
export interface ProcessorDeps extends BackupBatchDeps {
  /** for connection budgets (platforms.X.maxConnections) */
  control?: ControlDb;
  workerId: string;
  /** the runs in flight with their stop switches (abort, shutdown) */
  watch?: RunWatch;
  /** the per-server budget: a run over it is deferred */
  governor?: Governor;
  /** the worker's tenant sessions: a run, or a backup batch, holds one while it works on a tenant database */
  sessions?: SessionSlots;
}

export type RunJobResult = RunResult | { skipped: string } | { backedUp: number; enqueued: number };

/**
 * Turns a BullMQ job into one execution of the run protocol and maps its outcome back to the
 * queue: a busy tenant, or a run whose locks were not available → delayed (not an attempt); a failed migration → failed for good
 * (UnrecoverableError: the same SQL on the same data fails again); an infrastructure error →
 * retried with backoff until attempts run out, the ledger updated either way. How the run ended
 * is handed to the rollout service (`endRun`), which alone decides what follows.
 */
export function createRunProcessor(deps: ProcessorDeps) {
  // one reference schema per (platform, version) for the life of the worker (verify: true)
  const references = new ReferenceCache();
  return async (job: Job<TenantryJobData>, token?: string): Promise<RunJobResult> => {
    if (job.name === BACKUP_BATCH_JOB_NAME) {
      const release = await deps.sessions?.acquire();
      try {
        return await processBackupBatch(deps, job.data, { final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
      } finally {
        release?.();
      }
    }
    let data: RunJobData;
    try {
      data = parseRunJobData(job.data);
    } catch (error) {
      deps.logger.error(
        { jobId: job.id, jobName: job.name, err: errorMessage(error) },
        'rejected job with invalid data',
      );
      throw new UnrecoverableError(errorMessage(error));
    }
    const progress = throttledProgress(job);
    const tracked = deps.watch?.track(data.runId);
    try {
      const outcome = await executeRun(data, {
        ...deps,
        references,
        onProgress: progress.report,
        ...(tracked ? { signal: tracked.signal } : {}),
      }).finally(() => {
        progress.stop();
        tracked?.done();
      });
      if (outcome.kind === 'skipped') return { skipped: outcome.reason };
      const { result, record } = outcome;
      const succeeded = result.status === 'succeeded';
      await endRun(deps, {
        kind: 'finished',
        runId: data.runId,
        ...(record ? { record } : {}),
        result,
        succeeded,
        partial: result.partial === true,
      });
      if (!succeeded)
        throw new UnrecoverableError(
          redactSecrets(`${result.error?.code ?? 'FAILED'}: ${result.error?.message ?? 'run failed'}`),
        );
      return result;
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      if (
        error instanceof TenantLockBusy ||
        hasCode(error, 'TENANT_LOCK_BUSY', 'CONNECTION_BUDGET_BUSY', 'SERVER_BUDGET_BUSY')
      ) {
        await deps.ledger.deferRun(data.runId, deferralOf(error));
        const jitter = Math.floor(Math.random() * deps.config.run.busyRetryMs);
        await job.moveToDelayed(Date.now() + deps.config.run.busyRetryMs + jitter, token);
        throw new DelayedError();
      }
      // every try met a lock timeout: deferred while deferrals last, then failed below (not retryable)
      if (hasCode(error, 'LOCK_RETRIES_EXHAUSTED') && (await deferForLocks(deps, job, data, error, token)))
        throw new DelayedError();
      // a run handed on by a stopping worker is retried; one past its deadline or aborted is not
      const retryable =
        (isTransient(error) || hasCode(error, 'SERVICE_UNREACHABLE', 'RUN_INTERRUPTED')) &&
        !hasCode(error, 'RUN_DEADLINE', 'RUN_CANCELLED');
      const final = !retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const code = (error as { code?: unknown }).code;
      await owedWrite(
        'run error',
        () =>
          deps.ledger.recordRunError(
            data.runId,
            { code: typeof code === 'string' ? code : 'ERROR', message: errorMessage(error) },
            final,
            deps.workerId,
          ),
        { logger: deps.logger },
      ).catch((ledgerError: unknown) =>
        deps.logger.error({ err: errorMessage(ledgerError), runId: data.runId }, 'could not record run error'),
      );
      deps.logger.warn(
        {
          runId: data.runId,
          rolloutId: data.rolloutId,
          platform: data.platform,
          tenant: data.tenant,
          err: errorMessage(error),
          final,
        },
        'run attempt failed',
      );
      if (final) {
        await endRun(deps, {
          kind: 'gave-up',
          runId: data.runId,
          error: { code: typeof code === 'string' ? code : 'ERROR', message: redactSecrets(errorMessage(error)) },
        });
        throw new UnrecoverableError(redactSecrets(errorMessage(error)));
      }
      throw error;
    }
  };
}

/** Why a run is deferred, as the ledger counts it (by reason and server). */
function deferralOf(error: unknown): Deferral {
  if (hasCode(error, 'SERVER_BUDGET_BUSY')) {
    const busy = error as ServerBudgetBusy;
    return { reason: 'server_budget', server: busy.server, detail: busy.message };
  }
  if (hasCode(error, 'CONNECTION_BUDGET_BUSY')) return { reason: 'connection_budget', detail: errorMessage(error) };
  return { reason: 'tenant_busy', detail: errorMessage(error) };
}

/** How often a run's progress reaches Redis (Bull Board shows it): a run shorter than this reports none. */
export const PROGRESS_INTERVAL_MS = 500;

/**
 * Job progress, at most once per interval and only for runs that last longer than one: the
 * latest phase is written when the interval ends (each write is a Redis round trip, and most
 * runs are over in tens of milliseconds).
 */
function throttledProgress(job: Job<TenantryJobData>): { report: (progress: RunProgress) => void; stop: () => void } {
  let latest: RunProgress | undefined;
  const timer = setInterval(() => {
    if (!latest) return;
    job.updateProgress(latest).catch(() => {});
    latest = undefined;
  }, PROGRESS_INTERVAL_MS);
  timer.unref();
  return {
    report: (progress) => {
      latest = progress;
    },
    stop: () => {
      clearInterval(timer);
    },
  };
}
