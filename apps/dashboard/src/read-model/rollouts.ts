import type { ControlDb, RolloutKind, RolloutStatus, RunCounts } from '@tenantry/core';
import { countColumns, countsOf } from './statuses.js';

/** A rollout as the dashboard shows it: counts per run state, and how fast it is going. */
export interface RolloutView {
  id: string;
  kind: RolloutKind;
  target: string;
  status: RolloutStatus;
  requestedBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** when its first run started */
  startedAt: string | null;
  total: number;
  done: number;
  counts: RunCounts;
  /** finished runs per second since the first run started */
  throughputPerSecond: number | null;
  /** seconds until every run is finished at that pace; null when unknown or finished */
  etaSeconds: number | null;
  /** per platform, for running rollouts over several platforms */
  platforms?: PlatformCounts[];
}

export interface PlatformCounts {
  platform: string;
  total: number;
  counts: RunCounts;
}

export interface RolloutFilter {
  status?: RolloutStatus | undefined;
  limit: number;
}

const COUNTS = `${countColumns('u')},
  min(u.started_at) AS started_at,
  max(u.finished_at) AS last_finished_at`;

interface RolloutRow {
  id: string;
  kind: RolloutKind;
  target: string;
  status: RolloutStatus;
  requested_by: string | null;
  created_at: Date;
  finished_at: Date | null;
  started_at: Date | null;
  last_finished_at: Date | null;
  now: Date;
}

function toView(row: RolloutRow): RolloutView {
  const counts = countsOf(row as unknown as Record<string, unknown>);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const done = counts.succeeded + counts.failed + counts.cancelled;
  const end = row.status === 'running' ? row.now : (row.last_finished_at ?? row.finished_at ?? row.now);
  const seconds = row.started_at ? (end.getTime() - row.started_at.getTime()) / 1000 : 0;
  const throughput = seconds > 0 && done > 0 ? done / seconds : null;
  const eta = row.status === 'running' && throughput ? (total - done) / throughput : null;
  return {
    id: row.id,
    kind: row.kind,
    target: row.target,
    status: row.status,
    requestedBy: row.requested_by,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    startedAt: row.started_at?.toISOString() ?? null,
    total,
    done,
    counts,
    throughputPerSecond: throughput === null ? null : Math.round(throughput * 100) / 100,
    etaSeconds: eta === null ? null : Math.ceil(eta),
  };
}

/** Read-only views of the rollouts table for the dashboard. */
export class RolloutViews {
  constructor(private readonly db: ControlDb) {}

  /** Newest first; running rollouts always included (they are what a person looks for), with their per-platform counts. */
  async list(filter: RolloutFilter): Promise<RolloutView[]> {
    const views = await this.listOnly(filter);
    await Promise.all(
      views
        .filter((v) => v.status === 'running')
        .map(async (v) => {
          v.platforms = await this.perPlatform(v.id);
        }),
    );
    return views;
  }

  private async listOnly(filter: RolloutFilter): Promise<RolloutView[]> {
    const { rows } = await this.db.pool.query<RolloutRow>(
      `SELECT r.id, r.kind, r.target, r.status, r.requested_by, r.created_at, r.finished_at, c.*, now() AS now
       FROM (SELECT * FROM ${this.db.table('rollouts')}
             WHERE ($1::text IS NULL OR status = $1)
             ORDER BY (status = 'running') DESC, created_at DESC, id LIMIT $2) r
       CROSS JOIN LATERAL (SELECT ${COUNTS} FROM ${this.db.table('runs')} u WHERE u.rollout_id = r.id) c
       ORDER BY r.created_at DESC, r.id`,
      [filter.status ?? null, filter.limit],
    );
    return rows.map(toView);
  }

  async get(id: string): Promise<RolloutView | undefined> {
    const { rows } = await this.db.pool.query<RolloutRow>(
      `SELECT r.id, r.kind, r.target, r.status, r.requested_by, r.created_at, r.finished_at, c.*, now() AS now
       FROM ${this.db.table('rollouts')} r
       CROSS JOIN LATERAL (SELECT ${COUNTS} FROM ${this.db.table('runs')} u WHERE u.rollout_id = r.id) c
       WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toView(rows[0]) : undefined;
  }

  /** Run counts of one rollout per platform, in the order the ledger has them. */
  async perPlatform(id: string): Promise<PlatformCounts[]> {
    const { rows } = await this.db.pool.query<{ platform: string } & Record<string, unknown>>(
      `SELECT u.platform, ${countColumns('u')}
       FROM ${this.db.table('runs')} u WHERE u.rollout_id = $1 GROUP BY u.platform ORDER BY u.platform`,
      [id],
    );
    return rows.map((row) => {
      const counts = countsOf(row);
      return { platform: row.platform, total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
    });
  }
}
