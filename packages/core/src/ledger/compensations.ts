import { randomUUID } from 'node:crypto';
import type { ControlDb } from './control-db.js';
import type { RolloutCreation } from './rollout-creation.js';
import type { CreatedRun, PlannedRun } from './run-rows.js';
import { ENDED_ROLLOUTS, ROLLOUT } from './statuses.js';

export type PlannedCompensation = PlannedRun & { compensates: string };

/**
 * Chains compensations in the order given: each waits for the one before it, the first waits for
 * nothing. Pure: ids are drawn by `newId`.
 */
export function chainCompensations(
  plans: readonly PlannedCompensation[],
  newId: () => string = randomUUID,
): PlannedCompensation[] {
  const chain: PlannedCompensation[] = [];
  let previous: string | null = null;
  for (const plan of plans) {
    const id = newId();
    chain.push({ ...plan, id, afterRun: previous });
    previous = id;
  }
  return chain;
}

/** Compensating runs: runs that undo failed or aborted work, each linked to the run it undoes. */
export class Compensations {
  private readonly lockUncompensated: string;
  private readonly reopenRollout: string;
  private readonly linkCompensation: string;
  private readonly rolloutOfRun: string;

  constructor(
    private readonly db: ControlDb,
    private readonly creation: RolloutCreation,
  ) {
    const runs = db.table('runs');
    this.lockUncompensated = `
      SELECT id FROM ${runs}
       WHERE id = ANY($1::uuid[]) AND compensated_by IS NULL
         FOR UPDATE`;
    // a rollout that ended opens again while its tenants are returned
    this.reopenRollout = `
      UPDATE ${db.table('rollouts')}
         SET status = ${ROLLOUT.running}, finished_at = NULL
       WHERE id = $1 AND status IN (${ENDED_ROLLOUTS})`;
    this.linkCompensation = `UPDATE ${runs} SET compensated_by = $2 WHERE id = $1`;
    this.rolloutOfRun = `SELECT rollout_id AS "rolloutId" FROM ${runs} WHERE id = $1`;
  }

  /**
   * Compensating runs for failed or aborted work, chained in the order given (each waits for the
   * one before it; the first is queued). Each undone run is linked to its compensation, once: runs
   * already compensated are left out. Returns the runs to enqueue now.
   */
  async addCompensations(rolloutId: string, plans: readonly PlannedCompensation[]): Promise<CreatedRun[]> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(this.lockUncompensated, [plans.map((p) => p.compensates)]);
      const uncompensated = new Set(rows.map((r) => r.id));
      const chain = chainCompensations(plans.filter((p) => uncompensated.has(p.compensates)));
      if (chain.length === 0) return [];
      await client.query(this.reopenRollout, [rolloutId]);
      const created = await this.creation.insertRuns(client, rolloutId, chain);
      for (const run of created) await client.query(this.linkCompensation, [run.compensates, run.id]);
      return created.filter((r) => !r.afterRun);
    });
  }

  /** Adds the compensating run of one failed run (once) and returns it when it is to be enqueued. */
  async addCompensation(failedRunId: string, planned: PlannedRun): Promise<CreatedRun | undefined> {
    const { rows } = await this.db.pool.query<{ rolloutId: string }>(this.rolloutOfRun, [failedRunId]);
    if (!rows[0]) return undefined;
    const [run] = await this.addCompensations(rows[0].rolloutId, [{ ...planned, compensates: failedRunId }]);
    return run;
  }
}
