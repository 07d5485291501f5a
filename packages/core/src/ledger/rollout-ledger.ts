import type pg from 'pg';
import type { BackupStrategy, Direction, RolloutKind, RolloutStatus, RunError, RunMethod, RunResult, RunStatus } from '../types.js';
import type { ControlDb } from './control-db.js';

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
}

export type RunCounts = Record<RunStatus, number>;

export interface RolloutSummary {
  id: string;
  kind: RolloutKind;
  target: string;
  status: RolloutStatus;
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

const RUN_COLUMNS = `id, rollout_id, platform, tenant, direction, target, method, backup_strategy, backup_id, compensates, compensated_by, status, attempt, worker_id,
  from_version, to_version, noop, failed_migration, sqlstate, error, queued_at, started_at, finished_at`;

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

function emptyCounts(): RunCounts {
  return { queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
}

/** Rollouts and their runs: written before anything is enqueued, updated by every worker. */
export class RolloutLedger {
  constructor(private readonly db: ControlDb) {}

  /** Writes a rollout and all its runs in one transaction. */
  async createRollout(rollout: NewRollout): Promise<{ rolloutId: string; runs: CreatedRun[] }> {
    return this.db.transaction(async (client) => {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO ${this.db.table('rollouts')} (kind, target, options, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [rollout.kind, rollout.target, JSON.stringify(rollout.options), rollout.requestedBy ?? null],
      );
      const rolloutId = inserted.rows[0]!.id;
      const runs = await this.insertRuns(client, rolloutId, rollout.runs);
      return { rolloutId, runs };
    });
  }

  private async insertRuns(client: pg.PoolClient, rolloutId: string, planned: readonly PlannedRun[]): Promise<CreatedRun[]> {
    const runs: CreatedRun[] = [];
    const CHUNK = 5_000;
    for (let i = 0; i < planned.length; i += CHUNK) {
      const chunk = planned.slice(i, i + CHUNK);
      const { rows } = await client.query(
        `INSERT INTO ${this.db.table('runs')} (rollout_id, platform, tenant, direction, target, method, backup_strategy, backup_id, compensates)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[])
         RETURNING id, platform, tenant, direction, target, method, backup_strategy, backup_id, compensates`,
        [
          rolloutId,
          chunk.map((r) => r.platform),
          chunk.map((r) => r.tenant),
          chunk.map((r) => r.direction),
          chunk.map((r) => r.target),
          chunk.map((r) => r.method ?? 'migrations'),
          chunk.map((r) => r.backup ?? 'none'),
          chunk.map((r) => r.backupId ?? null),
          chunk.map((r) => r.compensates ?? null),
        ],
      );
      runs.push(
        ...rows.map((r) => ({
          id: r.id as string,
          platform: r.platform as string,
          tenant: r.tenant as string,
          direction: r.direction as Direction,
          target: r.target as string,
          method: r.method as RunMethod,
          backup: r.backup_strategy as BackupStrategy,
          backupId: r.backup_id as string | null,
          compensates: r.compensates as string | null,
        })),
      );
    }
    return runs;
  }

  /**
   * Adds a compensating run for a failed run (once: a second call returns undefined) and links
   * the two both ways. Its rollout stays open until the compensation is done.
   */
  async addCompensation(failedRunId: string, planned: PlannedRun): Promise<CreatedRun | undefined> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ rollout_id: string }>(
        `SELECT rollout_id FROM ${this.db.table('runs')} WHERE id = $1 AND compensated_by IS NULL FOR UPDATE`,
        [failedRunId],
      );
      if (!rows[0]) return undefined;
      await client.query(`UPDATE ${this.db.table('rollouts')} SET status = 'running', finished_at = NULL WHERE id = $1`, [rows[0].rollout_id]);
      const [run] = await this.insertRuns(client, rows[0].rollout_id, [{ ...planned, compensates: failedRunId }]);
      await client.query(`UPDATE ${this.db.table('runs')} SET compensated_by = $2 WHERE id = $1`, [failedRunId, run!.id]);
      return run;
    });
  }

  async getRun(runId: string): Promise<RunRecord | undefined> {
    const { rows } = await this.db.pool.query(`SELECT ${RUN_COLUMNS} FROM ${this.db.table('runs')} WHERE id = $1`, [runId]);
    return rows[0] ? toRunRecord(rows[0]) : undefined;
  }

  /** The version the tenant had when the run found it, written as soon as it is known. */
  async noteFrom(runId: string, from: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.db.table('runs')} SET from_version = $2 WHERE id = $1`, [runId, from]);
  }

  async noteBackup(runId: string, backupId: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.db.table('runs')} SET backup_id = $2 WHERE id = $1`, [runId, backupId]);
  }

  /**
   * Marks a run as being worked on by this worker. False when the run is finished or cancelled
   * (a duplicate delivery, or an aborted rollout): the caller then does nothing.
   */
  async claimRun(runId: string, workerId: string, backendPid: number | null): Promise<boolean> {
    const { rowCount } = await this.db.pool.query(
      `UPDATE ${this.db.table('runs')}
       SET status = 'running', attempt = attempt + 1, worker_id = $2, backend_pid = $3, started_at = now(), finished_at = NULL
       WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId, workerId, backendPid],
    );
    return rowCount === 1;
  }

  /** Whether a run still has work to do (queued or running). */
  async isOpen(runId: string): Promise<boolean> {
    const { rows } = await this.db.pool.query<{ status: RunStatus }>(`SELECT status FROM ${this.db.table('runs')} WHERE id = $1`, [runId]);
    return rows[0] !== undefined && (rows[0].status === 'queued' || rows[0].status === 'running');
  }

  /** The tenant was busy: the run goes back to waiting. */
  async deferRun(runId: string): Promise<void> {
    await this.db.pool.query(
      `UPDATE ${this.db.table('runs')} SET status = 'queued', deferrals = deferrals + 1, worker_id = NULL, backend_pid = NULL
       WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId],
    );
  }

  async finishRun(result: RunResult): Promise<void> {
    await this.db.pool.query(
      `UPDATE ${this.db.table('runs')}
       SET status = $2, from_version = $3, to_version = $4, noop = $5, steps = $6,
           failed_migration = $7, sqlstate = $8, error = $9, finished_at = now(), backend_pid = NULL,
           backup_id = coalesce($10, backup_id)
       WHERE id = $1`,
      [
        result.runId,
        result.status,
        result.from,
        result.to,
        result.noop,
        JSON.stringify(result.steps),
        result.error?.migration ?? null,
        result.error?.sqlstate ?? null,
        result.error ? `${result.error.code}: ${result.error.message}` : null,
        result.backupId ?? null,
      ],
    );
    await this.finalizeRollout(await this.rolloutOf(result.runId));
  }

  /** An infrastructure error: retried later (final=false) or given up on (final=true). */
  async recordRunError(runId: string, error: RunError, final: boolean): Promise<void> {
    await this.db.pool.query(
      `UPDATE ${this.db.table('runs')}
       SET status = $2, error = $3, sqlstate = $4, backend_pid = NULL, finished_at = CASE WHEN $5 THEN now() END
       WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId, final ? 'failed' : 'queued', `${error.code}: ${error.message}`, error.sqlstate ?? null, final],
    );
    if (final) await this.finalizeRollout(await this.rolloutOf(runId));
  }

  private async rolloutOf(runId: string): Promise<string> {
    const { rows } = await this.db.pool.query<{ rollout_id: string }>(`SELECT rollout_id FROM ${this.db.table('runs')} WHERE id = $1`, [runId]);
    return rows[0]!.rollout_id;
  }

  /**
   * Closes a rollout once no run is open. Each finishing run calls this after its own update has
   * committed, so the last one to finish always sees every other run finished.
   */
  async finalizeRollout(rolloutId: string, client: pg.Pool | pg.PoolClient = this.db.pool): Promise<void> {
    await client.query(
      `UPDATE ${this.db.table('rollouts')} r
       SET status = CASE WHEN EXISTS (SELECT 1 FROM ${this.db.table('runs')} WHERE rollout_id = r.id AND status = 'failed')
                         THEN 'failed' ELSE 'succeeded' END,
           finished_at = now()
       WHERE r.id = $1 AND r.status = 'running'
         AND NOT EXISTS (SELECT 1 FROM ${this.db.table('runs')} WHERE rollout_id = r.id AND status IN ('queued', 'running'))`,
      [rolloutId],
    );
  }

  async getRollout(rolloutId: string): Promise<RolloutSummary | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT r.id, r.kind, r.target, r.status, r.options, r.created_at, r.finished_at,
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
