import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { RolloutKind } from '../types.js';
import type { ControlDb } from './control-db.js';
import type { AbortedRollout } from './rollout-control.js';
import { conflictError, openRolloutsOver } from './rollout-overlap.js';
import type { CreatedRun, PlannedRun } from './run-rows.js';
import type { ClosedRolloutStatus } from './settlement.js';
import { ROLLOUT, RUN } from './statuses.js';

/** What halts a staged rollout: its canary's size (0: none) and --max-failures (null: never). */
export interface RolloutStages {
  canary: number;
  maxFailures: number | null;
}

export interface NewRollout {
  kind: RolloutKind;
  target: string;
  /** the request as it was asked, kept as a record: what steers the rollout is in `stages` (columns) */
  options: Record<string, unknown>;
  /** the stages that may halt it; none when left out */
  stages?: RolloutStages;
  requestedBy?: string;
  runs: readonly PlannedRun[];
  /** abort the open rollouts over the same tenants instead of being refused by them */
  supersede?: boolean;
}

export interface CreatedRollout {
  rolloutId: string;
  runs: CreatedRun[];
  /** `closed`: the abort closed it (nothing was running), with this status */
  superseded: Array<{ id: string; cancelled: number; closed?: ClosedRolloutStatus }>;
}

/** Stops a rollout inside a transaction (the abort of rollout-control.ts). */
export type AbortIn = (client: pg.PoolClient, rolloutId: string, compensate: boolean) => Promise<AbortedRollout>;

const RUNS_PER_INSERT = 5_000;

/** Writes rollouts and their runs: before anything is enqueued, in one transaction. */
export class RolloutCreation {
  private readonly insertRollout: string;
  private readonly insertRunChunk: string;
  private readonly finishEmpty: string;

  constructor(
    private readonly db: ControlDb,
    private readonly abortIn: AbortIn,
  ) {
    this.insertRollout = `
      INSERT INTO ${db.table('rollouts')} (kind, target, options, requested_by, canary, max_failures)
      VALUES ($1, $2, $3, $4, $5, $6)
      RETURNING id`;
    this.finishEmpty = `UPDATE ${db.table('rollouts')} SET status = ${ROLLOUT.succeeded}, finished_at = now() WHERE id = $1`;
    // a run that waits for another run, or for a later wave, starts `waiting`; the others are queued
    this.insertRunChunk = `
      INSERT INTO ${db.table('runs')}
        (rollout_id, id, platform, tenant, direction, target, method, backup_strategy, backup_id,
         compensates, after_run, scope, saga_step, wave, status)
      SELECT $1, p.*, CASE WHEN p.after_run IS NOT NULL OR p.wave > 0 THEN ${RUN.waiting} ELSE ${RUN.queued} END
      FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                  $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::int[], $14::int[])
           AS p(id, platform, tenant, direction, target, method, backup_strategy, backup_id,
                compensates, after_run, scope, saga_step, wave)`;
  }

  /** Writes a rollout and all its runs in one transaction. */
  async createRollout(rollout: NewRollout): Promise<CreatedRollout> {
    return this.db.transaction(async (client) => {
      const superseded: CreatedRollout['superseded'] = [];
      for (const open of await openRolloutsOver(client, this.db, rollout.runs)) {
        if (!rollout.supersede) throw conflictError(open);
        superseded.push({ id: open.id, ...(await this.abortIn(client, open.id, false)) });
      }
      const supersededIds = superseded.map((r) => r.id);
      const options = { ...rollout.options, ...(supersededIds.length > 0 ? { superseded: supersededIds } : {}) };
      const { rows } = await client.query<{ id: string }>(this.insertRollout, [
        rollout.kind,
        rollout.target,
        JSON.stringify(options),
        rollout.requestedBy ?? null,
        rollout.stages?.canary ?? 0,
        rollout.stages?.maxFailures ?? null,
      ]);
      const rolloutId = rows[0]!.id;
      const runs = await this.insertRuns(client, rolloutId, rollout.runs);
      // nothing to run (every tenant at its target): it is written as done, a record of the request
      if (runs.length === 0) await client.query(this.finishEmpty, [rolloutId]);
      return { rolloutId, runs, superseded };
    });
  }

  /** Writes runs of a rollout, in chunks (one statement per chunk); returns them with their ids. */
  async insertRuns(client: pg.PoolClient, rolloutId: string, planned: readonly PlannedRun[]): Promise<CreatedRun[]> {
    const runs: CreatedRun[] = planned.map((run) => ({ ...run, id: run.id ?? randomUUID() }));
    for (let i = 0; i < runs.length; i += RUNS_PER_INSERT) {
      const chunk = runs.slice(i, i + RUNS_PER_INSERT);
      await client.query(this.insertRunChunk, [
        rolloutId,
        chunk.map((r) => r.id),
        chunk.map((r) => r.platform),
        chunk.map((r) => r.tenant),
        chunk.map((r) => r.direction),
        chunk.map((r) => r.target),
        chunk.map((r) => r.method ?? 'migrations'),
        chunk.map((r) => r.backup ?? 'none'),
        chunk.map((r) => r.backupId ?? null),
        chunk.map((r) => r.compensates ?? null),
        chunk.map((r) => r.afterRun ?? null),
        chunk.map((r) => r.scope ?? 'tenant'),
        chunk.map((r) => r.sagaStep ?? 0),
        chunk.map((r) => r.wave ?? 0),
      ]);
    }
    return runs;
  }
}
