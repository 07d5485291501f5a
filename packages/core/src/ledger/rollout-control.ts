import type pg from 'pg';
import type { RolloutStatus } from '../types.js';
import type { ControlDb } from './control-db.js';
import { RUN_RECORD, toCreatedRun, type CreatedRun, type RunRecord } from './run-rows.js';
import type { ClosedRolloutStatus, Settlement } from './settlement.js';
import { ROLLOUT, RUN, isResumable } from './statuses.js';

/** What an abort did: runs cancelled before they started, and running ones told to stop. */
export interface AbortedRollout {
  cancelled: number;
  stopping: number;
  /** the abort closed the rollout (nothing was running): its status, for rollout:finished */
  closed?: ClosedRolloutStatus;
}

/** What an operator does to a rollout: abort, pause, resume. */
export class RolloutControl {
  private readonly markAborted: string;
  private readonly cancelUnstarted: string;
  private readonly countStopping: string;
  private readonly pauseRunning: string;
  private readonly lockRollout: string;
  private readonly requeueFailed: string;
  private readonly restart: string;
  private readonly queuedRuns: string;

  constructor(
    private readonly db: ControlDb,
    private readonly settlement: Settlement,
  ) {
    const runs = db.table('runs');
    const rollouts = db.table('rollouts');
    // once asked to return its tenants, an aborted rollout stays so (a second abort cannot undo it)
    this.markAborted = `
      UPDATE ${rollouts}
         SET aborted_at = coalesce(aborted_at, now()),
             compensate_on_abort = compensate_on_abort OR $2
       WHERE id = $1`;
    // compensations are never stopped by an abort: they return tenants
    this.cancelUnstarted = `
      UPDATE ${runs}
         SET status = ${RUN.cancelled}, finished_at = now(), error = 'CANCELLED: rollout aborted'
       WHERE rollout_id = $1 AND status IN (${RUN.waiting}, ${RUN.queued}) AND compensates IS NULL`;
    this.countStopping = `
      SELECT count(*)::int AS n
        FROM ${runs}
       WHERE rollout_id = $1 AND status = ${RUN.running} AND compensates IS NULL`;
    this.pauseRunning = `
      UPDATE ${rollouts}
         SET status = ${ROLLOUT.paused}
       WHERE id = $1 AND status = ${ROLLOUT.running}`;
    this.lockRollout = `SELECT status FROM ${rollouts} WHERE id = $1 FOR UPDATE`;
    this.requeueFailed = `
      UPDATE ${runs}
         SET status = ${RUN.queued}, error = NULL, sqlstate = NULL, failed_migration = NULL,
             finished_at = NULL, queued_at = now()
       WHERE rollout_id = $1 AND status = ${RUN.failed} AND compensates IS NULL AND compensated_by IS NULL`;
    // failures counted towards --max-failures start again from here
    this.restart = `
      UPDATE ${rollouts}
         SET status = ${ROLLOUT.running}, halt_reason = NULL,
             failure_baseline = (SELECT count(DISTINCT tenant)::int FROM ${runs}
                                  WHERE rollout_id = $1 AND status = ${RUN.failed} AND compensates IS NULL)
       WHERE id = $1`;
    this.queuedRuns = `
      SELECT ${RUN_RECORD}
        FROM ${runs} r
       WHERE r.rollout_id = $1 AND r.status = ${RUN.queued}
       ORDER BY r.wave, r.platform, r.tenant`;
  }

  /**
   * Stops a rollout: no queued or waiting run starts any more; running ones (but compensations)
   * are stopped by their workers, which watch for this (`stopping`: how many).
   */
  async abort(rolloutId: string, compensate = false): Promise<AbortedRollout> {
    return this.db.transaction((client) => this.abortIn(client, rolloutId, compensate));
  }

  /** The abort, inside the caller's transaction (a superseding rollout's creation). */
  async abortIn(client: pg.PoolClient, rolloutId: string, compensate: boolean): Promise<AbortedRollout> {
    await client.query(this.markAborted, [rolloutId, compensate]);
    const { rowCount } = await client.query(this.cancelUnstarted, [rolloutId]);
    const closed = await this.settlement.finalizeRollout(rolloutId, client);
    const { rows } = await client.query<{ n: number }>(this.countStopping, [rolloutId]);
    return { cancelled: rowCount ?? 0, stopping: rows[0]?.n ?? 0, ...(closed ? { closed } : {}) };
  }

  /** Pauses a running rollout: queued runs wait, running ones finish. */
  async pause(rolloutId: string): Promise<boolean> {
    const { rowCount } = await this.db.pool.query(this.pauseRunning, [rolloutId]);
    return rowCount === 1;
  }

  /**
   * Resumes a paused or halted rollout. With `retryFailed`, its failed runs (not compensated) are
   * queued again. Failures counted towards --max-failures start again from here. Returns the
   * queued runs, to be enqueued again (their jobs may have been skipped while it was stopped).
   */
  async resume(rolloutId: string, retryFailed: boolean): Promise<CreatedRun[] | undefined> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ status: RolloutStatus }>(this.lockRollout, [rolloutId]);
      if (!rows[0] || !isResumable(rows[0].status)) return undefined;
      if (retryFailed) await client.query(this.requeueFailed, [rolloutId]);
      await client.query(this.restart, [rolloutId]);
      const { rows: queued } = await client.query<RunRecord>(this.queuedRuns, [rolloutId]);
      return queued.map(toCreatedRun);
    });
  }
}
