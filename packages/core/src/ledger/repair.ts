import type { ControlDb } from './control-db.js';
import { closeRolloutsSql, type ClosedRolloutStatus } from './settlement.js';
import { RUN_RECORD, toCreatedRun, type CreatedRun, type RunRecord } from './run-rows.js';
import { ROLLOUT, RUN } from './statuses.js';

/** A rollout is this old before the reconciler may close it: its creator may still be writing it. */
const ORPHAN_AGE = `interval '10 seconds'`;

/**
 * The reconciler's repairs of what a dead worker left half-written: runs it never queued after
 * their predecessor succeeded, failures it never settled, rollouts it never closed.
 */
export class Repair {
  private readonly releaseStrandedSql: string;
  private readonly abandonedFailuresSql: string;
  private readonly finalizeOrphansSql: string;

  constructor(private readonly db: ControlDb) {
    const runs = db.table('runs');
    const rollouts = db.table('rollouts');
    this.releaseStrandedSql = `
      UPDATE ${runs} r
         SET status = ${RUN.queued}, queued_at = now()
        FROM ${runs} a, ${rollouts} o
       WHERE r.status = ${RUN.waiting} AND r.after_run IS NOT NULL
         AND a.id = r.after_run AND a.status = ${RUN.succeeded}
         AND a.finished_at < now() - make_interval(secs => $1::double precision / 1000)
         AND o.id = r.rollout_id AND o.status = ${ROLLOUT.running}
         AND (r.compensates IS NOT NULL OR o.aborted_at IS NULL)
      RETURNING ${RUN_RECORD}`;
    // a worker is alive while not stopped and heartbeated within $1 ms (worker-registry.ts)
    this.abandonedFailuresSql = `
      SELECT ${RUN_RECORD} FROM ${runs} r
       WHERE r.status = ${RUN.failed} AND r.finished_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM ${db.table('workers')} w
                          WHERE w.id = r.worker_id AND w.stopped_at IS NULL
                            AND w.heartbeat_at > now() - make_interval(secs => $1::double precision / 1000))
       ORDER BY r.id`;
    // the closing rule of settlement.ts, over every rollout old enough
    this.finalizeOrphansSql = closeRolloutsSql(db, `r.created_at < now() - ${ORPHAN_AGE}`, 'r.id, r.status');
  }

  /**
   * Runs still waiting for a run that succeeded more than `graceMs` ago: the worker that finished
   * it died before queuing them. They are queued now; returned with their rollout, to enqueue.
   */
  async releaseStranded(graceMs: number): Promise<Array<CreatedRun & { rolloutId: string }>> {
    const { rows } = await this.db.pool.query<RunRecord>(this.releaseStrandedSql, [graceMs]);
    return rows.map((run) => ({ ...toCreatedRun(run), rolloutId: run.rolloutId }));
  }

  /**
   * Failed runs whose worker died (stopped, or no heartbeat for `workerExpiryMs`) before writing
   * what follows from them (their compensation, their dependants cancelled: finished_at stays
   * null until then). The reconciler writes it in their worker's stead.
   */
  async abandonedFailures(workerExpiryMs: number): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query<RunRecord>(this.abandonedFailuresSql, [workerExpiryMs]);
    return rows;
  }

  /**
   * Closes every rollout left running with no open run: a worker that died between finishing a
   * run and closing its rollout (the reconciler's safety net). Returns the rollouts it closed,
   * with their status (their rollout:finished is the caller's).
   */
  async finalizeOrphans(): Promise<Array<{ id: string; status: ClosedRolloutStatus }>> {
    const { rows } = await this.db.pool.query<{ id: string; status: ClosedRolloutStatus }>(this.finalizeOrphansSql);
    return rows;
  }
}
