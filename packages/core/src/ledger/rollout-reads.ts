import { prepared } from '../db/prepared.js';
import type { RolloutKind, RolloutStatus, RunStatus } from '../types.js';
import type { ControlDb } from './control-db.js';
import { RUN_RECORD, type RunRecord } from './run-rows.js';
import { OPEN_RUNS, RUN, emptyRunCounts } from './statuses.js';

export type RunCounts = Record<RunStatus, number>;

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

/** A run with the server its tenant is recorded on (null: the tenant is no longer registered). */
export interface PlacedRunRecord extends RunRecord {
  serverId: string | null;
}

type RolloutRow = Omit<RolloutSummary, 'total' | 'counts'> & { counts: Partial<RunCounts> };

/** What the ledger is asked about rollouts and runs: status views, follow-up planning, waits. */
export class RolloutReads {
  private readonly rollout: string;
  private readonly run: string;
  private readonly runsOfRollout: string;
  private readonly lastRunsSql: string;
  private readonly unfinished: string;
  private readonly touched: string;
  private readonly doneStepsSql: string;
  private readonly waitingBackupsSql: string;

  constructor(private readonly db: ControlDb) {
    const runs = db.table('runs');
    // one pass over the rollout's runs gives the counts and both waves: followers ask this every
    // few hundred milliseconds, and a rollout of 50,000 runs made three passes cost 0.3 s a poll
    this.rollout = `
      SELECT o.id, o.kind, o.target, o.status, o.halt_reason AS "haltReason",
             coalesce(s.wave, -1) AS wave, coalesce(s.waves, 0) + 1 AS waves,
             o.options, o.created_at AS "createdAt", o.finished_at AS "finishedAt",
             coalesce(s.counts, '{}') AS counts
        FROM ${db.table('rollouts')} o
        LEFT JOIN LATERAL (
          SELECT min(c.open_wave) AS wave, max(c.last_wave) AS waves, jsonb_object_agg(c.status, c.n) AS counts
            FROM (SELECT status, count(*)::int AS n,
                         min(wave) FILTER (WHERE status IN (${OPEN_RUNS})) AS open_wave, max(wave) AS last_wave
                    FROM ${runs} WHERE rollout_id = o.id GROUP BY status) c
        ) s ON true
       WHERE o.id = $1`;
    // with its tenant's recorded server: the run goes there and nowhere else
    this.run = `SELECT ${RUN_RECORD},
                       (SELECT t.server_id FROM ${db.table('tenants')} t WHERE t.platform = r.platform AND t.tenant = r.tenant) AS "serverId"
                  FROM ${runs} r WHERE r.id = $1`;
    this.runsOfRollout = `
      SELECT ${RUN_RECORD}
        FROM ${runs} r
       WHERE r.rollout_id = $1 AND ($2::text IS NULL OR r.status = $2)
       ORDER BY r.platform, r.tenant`;
    this.lastRunsSql = `
      SELECT DISTINCT ON (r.platform, r.tenant) ${RUN_RECORD}
        FROM ${runs} r
       WHERE ($1::text[] IS NULL OR r.platform = ANY($1)) AND ($2::text[] IS NULL OR r.tenant = ANY($2))
       ORDER BY r.platform, r.tenant, r.queued_at DESC, r.id`;
    this.unfinished = `
      SELECT DISTINCT tenant
        FROM ${runs}
       WHERE rollout_id = $1 AND scope = 'tenant' AND compensates IS NULL
         AND status IN (${RUN.failed}, ${RUN.cancelled})
       ORDER BY tenant`;
    this.touched = `
      SELECT DISTINCT tenant
        FROM ${runs}
       WHERE rollout_id = $1 AND scope = 'tenant' AND compensates IS NULL
         AND status = ${RUN.succeeded} AND noop = false
       ORDER BY tenant`;
    this.doneStepsSql = `
      SELECT ${RUN_RECORD}
        FROM ${runs} r
       WHERE r.rollout_id = $1 AND r.tenant = $2 AND r.scope = 'tenant'
         AND r.compensates IS NULL AND r.compensated_by IS NULL
         AND r.status = ${RUN.succeeded} AND r.noop = false AND ($3::int IS NULL OR r.saga_step < $3)
       ORDER BY r.saga_step DESC, r.finished_at DESC`;
    this.waitingBackupsSql = `
      WITH RECURSIVE chain AS (
        SELECT id FROM ${runs} WHERE after_run = ANY($1::uuid[]) AND status = ${RUN.waiting}
        UNION ALL
        SELECT r.id FROM ${runs} r JOIN chain c ON r.after_run = c.id WHERE r.status = ${RUN.waiting}
      )
      SELECT ${RUN_RECORD}
        FROM ${runs} r JOIN chain c ON c.id = r.id
       WHERE r.backup_strategy = 'pg_dump' AND r.scope = 'tenant' AND r.method IS DISTINCT FROM 'restore'
         AND r.compensates IS NULL
       ORDER BY r.platform, r.id`;
  }

  async getRollout(rolloutId: string): Promise<RolloutSummary | undefined> {
    const { rows } = await this.db.pool.query<RolloutRow>(this.rollout, [rolloutId]);
    const row = rows[0];
    if (!row) return undefined;
    const counts = { ...emptyRunCounts(), ...row.counts };
    return { ...row, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }

  async getRun(runId: string): Promise<PlacedRunRecord | undefined> {
    const { rows } = await this.db.pool.query<PlacedRunRecord>(prepared(this.run), [runId]);
    return rows[0];
  }

  async listRuns(rolloutId: string, status?: RunStatus): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query<RunRecord>(this.runsOfRollout, [rolloutId, status ?? null]);
    return rows;
  }

  /** The newest run of each (platform, tenant), for status views. */
  async lastRuns(platforms: readonly string[] | null, tenants: readonly string[] | null): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query<RunRecord>(this.lastRunsSql, [
      platforms && platforms.length > 0 ? platforms : null,
      tenants && tenants.length > 0 ? tenants : null,
    ]);
    return rows;
  }

  /**
   * Tenants a rollout did not bring to its target: a tenant run of theirs failed or was cancelled
   * (compensations aside).
   */
  async unfinishedTenants(rolloutId: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(this.unfinished, [rolloutId]);
    return rows.map((r) => r.tenant);
  }

  /** Tenants a rollout changed (for compensation on abort). */
  async touchedTenants(rolloutId: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(this.touched, [rolloutId]);
    return rows.map((r) => r.tenant);
  }

  /** The succeeded, non-noop forward runs of a tenant in a rollout, newest saga step first. */
  async doneSteps(rolloutId: string, tenant: string, belowStep?: number): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query<RunRecord>(this.doneStepsSql, [rolloutId, tenant, belowStep ?? null]);
    return rows;
  }

  /**
   * The runs that wait, directly or down a chain, for these runs and back up their tenant first:
   * the same tenants' steps on a release's later platforms. Compensations and restores excluded.
   */
  async waitingBackups(runIds: readonly string[]): Promise<RunRecord[]> {
    const { rows } = await this.db.pool.query<RunRecord>(this.waitingBackupsSql, [runIds]);
    return rows;
  }
}
