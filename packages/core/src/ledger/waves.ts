import type { ControlDb } from './control-db.js';
import { RUN_RECORD, toCreatedRun, type CreatedRun, type RunRecord } from './run-rows.js';
import { ROLLOUT, RUN } from './statuses.js';
import { decideWave, type WaveControls, type WaveState } from './wave-decision.js';

type LockedRollout = WaveControls & { running: boolean };

/** A staged rollout's waves: wave 0 (the canary) first, each next one once the one before is done. */
export class Waves {
  private readonly withWaitingWaves: string;
  private readonly lockRollout: string;
  private readonly readState: string;
  private readonly halt: string;
  private readonly passCanary: string;
  private readonly releaseWave: string;

  constructor(private readonly db: ControlDb) {
    const runs = db.table('runs');
    const rollouts = db.table('rollouts');
    this.withWaitingWaves = `
      SELECT o.id
        FROM ${rollouts} o
       WHERE o.status = ${ROLLOUT.running}
         AND EXISTS (SELECT 1 FROM ${runs} r
                      WHERE r.rollout_id = o.id AND r.status = ${RUN.waiting} AND r.after_run IS NULL)`;
    this.lockRollout = `
      SELECT status = ${ROLLOUT.running} AS running, canary, max_failures AS "maxFailures",
             canary_passed AS "canaryPassed", failure_baseline AS "failureBaseline"
        FROM ${rollouts}
       WHERE id = $1
         FOR UPDATE`;
    // each part an index lookup (runs_failed, runs_open_wave, runs_wave): this runs after every
    // run of a staged rollout, and must not cost more as the rollout grows
    this.readState = `
      SELECT f.failed AS "failedTenants", f.canary_failed AS "canaryFailedTenants", f.shared_failed AS "sharedFailed",
             (SELECT min(wave) FROM ${runs}
               WHERE rollout_id = $1
                 AND (status IN (${RUN.queued}, ${RUN.running}) OR (status = ${RUN.waiting} AND after_run IS NOT NULL))
             ) AS "openWave",
             (SELECT min(wave) FROM ${runs}
               WHERE rollout_id = $1 AND status = ${RUN.waiting} AND after_run IS NULL
             ) AS "nextWave"
        FROM (SELECT count(DISTINCT tenant) FILTER (WHERE compensates IS NULL)::int AS failed,
                     count(DISTINCT tenant) FILTER (WHERE compensates IS NULL AND wave = 0)::int AS canary_failed,
                     coalesce(bool_or(scope = 'shared'), false) AS shared_failed
                FROM ${runs}
               WHERE rollout_id = $1 AND status = ${RUN.failed}) f`;
    this.halt = `UPDATE ${rollouts} SET status = ${ROLLOUT.halted}, halt_reason = $2 WHERE id = $1`;
    this.passCanary = `UPDATE ${rollouts} SET canary_passed = true WHERE id = $1`;
    this.releaseWave = `
      UPDATE ${runs} r
         SET status = ${RUN.queued}, queued_at = now()
       WHERE r.rollout_id = $1 AND r.wave = $2 AND r.status = ${RUN.waiting} AND r.after_run IS NULL
      RETURNING ${RUN_RECORD}`;
  }

  /** Running rollouts with a wave still to release (advanceWaves says whether it may start). */
  async rolloutsWithWaitingWaves(): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(this.withWaitingWaves);
    return rows.map((r) => r.id);
  }

  /**
   * Moves a staged rollout on after a run finished: halts it when its failures reach
   * `maxFailures` (counted since the last resume) or a canary tenant failed; otherwise, once its
   * current wave has no work left, queues the next wave. Serialised per rollout (row lock).
   * Returns the runs to enqueue.
   */
  async advanceWaves(rolloutId: string): Promise<{ released: CreatedRun[]; halted?: string }> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<LockedRollout>(this.lockRollout, [rolloutId]);
      const rollout = rows[0];
      if (!rollout?.running) return { released: [] };
      const { rows: state } = await client.query<WaveState>(this.readState, [rolloutId]);
      const decision = decideWave(state[0]!, rollout);
      if (decision.kind === 'halt') {
        await client.query(this.halt, [rolloutId, decision.reason]);
        return { released: [], halted: decision.reason };
      }
      if (decision.kind === 'wait') return { released: [] };
      if (decision.passesCanary) await client.query(this.passCanary, [rolloutId]);
      const { rows: released } = await client.query<RunRecord>(this.releaseWave, [rolloutId, decision.wave]);
      return { released: released.map(toCreatedRun) };
    });
  }
}
