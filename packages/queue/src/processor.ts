import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import {
  ReferenceCache,
  TenantLockBusy,
  errorMessage,
  redactSecrets,
  executeRun,
  emitRunGivenUp,
  emitRunOutcome,
  hasCode,
  isTransient,
  owedWrite,
  planCompensation,
  type BackupLedger,
  type ControlDb,
  type LifecycleEvents,
  type Logger,
  type PoolRegistry,
  type RolloutLedger,
  type RunProgress,
  type RunRecord,
  type RunResult,
  type TenantryConfig,
} from '@tenantry/core';
import { parseRunJobData, type RunJobData } from './job-data.js';
import { enqueueRuns, enqueueWave } from './producer.js';
import { BACKUP_BATCH_JOB_NAME, PRIORITY, type TenantryJobData, type TenantryQueue } from './queues.js';
import { processBackupBatch } from './backup-batch.js';
import type { RunWatch } from './run-watch.js';

export interface ProcessorDeps {
  config: TenantryConfig;
  pools: PoolRegistry;
  ledger: RolloutLedger;
  backups: BackupLedger;
  control?: ControlDb;
  /** where compensating runs and batched runs are enqueued */
  queue: TenantryQueue;
  workerId: string;
  logger: Logger;
  /** the runs in flight with their stop switches (abort, shutdown) */
  watch?: RunWatch;
  /** lifecycle events of runs and rollouts (logs, webhooks) */
  events?: LifecycleEvents;
}

type FollowDeps = Pick<ProcessorDeps, 'config' | 'ledger' | 'queue' | 'logger' | 'events'>;

export type RunJobResult = RunResult | { skipped: string } | { backedUp: number; enqueued: number };

/**
 * Turns a BullMQ job into one execution of the run protocol and maps its outcome back to the
 * queue: a busy tenant → delayed (not an attempt); a failed migration → failed for good
 * (UnrecoverableError: the same SQL on the same data fails again); an infrastructure error →
 * retried with backoff until attempts run out, the ledger updated either way. A final failure
 * that may have left the tenant between versions enqueues one compensating run.
 */
export function createRunProcessor(deps: ProcessorDeps) {
  // one reference schema per (platform, version) for the life of the worker (verify: true)
  const references = new ReferenceCache();
  return async (job: Job<TenantryJobData>, token?: string): Promise<RunJobResult> => {
    if (job.name === BACKUP_BATCH_JOB_NAME) return processBackupBatch(deps, job.data, { final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
    let data: RunJobData;
    try {
      data = parseRunJobData(job.data);
    } catch (error) {
      deps.logger.error({ jobId: job.id, jobName: job.name, err: errorMessage(error) }, 'rejected job with invalid data');
      throw new UnrecoverableError(errorMessage(error));
    }
    const progress = throttledProgress(job);
    const tracked = deps.watch?.track(data.runId);
    try {
      const outcome = await executeRun(data, { ...deps, references, onProgress: progress.report, ...(tracked ? { signal: tracked.signal } : {}) }).finally(() => {
        progress.stop();
        tracked?.done();
      });
      if (outcome.kind === 'skipped') return { skipped: outcome.reason };
      emitRunOutcome(deps.events, outcome.result, outcome.record); // [event: run:succeeded | run:failed | compensation:done]
      // what follows from the result is owed too: the job is not finished before it is written
      const owe = (what: string, write: () => Promise<void>) => owedWrite(what, write, { logger: deps.logger });
      if (outcome.result.status !== 'succeeded') {
        if (outcome.result.partial) await owe('compensation', () => compensate(deps, data.runId));
        await owe('what follows a failed run', () => afterRun(deps, outcome.record ?? data.runId, false));
        const error = outcome.result.error;
        throw new UnrecoverableError(redactSecrets(`${error?.code ?? 'FAILED'}: ${error?.message ?? 'run failed'}`));
      }
      await owe('what follows a run', () => afterRun(deps, outcome.record ?? data.runId, true));
      return outcome.result;
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      if (error instanceof TenantLockBusy || hasCode(error, 'TENANT_LOCK_BUSY', 'CONNECTION_BUDGET_BUSY')) {
        await deps.ledger.deferRun(data.runId);
        const jitter = Math.floor(Math.random() * deps.config.run.busyRetryMs);
        await job.moveToDelayed(Date.now() + deps.config.run.busyRetryMs + jitter, token);
        throw new DelayedError();
      }
      // a run handed on by a stopping worker is retried; one past its deadline or aborted is not
      const retryable = (isTransient(error) || hasCode(error, 'SERVICE_UNREACHABLE', 'RUN_INTERRUPTED')) && !hasCode(error, 'RUN_DEADLINE', 'RUN_CANCELLED');
      const final = !retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const code = (error as { code?: unknown }).code;
      await owedWrite('run error', () => deps.ledger.recordRunError(data.runId, { code: typeof code === 'string' ? code : 'ERROR', message: errorMessage(error) }, final, deps.workerId), { logger: deps.logger })
        .catch((ledgerError: unknown) => deps.logger.error({ err: errorMessage(ledgerError), runId: data.runId }, 'could not record run error'));
      deps.logger.warn({ runId: data.runId, rolloutId: data.rolloutId, platform: data.platform, tenant: data.tenant, err: errorMessage(error), final }, 'run attempt failed');
      if (final) {
        await deps.ledger.getRun(data.runId).then((run) => emitRunGivenUp(deps.events, run, { code: typeof code === 'string' ? code : 'ERROR', message: redactSecrets(errorMessage(error)) }), () => {}); // [event: run:failed | compensation:done]
        // the last attempt may have died after a non-transactional step committed
        await compensate(deps, data.runId).catch((e: unknown) => deps.logger.error({ runId: data.runId, err: errorMessage(e) }, 'could not enqueue compensation'));
        await afterRun(deps, data.runId, false).catch((e: unknown) => deps.logger.error({ runId: data.runId, err: errorMessage(e) }, 'could not release dependent runs'));
        throw new UnrecoverableError(redactSecrets(errorMessage(error)));
      }
      throw error;
    }
  };
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

/**
 * After a run finished: queue the runs waiting for it (the tenant's next platform, the next
 * compensation of a chain); when a release step failed, return the tenant on the platforms it
 * already moved, newest first (the saga's compensation), so it is not left split between releases.
 */
export async function afterRun(deps: FollowDeps, finished: RunRecord | string, succeeded: boolean): Promise<void> {
  const run = typeof finished === 'string' ? await deps.ledger.getRun(finished) : finished;
  if (!run) return;
  if (succeeded) return followSuccess(deps, run);
  try {
    await followFailure(deps, run);
  } finally {
    // its rollout may close now, its compensations written (or given up on: an error is logged)
    const closed = await deps.ledger.settleFailure(run);
    if (closed) deps.events?.emit('rollout:finished', { rolloutId: run.rolloutId, status: closed }); // [event: rollout:finished]
  }
}

/** Its dependants queued, the rollout closed if it was the last run, the next wave released. */
async function followSuccess(deps: FollowDeps, run: RunRecord): Promise<void> {
  const settled = await deps.ledger.settleSuccess(run);
  if (settled.closed) deps.events?.emit('rollout:finished', { rolloutId: run.rolloutId, status: settled.closed }); // [event: rollout:finished]
  if (settled.released.length > 0 && run.scope === 'shared' && !run.compensates) {
    // the last shared run releases the first wave's tenants all at once: their backups in batches
    await enqueueWave(deps.queue, run.rolloutId, settled.released, { priority: PRIORITY.fleet, backupBatchSize: deps.config.backup.batchSize });
  } else if (settled.released.length > 0) {
    await enqueueRuns(deps.queue, run.rolloutId, settled.released, { priority: run.compensates ? PRIORITY.compensation : PRIORITY.fleet });
  }
  if (settled.advance) await advanceWaves(deps, run.rolloutId);
  // it finished after its rollout was aborted with --compensate: return its tenant too, and only
  // then may the rollout close (settleSuccess leaves such a rollout open)
  if (settled.aborted && settled.compensate) {
    if (run.compensates === null && run.scope === 'tenant') await compensateSaga(deps, run.rolloutId, run.tenant);
    const closed = await deps.ledger.finalizeRollout(run.rolloutId);
    if (closed) deps.events?.emit('rollout:finished', { rolloutId: run.rolloutId, status: closed }); // [event: rollout:finished]
  }
}

/** What depended on it cancelled (compensations still queued), the failure budget checked, the tenant returned on the platforms it had moved. */
async function followFailure(deps: FollowDeps, run: RunRecord): Promise<void> {
  const released = await deps.ledger.releaseAfterFailure(run.id);
  if (released.length > 0) await enqueueRuns(deps.queue, run.rolloutId, released, { priority: run.compensates ? PRIORITY.compensation : PRIORITY.fleet });
  await advanceWaves(deps, run.rolloutId);
  if (run.sagaStep > 1 && run.compensates === null) await compensateSaga(deps, run.rolloutId, run.tenant, run.sagaStep);
}

/** The next wave, when the current one closed; or the rollout halted, when its failure budget ran out. */
async function advanceWaves(deps: FollowDeps, rolloutId: string): Promise<void> {
  const stage = await deps.ledger.advanceWaves(rolloutId);
  if (stage.halted) deps.events?.emit('rollout:halted', { rolloutId, reason: stage.halted }); // [event: rollout:halted]
  if (stage.released.length > 0) {
    // the wave's backups are taken in batches, as the first wave's were
    await enqueueWave(deps.queue, rolloutId, stage.released, { priority: PRIORITY.fleet, backupBatchSize: deps.config.backup.batchSize });
    deps.events?.emit('rollout:wave-done', { rolloutId, released: stage.released.length }); // [event: rollout:wave-done]
  }
}

/** Compensating runs for a tenant's finished steps of a rollout below `belowStep` (all when undefined), newest first. */
export async function compensateSaga(deps: FollowDeps, rolloutId: string, tenant: string, belowStep?: number): Promise<number> {
  const done = await deps.ledger.doneSteps(rolloutId, tenant, belowStep);
  const plans = [];
  for (const step of done) {
    const planned = await planCompensation(deps.config, { ...step, status: 'failed' });
    if (planned) plans.push({ ...planned, compensates: step.id, sagaStep: step.sagaStep });
  }
  if (plans.length === 0) return 0;
  const ready = await deps.ledger.addCompensations(rolloutId, plans);
  await enqueueRuns(deps.queue, rolloutId, ready, { priority: PRIORITY.compensation });
  deps.logger.warn({ rolloutId, tenant, platforms: plans.map((p) => p.platform) }, 'returning tenant on the platforms it had moved');
  return plans.length;
}

/** Enqueues the compensating run of a failed run, once (the ledger link makes it idempotent). */
export async function compensate(deps: FollowDeps, failedRunId: string): Promise<void> {
  const failed = await deps.ledger.getRun(failedRunId);
  if (!failed || (failed.status !== 'failed' && failed.status !== 'cancelled') || failed.compensatedBy) return;
  const planned = await planCompensation(deps.config, failed);
  if (!planned) return;
  const run = await deps.ledger.addCompensation(failedRunId, planned);
  if (!run) return;
  await enqueueRuns(deps.queue, failed.rolloutId, [run], { priority: PRIORITY.compensation });
  deps.logger.warn(
    { runId: failedRunId, compensation: run.id, platform: run.platform, tenant: run.tenant, target: run.target, method: run.method ?? 'migrations' },
    'enqueued compensating run',
  );
}
