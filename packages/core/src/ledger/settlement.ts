import type pg from 'pg';
import { prepared } from '../db/prepared.js';
import type { ControlDb } from './control-db.js';
import { RUN_RECORD, toCreatedRun, type CreatedRun, type RunRecord } from './run-rows.js';
import { OPEN_RUNS, ROLLOUT, RUN } from './statuses.js';

/** The status a rollout closes with. */
export type ClosedRolloutStatus = 'succeeded' | 'failed' | 'cancelled';

/** What settling a success found: the runs it queued, and what the caller is to do next. */
export interface SettledSuccess {
  released: CreatedRun[];
  /** nothing of an earlier wave is open: the next wave may start (advanceWaves decides, under a lock) */
  advance: boolean;
  aborted: boolean;
  /** aborted, and asked to return its tenants */
  compensate: boolean;
  /** the status this settlement closed the rollout with (its rollout:finished is the caller's) */
  closed?: ClosedRolloutStatus;
}

interface SettleState {
  settleAdvance: boolean;
  settleAborted: boolean;
  settleCompensate: boolean;
  settleClosed: ClosedRolloutStatus | null;
}
/** A row of the settle statement: its state, joined with each released run (or none). */
type SettleRow = SettleState & (RunRecord | { [F in keyof RunRecord]: null });

/**
 * The closing rule of a rollout, the one UPDATE that closes rollouts (`r`): each one `where` selects
 * that is still running, once none of its runs is open and no failed run is still being settled
 * (no finished_at yet), closes cancelled if it was aborted, failed if any run failed, succeeded
 * otherwise. Used when a run finishes (below) and by the reconciler's repair (repair.ts).
 */
export function closeRolloutsSql(db: ControlDb, where: string, returning: string): string {
  const runs = db.table('runs');
  return `
      UPDATE ${db.table('rollouts')} r
         SET status = CASE WHEN r.aborted_at IS NOT NULL THEN ${ROLLOUT.cancelled}
                           WHEN EXISTS (SELECT 1 FROM ${runs} WHERE rollout_id = r.id AND status = ${RUN.failed})
                           THEN ${ROLLOUT.failed}
                           ELSE ${ROLLOUT.succeeded} END,
             finished_at = now()
       WHERE (${where}) AND r.status = ${ROLLOUT.running}
         AND NOT EXISTS (SELECT 1 FROM ${runs} WHERE rollout_id = r.id AND status IN (${OPEN_RUNS}))
         AND NOT EXISTS (SELECT 1 FROM ${runs}
                          WHERE rollout_id = r.id AND status = ${RUN.failed} AND finished_at IS NULL)
      RETURNING ${returning}`;
}

/**
 * What follows a finished run in the ledger: the runs waiting for it are queued or cancelled, and
 * its rollout is closed once nothing is left open. A rollout closes failed if any run failed. A
 * failed run is written with no finished_at until its worker has written what follows from it
 * (compensations, cancellations): until then its rollout stays open, or `--wait` could return
 * with a tenant still to be returned.
 */
export class Settlement {
  private readonly finalize: string;
  private readonly settleSuccessSql: string;
  private readonly cancelDoomed: string;
  private readonly queueCompensations: string;
  private readonly markFailureSettled: string;

  constructor(private readonly db: ControlDb) {
    const runs = db.table('runs');
    const rollouts = db.table('rollouts');
    this.finalize = closeRolloutsSql(db, 'r.id = $1', 'r.status');
    // one statement, run after the result's own commit: of two runs finishing together, the one
    // whose statement starts last sees both results
    this.settleSuccessSql = `
      WITH released AS (
        -- compensations always; forward steps only in a rollout not aborted
        UPDATE ${runs} r
           SET status = ${RUN.queued}, queued_at = now()
          FROM ${rollouts} o
         WHERE r.after_run = $1 AND r.status = ${RUN.waiting} AND o.id = r.rollout_id
           AND (r.compensates IS NOT NULL OR o.aborted_at IS NULL)
        RETURNING ${RUN_RECORD}
      ), closed AS (
        -- not a rollout aborted with --compensate: the caller may still have tenants to return
        ${closeRolloutsSql(db, 'r.id = $2 AND NOT (r.aborted_at IS NOT NULL AND r.compensate_on_abort)', 'r.id, r.status')}
      ), state AS (
        -- released runs are still waiting to this statement: they keep their wave open, as they should
        SELECT o.status = ${ROLLOUT.running} AND w.next_wave IS NOT NULL AND NOT EXISTS (
                 SELECT 1 FROM ${runs} x
                  WHERE x.rollout_id = o.id AND x.wave < w.next_wave
                    AND (x.status IN (${RUN.queued}, ${RUN.running})
                         OR (x.status = ${RUN.waiting} AND x.after_run IS NOT NULL))
               ) AS "settleAdvance",
               o.aborted_at IS NOT NULL AS "settleAborted",
               o.compensate_on_abort AS "settleCompensate",
               (SELECT status FROM closed) AS "settleClosed"
          FROM ${rollouts} o,
               LATERAL (SELECT min(wave) AS next_wave FROM ${runs}
                         WHERE rollout_id = o.id AND status = ${RUN.waiting} AND after_run IS NULL) w
         WHERE o.id = $2
      )
      SELECT s.*, released.*
        FROM state s LEFT JOIN released ON true`;
    // the forward steps that can no longer run, with everything waiting on them
    this.cancelDoomed = `
      WITH RECURSIVE doomed AS (
        SELECT id FROM ${runs}
         WHERE after_run = $1 AND status = ${RUN.waiting} AND compensates IS NULL
        UNION
        SELECT r.id FROM ${runs} r JOIN doomed d ON r.after_run = d.id
         WHERE r.status = ${RUN.waiting} AND r.compensates IS NULL
      )
      UPDATE ${runs}
         SET status = ${RUN.cancelled}, finished_at = now(), error = 'CANCELLED: a step it depends on failed'
       WHERE id IN (SELECT id FROM doomed)`;
    this.queueCompensations = `
      UPDATE ${runs} r
         SET status = ${RUN.queued}, queued_at = now()
       WHERE r.after_run = $1 AND r.status = ${RUN.waiting} AND r.compensates IS NOT NULL
      RETURNING ${RUN_RECORD}`;
    this.markFailureSettled = `
      UPDATE ${runs}
         SET finished_at = now()
       WHERE id = $1 AND status = ${RUN.failed} AND finished_at IS NULL`;
  }

  /**
   * Closes a rollout once no run is open. Each finishing run calls this after its own update has
   * committed, so the last one to finish always sees every other run finished. Returns the
   * rollout's status when this call closed it (exactly one caller sees that: rollout:finished).
   */
  async finalizeRollout(
    rolloutId: string,
    client: pg.Pool | pg.PoolClient = this.db.pool,
  ): Promise<ClosedRolloutStatus | undefined> {
    const { rows } = await client.query<{ status: ClosedRolloutStatus }>(prepared(this.finalize), [rolloutId]);
    return rows[0]?.status;
  }

  /**
   * After a success is written, in one statement: the runs waiting for it are queued, its
   * rollout is closed when nothing is left open, whether a next wave may start and whether the
   * rollout was aborted (and asked to return its tenants).
   */
  async settleSuccess(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<SettledSuccess> {
    const { rows } = await this.db.pool.query<SettleRow>(prepared(this.settleSuccessSql), [run.id, run.rolloutId]);
    const state = rows[0];
    return {
      released: rows.filter((row): row is SettleState & RunRecord => row.id !== null).map(toCreatedRun),
      advance: state?.settleAdvance === true,
      aborted: state?.settleAborted === true,
      compensate: state?.settleCompensate === true,
      ...(state?.settleClosed ? { closed: state.settleClosed } : {}),
    };
  }

  /**
   * A run failed: the forward steps that can no longer run are cancelled with everything waiting
   * on them, and the compensations waiting for it are queued. Returns the runs to enqueue. (After
   * a success, settleSuccess queues its dependants.)
   */
  async releaseAfterFailure(runId: string): Promise<CreatedRun[]> {
    return this.db.transaction(async (client) => {
      await client.query(this.cancelDoomed, [runId]);
      const { rows } = await client.query<RunRecord>(prepared(this.queueCompensations), [runId]);
      return rows.map(toCreatedRun);
    });
  }

  /** What follows from a failed run is written: it gets its finished_at, and its rollout may close (its status returned when this closed it). */
  async settleFailure(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<ClosedRolloutStatus | undefined> {
    await this.db.pool.query(prepared(this.markFailureSettled), [run.id]);
    return this.finalizeRollout(run.rolloutId);
  }
}
