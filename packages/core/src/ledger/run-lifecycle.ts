import { prepared } from '../db/prepared.js';
import { redactSecrets } from '../db/redact.js';
import type { LockWaits, RunError, RunResult } from '../types.js';
import type { ControlDb } from './control-db.js';
import type { DeferralReason } from '../governor/server-budgets.js';
import { KnownVersions } from './known-versions.js';
import { RUN_RECORD, type RunRecord } from './run-rows.js';
import { CLAIMABLE_RUNS, ROLLOUT, RUN } from './statuses.js';

/** Why a run was deferred, and on which server (deferral reasons: governor/server-budgets.ts). */
export interface Deferral {
  reason: DeferralReason;
  server?: string;
  detail?: string;
}

/**
 * A run as its worker moves it: claimed, deferred while its tenant is busy, noted on the way
 * (backup, aside schema), finished with its result or an infrastructure error. These statements
 * run for every run: each is prepared (parsed and planned once per connection).
 */
export class RunLifecycle {
  private readonly claim: string;
  private readonly abortedAmongSql: string;
  private readonly defer: string;
  private readonly noteAsideSql: string;
  private readonly noteBackupSql: string;
  private readonly finish: string;
  private readonly recordError: string;
  private readonly lockDeferral: string;

  constructor(private readonly db: ControlDb) {
    const runs = db.table('runs');
    const rollouts = db.table('rollouts');
    // compensations run even in an aborted or stopped rollout: they return tenants
    // the tenant's known version is forgotten as its run starts: one cut short leaves it unknown
    this.claim = `
      WITH claimed AS (
        UPDATE ${runs}
           SET status = ${RUN.running}, attempt = attempt + 1, worker_id = $2, backend_pid = $3,
               started_at = now(), finished_at = NULL, from_version = coalesce(from_version, $4)
         WHERE id = $1 AND status IN (${CLAIMABLE_RUNS})
           AND (compensates IS NOT NULL
                OR (SELECT aborted_at IS NULL AND status = ${ROLLOUT.running} FROM ${rollouts} WHERE id = rollout_id))
        RETURNING from_version, platform, tenant, scope
      ), forgotten AS (${KnownVersions.forgetFrom(db, 'claimed')})
      SELECT from_version AS "fromVersion" FROM claimed`;
    this.abortedAmongSql = `
      SELECT r.id
        FROM ${runs} r JOIN ${rollouts} o ON o.id = r.rollout_id
       WHERE r.id = ANY($1::uuid[]) AND o.aborted_at IS NOT NULL AND r.compensates IS NULL`;
    // a run found running is held by another session (a frozen or duplicate holder): its holder
    // stays recorded, so `locks list` and `locks cleanup` can find it
    // and counted by reason (and server) for its rollout, in the same statement: `rollout status`,
    // the dashboard and /metrics say why runs wait
    this.defer = `
      WITH deferred AS (
        UPDATE ${runs} SET deferrals = deferrals + 1 WHERE id = $1 AND status IN (${CLAIMABLE_RUNS})
        RETURNING rollout_id
      )
      INSERT INTO ${db.table('run_deferrals')} AS d (rollout_id, reason, server, count, detail)
      SELECT rollout_id, $2, $3, 1, $4 FROM deferred
      ON CONFLICT (rollout_id, reason, server)
        DO UPDATE SET count = d.count + 1, detail = EXCLUDED.detail, last_at = now()`;
    this.noteAsideSql = `UPDATE ${runs} SET aside_schema = $2 WHERE id = $1`;
    this.noteBackupSql = `UPDATE ${runs} SET backup_id = $2 WHERE id = $1`;
    // a failure is written with no finished_at: settleFailure sets it once what follows is written
    // a success records the version its tenant is at, in the same statement (known-versions.ts)
    this.finish = `
      WITH finished AS (
        UPDATE ${runs} r
           SET status = $2, from_version = coalesce(from_version, $3), to_version = $4, aside_schema = NULL,
               noop = $5, steps = $6, failed_migration = $7, sqlstate = $8, error = $9,
               finished_at = CASE WHEN $2 = ${RUN.failed} THEN NULL ELSE now() END, backend_pid = NULL,
               backup_id = coalesce($10, backup_id),
               lock_timeouts = lock_timeouts + $11, lock_wait_ms = lock_wait_ms + $12
         WHERE id = $1
        RETURNING ${RUN_RECORD}
      ), known AS (${KnownVersions.settleFrom(db, 'finished')})
      SELECT * FROM finished`;
    // a worker that froze and woke up after another took its run over must not touch the run
    // its tenant's known version is forgotten again: a result written as its lock was released
    // (another run's) may have recorded one while this run was moving the tenant
    this.recordError = `
      WITH errored AS (
        UPDATE ${runs}
           SET status = $2, error = $3, sqlstate = $4, backend_pid = NULL, finished_at = NULL
         WHERE id = $1 AND status IN (${CLAIMABLE_RUNS})
           AND ($5::text IS NULL OR worker_id IS NULL OR worker_id = $5)
        RETURNING platform, tenant, scope
      ), forgotten AS (${KnownVersions.forgetFrom(db, 'errored')})
      SELECT 1`;
    // every try met a lock timeout: the waits are added, and a deferral counted while fewer than
    // $4 were; the run goes back to queued (recordRunError) when deferred, or fails when not
    this.lockDeferral = `
      UPDATE ${runs} r
         SET lock_timeouts = r.lock_timeouts + $2, lock_wait_ms = r.lock_wait_ms + $3,
             lock_deferrals = r.lock_deferrals + (o.before < $4)::int
        FROM (SELECT lock_deferrals AS before FROM ${runs} WHERE id = $1) o
       WHERE r.id = $1 AND r.status IN (${CLAIMABLE_RUNS})
      RETURNING o.before < $4 AS deferred, r.lock_deferrals AS deferrals`;
  }

  /**
   * Marks a run as being worked on by this worker, with the version its tenant is at (read under
   * the tenant lock). Returns the version the run's first attempt found: a retry after a committed
   * step finds its tenant part-way or at the target, and the run is still recorded from where it
   * began. Undefined when the run is finished or cancelled (a duplicate delivery, or an aborted
   * rollout): the caller then does nothing.
   */
  async claimRun(
    runId: string,
    workerId: string,
    backendPid: number | null,
    from: string,
  ): Promise<string | undefined> {
    const params = [runId, workerId, backendPid, from];
    const { rows } = await this.db.pool.query<{ fromVersion: string }>(prepared(this.claim), params);
    return rows[0]?.fromVersion;
  }

  /** Of these runs, those whose rollout was aborted (compensations are never stopped by an abort). */
  async abortedAmong(runIds: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(prepared(this.abortedAmongSql), [runIds]);
    return rows.map((r) => r.id);
  }

  /** The run could not start now (its tenant busy, its server at its budget): it goes back to waiting. */
  async deferRun(runId: string, deferral: Deferral = { reason: 'tenant_busy' }): Promise<void> {
    await this.db.pool.query(prepared(this.defer), [
      runId,
      deferral.reason,
      deferral.server ?? '',
      deferral.detail === undefined ? null : redactSecrets(deferral.detail),
    ]);
  }

  /**
   * All the tries of a run met lock timeouts: adds what they lost, and counts a deferral when the
   * run has had fewer than `maxDeferrals` (deferred: false once they are spent). Undefined when
   * the run is no longer open.
   */
  async noteLockDeferral(
    runId: string,
    waits: LockWaits,
    maxDeferrals: number,
  ): Promise<{ deferred: boolean; deferrals: number } | undefined> {
    const { rows } = await this.db.pool.query<{ deferred: boolean; deferrals: number }>(prepared(this.lockDeferral), [
      runId,
      waits.timeouts,
      waits.waitMs,
      maxDeferrals,
    ]);
    return rows[0];
  }

  /** A restore's aside schema, written before the live schema is moved there; null once the swap is over. */
  async noteAside(runId: string, aside: string | null): Promise<void> {
    await this.db.pool.query(prepared(this.noteAsideSql), [runId, aside]);
  }

  async noteBackup(runId: string, backupId: string): Promise<void> {
    await this.db.pool.query(prepared(this.noteBackupSql), [runId, backupId]);
  }

  /** Records a run's result; returns the run. */
  async finishRun(result: RunResult): Promise<RunRecord | undefined> {
    const { rows } = await this.db.pool.query<RunRecord>(prepared(this.finish), [
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
      result.lockWaits?.timeouts ?? 0,
      result.lockWaits?.waitMs ?? 0,
    ]);
    // the rollout is closed afterwards: by settleSuccess after a success; after a failure once its
    // compensating runs are written (afterRun); by the reconciler should this worker die first
    return rows[0];
  }

  /** An infrastructure error: retried later (final=false) or given up on (final=true). */
  async recordRunError(runId: string, error: RunError, final: boolean, workerId?: string): Promise<void> {
    // a final failure closes its rollout once its compensations are written (afterRun)
    await this.db.pool.query(prepared(this.recordError), [
      runId,
      final ? 'failed' : 'queued',
      redactSecrets(`${error.code}: ${error.message}`),
      error.sqlstate ?? null,
      workerId ?? null,
    ]);
  }
}
