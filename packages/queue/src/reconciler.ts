import {
  RolloutLedger,
  errorMessage,
  type ControlDb,
  type LifecycleEvents,
  type Logger,
  type RunRecord,
  type TenantryConfig,
} from '@tenantry/core';
import {
  RECONCILER_LOCK,
  RUN_RECORD,
  toCreatedRun,
  tryLockKey,
  unlockKey,
  workerAliveSql,
} from '@tenantry/core/internal';
import type { QueueStore } from './backend.js';
import { backupBatchJobId, runJobId } from './job-data.js';
import type { RolloutDeps } from './rollouts/deps.js';
import { rolloutClosed } from './rollouts/follow-up.js';
import { endAbandonedFailure } from './rollouts/run-ending.js';
import { requeueRuns } from './rollouts/release.js';
import { releaseNextWave } from './rollouts/waves.js';

export interface ReconcileResult {
  /** runs whose worker died, put back to queued */
  revived: number;
  /** queued runs whose job the queue had lost, enqueued again */
  requeued: number;
  /** queued runs examined */
  checked: number;
  /** rollouts left running with no open run (a worker died before closing them), closed */
  closed?: number;
  /** runs a worker that died after a success left waiting (the tenant's next step, the next wave), queued */
  released?: number;
  /** failed runs a worker died before settling: their compensations and cancellations written */
  settled?: number;
}

/**
 * What a worker does after a success and may die before doing: queue the runs waiting for it (the
 * tenant's next platform) and release the next wave. Repeated here from the ledger, through the
 * rollout service; a live worker doing the same at once is harmless (the ledger releases a run
 * once, and job ids are deterministic).
 */
async function releaseWhatDeadWorkersHeld(deps: RolloutDeps): Promise<number> {
  const stranded = await deps.ledger.releaseStranded(STRANDED_AFTER_MS);
  await requeueRuns(deps, stranded);
  let count = stranded.length;
  for (const rolloutId of await deps.ledger.rolloutsWithWaitingWaves()) count += await releaseNextWave(deps, rolloutId);
  return count;
}

/** How long after a success its waiting runs are left to its worker before the reconciler queues them. */
const STRANDED_AFTER_MS = 5_000;

/**
 * Repairs the queue from the ledger, the system of record: runs marked running by a worker that
 * stopped heartbeating go back to queued, and every queued run of a live rollout whose job is
 * not in the queue (Redis flushed, restarted without persistence, a producer that died half-way) is
 * enqueued again under its deterministic job id, so no run is ever queued twice.
 */
/** Queued runs checked against the queue per page of a pass. */
const RECONCILE_PAGE = 5_000;

export async function reconcile(options: {
  control: ControlDb;
  store: QueueStore;
  config: TenantryConfig;
  workerExpiryMs: number;
  logger: Logger;
  events?: LifecycleEvents;
}): Promise<ReconcileResult | undefined> {
  const { control, store, config } = options;
  const queue = store.runQueue();
  // called with `void` on a timer: PostgreSQL being down must cost a pass, never the process
  const client = await control.pool
    .connect()
    .catch(
      (error: unknown) =>
        void options.logger.warn({ err: errorMessage(error) }, 'reconciler pass skipped: control database unreachable'),
    );
  if (!client) return undefined;
  try {
    // one reconciler at a time across all workers (a session lock on the control database)
    if (!(await tryLockKey(client, RECONCILER_LOCK))) return undefined;
    try {
      const revived = await client.query(
        // the holder stays recorded: a frozen worker's session may still hold the tenant lock, and
        // `locks cleanup` finds it by this pid
        `UPDATE ${control.table('runs')} r SET status = 'queued'
         FROM ${control.table('rollouts')} o
         WHERE r.status = 'running' AND o.id = r.rollout_id
           AND NOT EXISTS (SELECT 1 FROM ${control.table('workers')} w WHERE w.id = r.worker_id AND ${workerAliveSql('w', '$1')})`,
        [options.workerExpiryMs],
      );
      const ledger = new RolloutLedger(control);
      const deps: RolloutDeps = {
        config,
        ledger,
        queue,
        logger: options.logger,
        ...(options.events ? { events: options.events } : {}),
      };
      const released = await releaseWhatDeadWorkersHeld(deps);
      // the queued runs in pages, by id: a fleet of 50,000 queued runs is checked without holding
      // every run and every job's state in memory at once (a worker's RSS stays bounded)
      let checked = 0;
      let requeued = 0;
      let after: string | null = null;
      for (;;) {
        const { rows }: { rows: RunRecord[] } = await client.query<RunRecord>(
          `SELECT ${RUN_RECORD}
           FROM ${control.table('runs')} r JOIN ${control.table('rollouts')} o ON o.id = r.rollout_id
           WHERE r.status = 'queued' AND o.status = 'running' AND (o.aborted_at IS NULL OR r.compensates IS NOT NULL)
             AND r.queued_at < now() - interval '2 seconds' AND ($1::uuid IS NULL OR r.id > $1::uuid)
           ORDER BY r.id LIMIT ${RECONCILE_PAGE}`,
          [after],
        );
        if (rows.length === 0) break;
        after = rows.at(-1)!.id;
        checked += rows.length;
        // a job that is gone, or finished while its run is still queued (BullMQ failed it after too
        // many stalls, say), will never run it: such a run is missing its job
        const states = await store.jobStates(rows.map((run) => runJobId(run.id)));
        const finished = rows.filter((_, i) => states[i] === 'finished');
        for (const run of finished) await queue.remove(runJobId(run.id)).catch(() => 0);
        const missing = await withoutPendingBatches(
          control,
          store,
          config.backup.batchSize,
          rows.filter((_, i) => states[i] !== 'pending'),
        );
        await requeueRuns(
          deps,
          missing.map((run) => ({ ...toCreatedRun(run), rolloutId: run.rolloutId })),
        );
        requeued += missing.length;
        if (rows.length < RECONCILE_PAGE) break;
      }
      // failures whose worker died before writing what follows them: compensated and settled here
      const abandoned = await ledger.abandonedFailures(options.workerExpiryMs);
      for (const run of abandoned)
        await endAbandonedFailure(deps, run).catch((error: unknown) =>
          options.logger.error(
            { runId: run.id, rolloutId: run.rolloutId, err: errorMessage(error) },
            'could not settle a failed run its worker left unsettled; its rollout stays open',
          ),
        );
      const orphans = await ledger.finalizeOrphans();
      for (const orphan of orphans) rolloutClosed(deps, orphan.id, orphan.status);
      const closed = orphans.length;
      const result = {
        revived: revived.rowCount ?? 0,
        requeued,
        checked,
        ...(closed > 0 ? { closed } : {}),
        ...(released > 0 ? { released } : {}),
        ...(abandoned.length > 0 ? { settled: abandoned.length } : {}),
      };
      if (result.revived > 0 || result.requeued > 0 || closed > 0 || released > 0 || abandoned.length > 0)
        options.logger.warn(result, 'reconciler repaired the queue from the ledger');
      return result;
    } finally {
      await unlockKey(client, RECONCILER_LOCK).catch(() => {});
    }
  } catch (error) {
    options.logger.error({ err: errorMessage(error) }, 'reconciler pass failed');
    return undefined;
  } finally {
    client.release();
  }
}

/**
 * Runs that back up first have no job of their own until their backup batch has dumped them
 * (a wave's runs, and the first wave's tenants released by the last shared run):
 * those whose batch job is still to run (or running) are not missing. A batch is recomputed the
 * way the producer formed it: its wave's batched runs on that platform, in run-id order, sliced
 * by the batch size; it is named after its first run.
 */
async function withoutPendingBatches<T extends Pick<RunRecord, 'id' | 'rolloutId' | 'backupStrategy'>>(
  control: ControlDb,
  store: QueueStore,
  batchSize: number,
  missing: T[],
): Promise<T[]> {
  const dumped = missing.filter((run) => run.backupStrategy === 'pg_dump');
  if (dumped.length === 0) return missing;
  const { rows } = await control.pool.query<{ id: string; first: string }>(
    `SELECT id, first FROM (
       SELECT id, first_value(id) OVER (PARTITION BY rollout_id, platform, wave, batch ORDER BY id) AS first
       FROM (SELECT id, rollout_id, platform, wave,
                    (row_number() OVER (PARTITION BY rollout_id, platform, wave ORDER BY id) - 1) / $2 AS batch
             FROM ${control.table('runs')}
             WHERE rollout_id = ANY($1::uuid[]) AND backup_strategy = 'pg_dump' AND scope = 'tenant'
               AND method IS DISTINCT FROM 'restore' AND compensates IS NULL
               AND (after_run IS NULL OR after_run IN (SELECT s.id FROM ${control.table('runs')} s WHERE s.rollout_id = ANY($1::uuid[]) AND s.scope = 'shared'))) ranked
     ) batched WHERE id = ANY($3::uuid[])`,
    [[...new Set(dumped.map((run) => run.rolloutId))], batchSize, dumped.map((run) => run.id)],
  );
  const firstOf = new Map(rows.map((row) => [row.id, row.first]));
  const batchIds = [...new Set(rows.map((row) => row.first))];
  const states = await store.jobStates(batchIds.map((first) => backupBatchJobId(first)));
  const waiting = new Set(batchIds.filter((_, i) => states[i] === 'pending'));
  return missing.filter((run) => !waiting.has(firstOf.get(run.id) ?? ''));
}
