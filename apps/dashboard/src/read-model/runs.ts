import type { ControlDb, Direction, RunStatus } from '@tenantry/core';
import { runJobId } from '@tenantry/queue';
import { redactNullable } from '../redact.js';

/** A run as the dashboard shows it, with where to find its job in Bull Board. */
export interface RunView {
  id: string;
  rolloutId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  target: string;
  status: RunStatus;
  attempt: number;
  deferrals: number;
  /** lock timeouts the run's transactions met, the time lost to them, and the deferrals they caused */
  lockTimeouts: number;
  lockWaitMs: number;
  lockDeferrals: number;
  workerId: string | null;
  fromVersion: string | null;
  toVersion: string | null;
  failedMigration: string | null;
  sqlstate: string | null;
  /** redacted: passwords in it are hidden */
  error: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  jobId: string;
  /** a failed run that a later run of its tenant (same platform and direction) made good: that run's id */
  resolvedBy: string | null;
}

export interface RunFilter {
  status?: RunStatus | undefined;
  rolloutId?: string | undefined;
  platform?: string | undefined;
  tenant?: string | undefined;
  limit: number;
}

interface RunRow {
  id: string;
  rollout_id: string;
  platform: string;
  tenant: string;
  direction: Direction;
  target: string;
  status: RunStatus;
  attempt: number;
  deferrals: number;
  lock_timeouts: number;
  lock_wait_ms: number;
  lock_deferrals: number;
  worker_id: string | null;
  from_version: string | null;
  to_version: string | null;
  failed_migration: string | null;
  sqlstate: string | null;
  error: string | null;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  resolved_by: string | null;
}

/** Read-only views of the runs table for the dashboard. */
export class RunViews {
  constructor(private readonly db: ControlDb) {}

  /** Newest activity first. */
  async list(filter: RunFilter): Promise<RunView[]> {
    const { rows } = await this.db.pool.query<RunRow>(
      `SELECT r.id, r.rollout_id, r.platform, r.tenant, r.direction, r.target, r.status, r.attempt, r.deferrals,
              r.lock_timeouts, r.lock_wait_ms, r.lock_deferrals, r.worker_id,
              r.from_version, r.to_version, r.failed_migration, r.sqlstate, r.error, r.queued_at, r.started_at, r.finished_at, later.id AS resolved_by
       FROM ${this.db.table('runs')} r
       LEFT JOIN LATERAL (
         SELECT l.id FROM ${this.db.table('runs')} l
         WHERE r.status = 'failed' AND l.platform = r.platform AND l.tenant = r.tenant AND l.queued_at > r.queued_at
           AND l.status = 'succeeded' AND l.direction = r.direction AND l.compensates IS NULL
         ORDER BY l.queued_at LIMIT 1
       ) later ON true
       WHERE ($1::text IS NULL OR r.status = $1) AND ($2::uuid IS NULL OR r.rollout_id = $2)
         AND ($3::text IS NULL OR r.platform = $3) AND ($4::text IS NULL OR r.tenant = $4)
       ORDER BY coalesce(r.finished_at, r.started_at, r.queued_at) DESC, r.id
       LIMIT $5`,
      [filter.status ?? null, filter.rolloutId ?? null, filter.platform ?? null, filter.tenant ?? null, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      rolloutId: r.rollout_id,
      platform: r.platform,
      tenant: r.tenant,
      direction: r.direction,
      target: r.target,
      status: r.status,
      attempt: r.attempt,
      deferrals: r.deferrals,
      lockTimeouts: r.lock_timeouts,
      lockWaitMs: r.lock_wait_ms,
      lockDeferrals: r.lock_deferrals,
      workerId: r.worker_id,
      fromVersion: r.from_version,
      toVersion: r.to_version,
      failedMigration: r.failed_migration,
      sqlstate: r.sqlstate,
      error: redactNullable(r.error),
      queuedAt: r.queued_at.toISOString(),
      startedAt: r.started_at?.toISOString() ?? null,
      finishedAt: r.finished_at?.toISOString() ?? null,
      jobId: runJobId(r.id),
      resolvedBy: r.resolved_by,
    }));
  }
}
