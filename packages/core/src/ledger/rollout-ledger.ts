import { randomUUID } from 'node:crypto';
import { prepared } from '../db/prepared.js';
import type pg from 'pg';
import { redactSecrets } from '../db/redact.js';
import type { BackupStrategy, Direction, RolloutKind, RolloutStatus, RunError, RunMethod, RunResult, RunScope, RunStatus } from '../types.js';
import type { ControlDb } from './control-db.js';
import { conflictError, openRolloutsOver } from './rollout-overlap.js';
import { workerAliveSql } from './worker-registry.js';

export interface PlannedRun {
  platform: string;
  tenant: string;
  direction: Direction;
  /** target version: a migration name or '0' */
  target: string;
  method?: RunMethod;
  backup?: BackupStrategy;
  /** restore exactly this backup */
  backupId?: string | null;
  /** the failed run this one undoes */
  compensates?: string | null;
  /** set to create the run with a known id (to chain runs in one rollout) */
  id?: string;
  /** the run this one waits for: it is created `waiting` and queued when that one finishes */
  afterRun?: string | null;
  scope?: RunScope;
  /** position in a release saga (platform order); 0 outside sagas */
  sagaStep?: number;
  /** the wave the run belongs to (0: the canary, or everything when not staged) */
  wave?: number;
}

export interface CreatedRun extends PlannedRun {
  id: string;
}


export interface NewRollout {
  kind: RolloutKind;
  target: string;
  options: Record<string, unknown>;
  requestedBy?: string;
  runs: readonly PlannedRun[];
  /** abort the open rollouts over the same tenants instead of being refused by them */
  supersede?: boolean;
}

export type RunCounts = Record<RunStatus, number>;

/** The status a rollout closes with. */
export type ClosedRolloutStatus = 'succeeded' | 'failed' | 'cancelled';

export interface RolloutSummary {
  id: string;
  kind: RolloutKind;
  target: string;
  status: RolloutStatus;
  haltReason: string | null;
  /** the lowest wave with work left, and the number of waves */
  wave: number;
  waves: number;
  options: Record<string, unknown>;
  createdAt: Date;
  finishedAt: Date | null;
  total: number;
  counts: RunCounts;
}

export interface RunRecord {
  id: string;
  rolloutId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  target: string;
  method: RunMethod;
  backupStrategy: BackupStrategy;
  backupId: string | null;
  compensates: string | null;
  compensatedBy: string | null;
  afterRun: string | null;
  scope: RunScope;
  sagaStep: number;
  status: RunStatus;
  attempt: number;
  workerId: string | null;
  fromVersion: string | null;
  toVersion: string | null;
  noop: boolean | null;
  failedMigration: string | null;
  sqlstate: string | null;
  error: string | null;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const RUN_COLUMNS = `id, rollout_id, platform, tenant, direction, target, method, backup_strategy, backup_id, compensates, compensated_by, after_run, scope, saga_step, status, attempt, worker_id,
  from_version, to_version, noop, failed_migration, sqlstate, error, queued_at, started_at, finished_at`;

/** RUN_COLUMNS of a table aliased `r`. */
const RUN_COLUMNS_OF_R = RUN_COLUMNS.replace(/\s+/g, ' ').split(', ').map((column) => `r.${column}`).join(', ');

function toRunRecord(row: Record<string, unknown>): RunRecord {
  return {
    id: row.id as string,
    rolloutId: row.rollout_id as string,
    platform: row.platform as string,
    tenant: row.tenant as string,
    direction: row.direction as Direction,
    target: row.target as string,
    method: row.method as RunMethod,
    backupStrategy: row.backup_strategy as BackupStrategy,
    backupId: row.backup_id as string | null,
    compensates: row.compensates as string | null,
    compensatedBy: row.compensated_by as string | null,
    afterRun: row.after_run as string | null,
    scope: row.scope as RunScope,
    sagaStep: row.saga_step as number,
    status: row.status as RunStatus,
    attempt: row.attempt as number,
    workerId: row.worker_id as string | null,
    fromVersion: row.from_version as string | null,
    toVersion: row.to_version as string | null,
    noop: row.noop as boolean | null,
    failedMigration: row.failed_migration as string | null,
    sqlstate: row.sqlstate as string | null,
    error: row.error as string | null,
    queuedAt: row.queued_at as Date,
    startedAt: row.started_at as Date | null,
    finishedAt: row.finished_at as Date | null,
  };
}

/**
 * Closes the running rollouts `r` that match `where` once none of their runs is open: failed if
 * any failed. A failed run is written with no finished_at until its worker has written what
 * follows from it (compensations, cancellations): until then its rollout stays open, or `--wait`
 * could return with a tenant still to be returned.
 */
function finalizeRolloutsSql(db: ControlDb, where: string): string {
  return `UPDATE ${db.table('rollouts')} r
       SET status = CASE WHEN r.aborted_at IS NOT NULL THEN 'cancelled'
                         WHEN EXISTS (SELECT 1 FROM ${db.table('runs')} WHERE rollout_id = r.id AND status = 'failed')
                         THEN 'failed' ELSE 'succeeded' END,
           finished_at = now()
       WHERE ${where} AND r.status = 'running'
         AND NOT EXISTS (SELECT 1 FROM ${db.table('runs')} WHERE rollout_id = r.id AND status IN ('waiting', 'queued', 'running'))
         AND NOT EXISTS (SELECT 1 FROM ${db.table('runs')} WHERE rollout_id = r.id AND status = 'failed' AND finished_at IS NULL)`;
}

/**
 * Queues the runs waiting for run $1: compensations always, forward steps only after a success
 * (and not in an aborted rollout). Returns them as `r.*` columns.
 */
function queueDependentsSql(db: ControlDb, succeeded: boolean): string {
  return `UPDATE ${db.table('runs')} r SET status = 'queued', queued_at = now()
       FROM ${db.table('rollouts')} o
       WHERE r.after_run = $1 AND r.status = 'waiting' AND o.id = r.rollout_id
         AND (r.compensates IS NOT NULL${succeeded ? ' OR o.aborted_at IS NULL' : ''})
       RETURNING ${RUN_COLUMNS_OF_R}`;
}

/** A ledger run as the producer enqueues it. */
export function toCreatedRun(run: RunRecord): CreatedRun {
  return {
    id: run.id,
    platform: run.platform,
    tenant: run.tenant,
    direction: run.direction,
    target: run.target,
    method: run.method,
    backup: run.backupStrategy,
    backupId: run.backupId,
    compensates: run.compensates,
    scope: run.scope,
    sagaStep: run.sagaStep,
  };
}

function emptyCounts(): RunCounts {
  return { waiting: 0, queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
}

/** Rollouts and their runs: written before anything is enqueued, updated by every worker. */
export class RolloutLedger {
  constructor(private readonly db: ControlDb) {}

  /** Writes a rollout and all its runs in one transaction. */
  async createRollout(rollout: NewRollout): Promise<{ rolloutId: string; runs: CreatedRun[]; superseded: Array<{ id: string; cancelled: number }> }> {
    return this.db.transaction(async (client) => {
      const superseded: Array<{ id: string; cancelled: number }> = [];
      for (const open of await openRolloutsOver(client, this.db, rollout.runs)) {
        if (!rollout.supersede) throw conflictError(open);
        superseded.push({ id: open.id, ...(await this.abortIn(client, open.id, false)) });
      }
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO ${this.db.table('rollouts')} (kind, target, options, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [rollout.kind, rollout.target, JSON.stringify({ ...rollout.options, ...(superseded.length > 0 ? { superseded: superseded.map((r) => r.id) } : {}) }), rollout.requestedBy ?? null],
      );
      const rolloutId = inserted.rows[0]!.id;
      const runs = await this.insertRuns(client, rolloutId, rollout.runs);
      return { rolloutId, runs, superseded };
    });
  }

  private async insertRuns(client: pg.PoolClient, rolloutId: string, planned: readonly PlannedRun[]): Promise<CreatedRun[]> {
    const runs: CreatedRun[] = planned.map((run) => ({ ...run, id: run.id ?? randomUUID() }));
    const CHUNK = 5_000;
    for (let i = 0; i < runs.length; i += CHUNK) {
      const chunk = runs.slice(i, i + CHUNK);
      await client.query(
        `INSERT INTO ${this.db.table('runs')} (rollout_id, id, platform, tenant, direction, target, method, backup_strategy, backup_id, compensates, after_run, status, scope, saga_step, wave)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::int[], $15::int[])`,
        [
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
          chunk.map((r) => (r.afterRun || (r.wave ?? 0) > 0 ? 'waiting' : 'queued')),
          chunk.map((r) => r.scope ?? 'tenant'),
          chunk.map((r) => r.sagaStep ?? 0),
          chunk.map((r) => r.wave ?? 0),
        ],
      );
    }
    return runs;
  }

  /**
   * Compensating runs for failed or aborted work, chained in the order given (each waits for the
   * one before it; the first is queued). Each undone run is linked to its compensation, once: runs
   * already compensated are left out. Returns the runs to enqueue now.
   */
  async addCompensations(rolloutId: string, plans: ReadonlyArray<PlannedRun & { compensates: string }>): Promise<CreatedRun[]> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${this.db.table('runs')} WHERE id = ANY($1::uuid[]) AND compensated_by IS NULL FOR UPDATE`,
        [plans.map((p) => p.compensates)],
      );
      const open = new Set(rows.map((r) => r.id));
      const chain: PlannedRun[] = [];
      let previous: string | null = null;
      for (const plan of plans.filter((p) => open.has(p.compensates))) {
        const id = randomUUID();
        chain.push({ ...plan, id, afterRun: previous });
        previous = id;
      }
      if (chain.length === 0) return [];
      await client.query(`UPDATE ${this.db.table('rollouts')} SET status = 'running', finished_at = NULL WHERE id = $1 AND status IN ('succeeded', 'failed', 'cancelled')`, [rolloutId]);
      const created = await this.insertRuns(client, rolloutId, chain);
      for (const run of created) {
        await client.query(`UPDATE ${this.db.table('runs')} SET compensated_by = $2 WHERE id = $1`, [run.compensates, run.id]);
      }
      return created.filter((r) => !r.afterRun);
    });
  }

  /**
   * A run failed: the forward steps that can no longer run are cancelled with everything waiting
   * on them, and the compensations waiting for it are queued. Returns the runs to enqueue. (After
   * a success, settleSuccess queues its dependants.)
   */
  async releaseAfterFailure(runId: string): Promise<CreatedRun[]> {
    return this.db.transaction(async (client) => {
      await client.query(
        `WITH RECURSIVE doomed AS (
           SELECT id FROM ${this.db.table('runs')} WHERE after_run = $1 AND status = 'waiting' AND compensates IS NULL
           UNION SELECT r.id FROM ${this.db.table('runs')} r JOIN doomed d ON r.after_run = d.id WHERE r.status = 'waiting' AND r.compensates IS NULL
         )
         UPDATE ${this.db.table('runs')} SET status = 'cancelled', finished_at = now(), error = 'CANCELLED: a step it depends on failed'
         WHERE id IN (SELECT id FROM doomed)`,
        [runId],
      );
      const { rows } = await client.query(prepared(queueDependentsSql(this.db, false)), [runId]);
      return rows.map((row) => toCreatedRun(toRunRecord(row)));
    });
  }

  /** The succeeded, non-noop forward runs of a tenant in a rollout, newest saga step first. */
  async doneSteps(rolloutId: string, tenant: string, belowStep?: number): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query(
      `SELECT ${RUN_COLUMNS} FROM ${this.db.table('runs')}
       WHERE rollout_id = $1 AND tenant = $2 AND scope = 'tenant' AND compensates IS NULL AND compensated_by IS NULL
         AND status = 'succeeded' AND noop = false AND ($3::int IS NULL OR saga_step < $3)
       ORDER BY saga_step DESC, finished_at DESC`,
      [rolloutId, tenant, belowStep ?? null],
    );
    return rows.map(toRunRecord);
  }

  /**
   * Stops a rollout: no queued or waiting run starts any more; running ones (but compensations)
   * are stopped by their workers, which watch for this (`stopping`: how many).
   */
  async abort(rolloutId: string, compensate = false): Promise<{ cancelled: number; stopping: number }> {
    return this.db.transaction((client) => this.abortIn(client, rolloutId, compensate));
  }

  private async abortIn(client: pg.PoolClient, rolloutId: string, compensate: boolean): Promise<{ cancelled: number; stopping: number }> {
    await client.query(
      `UPDATE ${this.db.table('rollouts')} SET aborted_at = coalesce(aborted_at, now()),
         options = options || jsonb_build_object('compensateOnAbort', (options->>'compensateOnAbort')::boolean IS TRUE OR $2)
       WHERE id = $1`,
      [rolloutId, compensate],
    );
    const { rowCount } = await client.query(
      `UPDATE ${this.db.table('runs')} SET status = 'cancelled', finished_at = now(), error = 'CANCELLED: rollout aborted'
       WHERE rollout_id = $1 AND status IN ('waiting', 'queued') AND compensates IS NULL`,
      [rolloutId],
    );
    await this.finalizeRollout(rolloutId, client);
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND status = 'running' AND compensates IS NULL`,
      [rolloutId],
    );
    return { cancelled: rowCount ?? 0, stopping: rows[0]?.n ?? 0 };
  }

  /**
   * Runs still waiting for a run that succeeded more than `graceMs` ago: the worker that finished
   * it died before queuing them. They are queued now; returned with their rollout, to enqueue.
   */
  async releaseStranded(graceMs: number): Promise<Array<CreatedRun & { rolloutId: string }>> {
    const runs = this.db.table('runs');
    const { rows } = await this.db.pool.query(
      `UPDATE ${runs} r SET status = 'queued', queued_at = now()
       FROM ${runs} a, ${this.db.table('rollouts')} o
       WHERE r.status = 'waiting' AND r.after_run IS NOT NULL AND a.id = r.after_run AND a.status = 'succeeded'
         AND a.finished_at < now() - make_interval(secs => $1::double precision / 1000)
         AND o.id = r.rollout_id AND o.status = 'running' AND (r.compensates IS NOT NULL OR o.aborted_at IS NULL)
       RETURNING ${RUN_COLUMNS_OF_R}`,
      [graceMs],
    );
    return rows.map((row) => ({ ...toCreatedRun(toRunRecord(row)), rolloutId: row.rollout_id as string }));
  }

  /** Running rollouts with a wave still to release (advanceWaves says whether it may start). */
  async rolloutsWithWaitingWaves(): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(
      `SELECT o.id FROM ${this.db.table('rollouts')} o
       WHERE o.status = 'running' AND EXISTS (SELECT 1 FROM ${this.db.table('runs')} r WHERE r.rollout_id = o.id AND r.status = 'waiting' AND r.after_run IS NULL)`,
    );
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
      const { rows } = await client.query<{ status: RolloutStatus; options: Record<string, unknown> }>(
        `SELECT status, options FROM ${this.db.table('rollouts')} WHERE id = $1 FOR UPDATE`,
        [rolloutId],
      );
      const rollout = rows[0];
      if (!rollout || rollout.status !== 'running') return { released: [] };
      const stages = (rollout.options.stages ?? {}) as { canary?: number; maxFailures?: number | null };
      // each part an index lookup (runs_failed, runs_open_wave, runs_wave): this runs after every
      // run of a staged rollout, and must not cost more as the rollout grows
      const { rows: state } = await client.query<{ failed: number; canary_failed: number; shared_failed: boolean; open_wave: number | null; next_wave: number | null }>(
        `SELECT f.failed, f.canary_failed, f.shared_failed,
                (SELECT min(wave) FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND (status IN ('queued', 'running') OR (status = 'waiting' AND after_run IS NOT NULL))) AS open_wave,
                (SELECT min(wave) FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND status = 'waiting' AND after_run IS NULL) AS next_wave
         FROM (SELECT count(DISTINCT tenant) FILTER (WHERE compensates IS NULL)::int AS failed,
                      count(DISTINCT tenant) FILTER (WHERE compensates IS NULL AND wave = 0)::int AS canary_failed,
                      coalesce(bool_or(scope = 'shared'), false) AS shared_failed
               FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND status = 'failed') f`,
        [rolloutId],
      );
      const { failed, canary_failed: canaryFailed, shared_failed: sharedFailed, open_wave: openWave, next_wave: nextWave } = state[0]!;
      const baseline = Number(rollout.options.failureBaseline ?? 0);
      let halt: string | undefined;
      if (sharedFailed) halt = 'shared migrations failed';
      else if (stages.maxFailures != null && failed - baseline >= stages.maxFailures) halt = `${failed} tenant(s) failed, reaching --max-failures ${stages.maxFailures}`;
      else if ((stages.canary ?? 0) > 0 && canaryFailed > 0 && !rollout.options.canaryPassed) halt = `${canaryFailed} canary tenant(s) failed`;
      if (halt) {
        await client.query(`UPDATE ${this.db.table('rollouts')} SET status = 'halted', halt_reason = $2 WHERE id = $1`, [rolloutId, halt]);
        return { released: [], halted: halt };
      }
      // a wave is open while it has queued or running runs, or runs waiting on another run of it;
      // a later wave's dependent runs (the tenant's next platform) wait with their wave, unreleased
      if (nextWave === null || (openWave !== null && openWave < nextWave)) return { released: [] };
      if ((stages.canary ?? 0) > 0 && !rollout.options.canaryPassed) {
        await client.query(`UPDATE ${this.db.table('rollouts')} SET options = options || '{"canaryPassed": true}' WHERE id = $1`, [rolloutId]);
      }
      const { rows: released } = await client.query(
        `UPDATE ${this.db.table('runs')} SET status = 'queued', queued_at = now()
         WHERE rollout_id = $1 AND wave = $2 AND status = 'waiting' AND after_run IS NULL
         RETURNING ${RUN_COLUMNS}`,
        [rolloutId, nextWave],
      );
      return { released: released.map((row) => toCreatedRun(toRunRecord(row))) };
    });
  }

  /**
   * After a success is written, in one statement: the runs waiting for it are queued, its
   * rollout is closed when nothing is left open, whether a next wave may start (`advance`:
   * nothing of an earlier wave open; advanceWaves decides under a lock) and whether the rollout
   * was aborted (and asked to return its tenants). Safe against runs finishing at once because it
   * runs after the result's own commit: of two runs finishing together, the one whose statement
   * starts last sees both results.
   */
  async settleSuccess(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<{ released: CreatedRun[]; advance: boolean; aborted: boolean; compensate: boolean; closed?: ClosedRolloutStatus }> {
    const runs = this.db.table('runs');
    const { rows } = await this.db.pool.query(
      prepared(`WITH released AS (
         ${queueDependentsSql(this.db, true)}
       ), closed AS (
         -- not a rollout aborted with --compensate: the caller may still have tenants to return
         ${finalizeRolloutsSql(this.db, `r.id = $2 AND NOT (r.aborted_at IS NOT NULL AND (r.options->>'compensateOnAbort')::boolean IS TRUE)`)}
         RETURNING r.id, r.status
       ), state AS (
         -- the next wave may start when nothing of an earlier wave is open (advanceWaves decides, under a lock)
         SELECT o.status = 'running' AND w.next_wave IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM ${runs} x WHERE x.rollout_id = o.id AND x.wave < w.next_wave
                    AND (x.status IN ('queued', 'running') OR (x.status = 'waiting' AND x.after_run IS NOT NULL))) AS advance,
                o.aborted_at IS NOT NULL AS aborted, (o.options->>'compensateOnAbort')::boolean IS TRUE AS compensate
         FROM ${this.db.table('rollouts')} o,
              LATERAL (SELECT min(wave) AS next_wave FROM ${runs} WHERE rollout_id = o.id AND status = 'waiting' AND after_run IS NULL) w
         WHERE o.id = $2
       )
       SELECT s.advance AS settle_advance, s.aborted AS settle_aborted, s.compensate AS settle_compensate, (SELECT status FROM closed) AS settle_closed, released.*
       FROM state s LEFT JOIN released ON true`),
      [run.id, run.rolloutId],
    );
    const state = rows[0] as { settle_advance: boolean; settle_aborted: boolean; settle_compensate: boolean; settle_closed: ClosedRolloutStatus | null } | undefined;
    return {
      // released runs are still `waiting` to this statement: they keep their wave open, as they should
      released: rows.filter((row) => row.id !== null).map((row) => toCreatedRun(toRunRecord(row))),
      advance: state?.settle_advance === true,
      aborted: state?.settle_aborted === true,
      compensate: state?.settle_compensate === true,
      ...(state?.settle_closed ? { closed: state.settle_closed } : {}),
    };
  }

  /** Pauses a running rollout: queued runs wait, running ones finish. */
  async pause(rolloutId: string): Promise<boolean> {
    const { rowCount } = await this.db.pool.query(`UPDATE ${this.db.table('rollouts')} SET status = 'paused' WHERE id = $1 AND status = 'running'`, [rolloutId]);
    return rowCount === 1;
  }

  /**
   * Resumes a paused or halted rollout. With `retryFailed`, its failed runs (not compensated) are
   * queued again. Failures counted towards --max-failures start again from here. Returns the
   * queued runs, to be enqueued again (their jobs may have been skipped while it was stopped).
   */
  async resume(rolloutId: string, retryFailed: boolean): Promise<CreatedRun[] | undefined> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ status: RolloutStatus }>(`SELECT status FROM ${this.db.table('rollouts')} WHERE id = $1 FOR UPDATE`, [rolloutId]);
      if (!rows[0] || (rows[0].status !== 'paused' && rows[0].status !== 'halted')) return undefined;
      if (retryFailed) {
        await client.query(
          `UPDATE ${this.db.table('runs')} SET status = 'queued', error = NULL, sqlstate = NULL, failed_migration = NULL, finished_at = NULL, queued_at = now()
           WHERE rollout_id = $1 AND status = 'failed' AND compensates IS NULL AND compensated_by IS NULL`,
          [rolloutId],
        );
      }
      await client.query(
        `UPDATE ${this.db.table('rollouts')} SET status = 'running', halt_reason = NULL,
           options = options || jsonb_build_object('failureBaseline',
             (SELECT count(DISTINCT tenant) FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND status = 'failed' AND compensates IS NULL))
         WHERE id = $1`,
        [rolloutId],
      );
      const { rows: queued } = await client.query(`SELECT ${RUN_COLUMNS} FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND status = 'queued' ORDER BY wave, platform, tenant`, [rolloutId]);
      return queued.map((row) => toCreatedRun(toRunRecord(row)));
    });
  }

  /** Tenants a rollout did not bring to its target: a tenant run of theirs failed or was cancelled (compensations aside). */
  async unfinishedTenants(rolloutId: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `SELECT DISTINCT tenant FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND scope = 'tenant' AND compensates IS NULL AND status IN ('failed', 'cancelled') ORDER BY tenant`,
      [rolloutId],
    );
    return rows.map((r) => r.tenant);
  }

  /** Tenants a rollout changed (for compensation on abort). */
  async touchedTenants(rolloutId: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `SELECT DISTINCT tenant FROM ${this.db.table('runs')} WHERE rollout_id = $1 AND scope = 'tenant' AND compensates IS NULL AND status = 'succeeded' AND noop = false ORDER BY tenant`,
      [rolloutId],
    );
    return rows.map((r) => r.tenant);
  }

  /** Adds the compensating run of one failed run (once) and returns it when it is to be enqueued. */
  async addCompensation(failedRunId: string, planned: PlannedRun): Promise<CreatedRun | undefined> {
    const failed = await this.getRun(failedRunId);
    if (!failed) return undefined;
    const [run] = await this.addCompensations(failed.rolloutId, [{ ...planned, compensates: failedRunId }]);
    return run;
  }

  async getRun(runId: string): Promise<RunRecord | undefined> {
    const { rows } = await this.db.pool.query(prepared(`SELECT ${RUN_COLUMNS} FROM ${this.db.table('runs')} WHERE id = $1`), [runId]);
    return rows[0] ? toRunRecord(rows[0]) : undefined;
  }

  /**
   * The runs that wait, directly or down a chain, for these runs and back up their tenant first:
   * the same tenants' steps on a release's later platforms. Compensations and restores excluded.
   */
  async waitingBackups(runIds: readonly string[]): Promise<RunRecord[]> {
    const runs = this.db.table('runs');
    const { rows } = await this.db.pool.query(
      `WITH RECURSIVE chain AS (
         SELECT id FROM ${runs} WHERE after_run = ANY($1::uuid[]) AND status = 'waiting'
         UNION ALL
         SELECT r.id FROM ${runs} r JOIN chain c ON r.after_run = c.id WHERE r.status = 'waiting'
       )
       SELECT ${RUN_COLUMNS_OF_R} FROM ${runs} r JOIN chain c ON c.id = r.id
       WHERE r.backup_strategy = 'pg_dump' AND r.scope = 'tenant' AND r.method IS DISTINCT FROM 'restore' AND r.compensates IS NULL
       ORDER BY r.platform, r.id`,
      [runIds],
    );
    return rows.map(toRunRecord);
  }

  /** A restore's aside schema, written before the live schema is moved there; null once the swap is over. */
  async noteAside(runId: string, aside: string | null): Promise<void> {
    await this.db.pool.query(prepared(`UPDATE ${this.db.table('runs')} SET aside_schema = $2 WHERE id = $1`), [runId, aside]);
  }

  async noteBackup(runId: string, backupId: string): Promise<void> {
    await this.db.pool.query(prepared(`UPDATE ${this.db.table('runs')} SET backup_id = $2 WHERE id = $1`), [runId, backupId]);
  }

  /**
   * Marks a run as being worked on by this worker, with the version its tenant is at (read under
   * the tenant lock). Returns the version the run's first attempt found: a retry after a committed
   * step finds its tenant part-way or at the target, and the run is still recorded from where it
   * began. Undefined when the run is finished or cancelled (a duplicate delivery, or an aborted
   * rollout): the caller then does nothing.
   */
  async claimRun(runId: string, workerId: string, backendPid: number | null, from: string): Promise<string | undefined> {
    const { rows } = await this.db.pool.query<{ from_version: string }>(
      prepared(`UPDATE ${this.db.table('runs')}
       SET status = 'running', attempt = attempt + 1, worker_id = $2, backend_pid = $3, started_at = now(), finished_at = NULL,
           from_version = coalesce(from_version, $4)
       WHERE id = $1 AND status IN ('queued', 'running')
         AND (compensates IS NOT NULL OR (SELECT aborted_at IS NULL AND status = 'running' FROM ${this.db.table('rollouts')} WHERE id = rollout_id))
       RETURNING from_version`),
      [runId, workerId, backendPid, from],
    );
    return rows[0]?.from_version;
  }

  /** Of these runs, those whose rollout was aborted (compensations are never stopped by an abort). */
  async abortedAmong(runIds: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(
      prepared(`SELECT r.id FROM ${this.db.table('runs')} r JOIN ${this.db.table('rollouts')} o ON o.id = r.rollout_id
       WHERE r.id = ANY($1::uuid[]) AND o.aborted_at IS NOT NULL AND r.compensates IS NULL`),
      [runIds],
    );
    return rows.map((r) => r.id);
  }

  /** Whether a run still has work to do (queued or running). */
  async isOpen(runId: string): Promise<boolean> {
    const { rows } = await this.db.pool.query<{ status: RunStatus }>(`SELECT status FROM ${this.db.table('runs')} WHERE id = $1`, [runId]);
    return rows[0] !== undefined && (rows[0].status === 'queued' || rows[0].status === 'running');
  }

  /** The tenant was busy: the run goes back to waiting. */
  async deferRun(runId: string): Promise<void> {
    // a run found 'running' is held by another session (a frozen or duplicate holder): its holder
    // stays recorded, so `locks list` and `locks cleanup` can find it
    await this.db.pool.query(prepared(`UPDATE ${this.db.table('runs')} SET deferrals = deferrals + 1 WHERE id = $1 AND status IN ('queued', 'running')`), [runId]);
  }

  /** Records a run's result and closes its rollout when it was the last open run; returns the run. */
  async finishRun(result: RunResult): Promise<RunRecord | undefined> {
    const { rows } = await this.db.pool.query(
      prepared(`UPDATE ${this.db.table('runs')}
       SET status = $2, from_version = coalesce(from_version, $3), to_version = $4, aside_schema = NULL, noop = $5, steps = $6,
           failed_migration = $7, sqlstate = $8, error = $9, finished_at = CASE WHEN $2 = 'failed' THEN NULL ELSE now() END, backend_pid = NULL,
           backup_id = coalesce($10, backup_id)
       WHERE id = $1
       RETURNING ${RUN_COLUMNS}`),
      [
        result.runId,
        result.status,
        result.from,
        result.to,
        result.noop,
        JSON.stringify(result.steps),
        result.error?.migration ?? null,
        result.error?.sqlstate ?? null,
        result.error ? redactSecrets(`${result.error.code}: ${result.error.message}`) : null,
        result.backupId ?? null,
      ],
    );
    // the rollout is closed afterwards: by settleSuccess after a success; after a failure once its
    // compensating runs are written (afterRun); by the reconciler should this worker die first
    return rows[0] ? toRunRecord(rows[0]) : undefined;
  }

  /** An infrastructure error: retried later (final=false) or given up on (final=true). */
  async recordRunError(runId: string, error: RunError, final: boolean, workerId?: string): Promise<void> {
    // a worker that froze and woke up after another took its run over must not touch the run
    // a final failure closes its rollout once its compensations are written (afterRun)
    await this.db.pool.query(
      prepared(`UPDATE ${this.db.table('runs')}
       SET status = $2, error = $3, sqlstate = $4, backend_pid = NULL, finished_at = NULL
       WHERE id = $1 AND status IN ('queued', 'running') AND ($5::text IS NULL OR worker_id IS NULL OR worker_id = $5)`),
      [runId, final ? 'failed' : 'queued', redactSecrets(`${error.code}: ${error.message}`), error.sqlstate ?? null, workerId ?? null],
    );
  }

  /**
   * Closes every rollout left running with no open run: a worker that died between finishing a
   * run and closing its rollout (the reconciler's safety net). Returns how many it closed.
   */
  async finalizeOrphans(workerExpiryMs: number): Promise<number> {
    // failures whose worker died before settling them: what it did not write stays undone
    // (README, reliability), but their rollout can close
    await this.db.pool.query(
      `UPDATE ${this.db.table('runs')} r SET finished_at = now()
       WHERE r.status = 'failed' AND r.finished_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM ${this.db.table('workers')} w WHERE w.id = r.worker_id AND ${workerAliveSql('w', '$1')})`,
      [workerExpiryMs],
    );
    const { rowCount } = await this.db.pool.query(finalizeRolloutsSql(this.db, `r.created_at < now() - interval '10 seconds'`));
    return rowCount ?? 0;
  }

  /** What follows from a failed run is written: it gets its finished_at, and its rollout may close (its status returned when this closed it). */
  async settleFailure(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<ClosedRolloutStatus | undefined> {
    await this.db.pool.query(prepared(`UPDATE ${this.db.table('runs')} SET finished_at = now() WHERE id = $1 AND status = 'failed' AND finished_at IS NULL`), [run.id]);
    return this.finalizeRollout(run.rolloutId);
  }

  /**
   * Closes a rollout once no run is open. Each finishing run calls this after its own update has
   * committed, so the last one to finish always sees every other run finished. Returns the
   * rollout's status when this call closed it (exactly one caller sees that: rollout:finished).
   */
  async finalizeRollout(rolloutId: string, client: pg.Pool | pg.PoolClient = this.db.pool): Promise<ClosedRolloutStatus | undefined> {
    const { rows } = await client.query<{ status: ClosedRolloutStatus }>(prepared(`${finalizeRolloutsSql(this.db, 'r.id = $1')} RETURNING r.status`), [rolloutId]);
    return rows[0]?.status;
  }

  async getRollout(rolloutId: string): Promise<RolloutSummary | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT r.id, r.kind, r.target, r.status, r.options, r.created_at, r.finished_at, r.halt_reason,
              (SELECT coalesce(min(wave), -1) FROM ${this.db.table('runs')} WHERE rollout_id = r.id AND status IN ('waiting', 'queued', 'running')) AS wave,
              (SELECT coalesce(max(wave), 0) + 1 FROM ${this.db.table('runs')} WHERE rollout_id = r.id) AS waves,
              (SELECT coalesce(jsonb_object_agg(status, n), '{}') FROM
                 (SELECT status, count(*)::int AS n FROM ${this.db.table('runs')} WHERE rollout_id = r.id GROUP BY status) c) AS counts
       FROM ${this.db.table('rollouts')} r WHERE r.id = $1`,
      [rolloutId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const counts = { ...emptyCounts(), ...(row.counts as Partial<RunCounts>) };
    return {
      id: row.id,
      kind: row.kind,
      target: row.target,
      status: row.status,
      haltReason: row.halt_reason,
      wave: row.wave,
      waves: row.waves,
      options: row.options,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  }

  async listRuns(rolloutId: string, status?: RunStatus): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query(
      `SELECT ${RUN_COLUMNS} FROM ${this.db.table('runs')}
       WHERE rollout_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY platform, tenant`,
      [rolloutId, status ?? null],
    );
    return rows.map(toRunRecord);
  }

  /** The newest run of each (platform, tenant), for status views. */
  async lastRuns(platforms: readonly string[] | null, tenants: readonly string[] | null): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query(
      `SELECT DISTINCT ON (platform, tenant) ${RUN_COLUMNS} FROM ${this.db.table('runs')}
       WHERE ($1::text[] IS NULL OR platform = ANY($1)) AND ($2::text[] IS NULL OR tenant = ANY($2))
       ORDER BY platform, tenant, queued_at DESC, id`,
      [platforms && platforms.length > 0 ? platforms : null, tenants && tenants.length > 0 ? tenants : null],
    );
    return rows.map(toRunRecord);
  }
}
