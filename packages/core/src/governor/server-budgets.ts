import type pg from 'pg';
import type { ControlDb } from '../ledger/control-db.js';
import type { ServerSignals, Strain } from './signals.js';

/** One server's budget as the sampler last wrote it (table server_budgets). */
export interface ServerBudget {
  /** physical identity: system identifier and port */
  server: string;
  /** host:port it was sampled at (no credentials) */
  address: string;
  budget: number;
  signals: Partial<ServerSignals>;
  /** the signals over their thresholds at the last sample (none: healthy) */
  strained: Strain[];
  /** why the last sample failed (the budget is kept as it was) */
  error: string | null;
  sampledAt: Date;
  /** when the budget last moved */
  changedAt: Date;
}

/** A rollout's deferred runs by reason and server (table run_deferrals). */
export interface DeferralCount {
  reason: DeferralReason;
  /** '' when the reason is not a server's (a busy tenant) */
  server: string;
  count: number;
  /** the last deferral's reason in words */
  detail: string | null;
  lastAt: Date;
}

/**
 * Why a run was deferred: its tenant was locked by another run, its platform's connection budget
 * (platforms.X.maxConnections) was full, or its server was at the governor's budget.
 */
export type DeferralReason = 'tenant_busy' | 'connection_budget' | 'server_budget';

/** The governor's tables in the ledger: written by the fleet's sampler, read by workers and views. */
export class ServerBudgets {
  private readonly readSql: string;
  private readonly writeSql: string;
  private readonly deferralsSql: string;

  constructor(private readonly db: ControlDb) {
    const budgets = db.table('server_budgets');
    this.readSql = `
      SELECT server, address, budget, signals, strained, error, sampled_at AS "sampledAt", changed_at AS "changedAt"
        FROM ${budgets} ORDER BY address, server`;
    this.writeSql = `
      INSERT INTO ${budgets} AS b (server, address, budget, signals, strained, error)
      SELECT s.server, s.address, s.budget, coalesce(s.signals, '{}'), coalesce(s.strained, '[]'), s.error
        FROM jsonb_to_recordset($1::jsonb) AS s(server text, address text, budget int, signals jsonb, strained jsonb, error text)
      ON CONFLICT (server) DO UPDATE
        SET address = EXCLUDED.address, budget = EXCLUDED.budget, error = EXCLUDED.error, sampled_at = now(),
            signals = CASE WHEN EXCLUDED.error IS NULL THEN EXCLUDED.signals ELSE b.signals END,
            strained = CASE WHEN EXCLUDED.error IS NULL THEN EXCLUDED.strained ELSE b.strained END,
            changed_at = CASE WHEN b.budget <> EXCLUDED.budget THEN now() ELSE b.changed_at END`;
    this.deferralsSql = `
      SELECT reason, server, count::int8 AS count, detail, last_at AS "lastAt"
        FROM ${db.table('run_deferrals')} WHERE rollout_id = $1 ORDER BY count DESC, reason, server`;
  }

  /** Every server's budget, on `client` (the governor's session) or the pool. */
  async list(client: pg.ClientBase | pg.Pool = this.db.pool): Promise<ServerBudget[]> {
    const { rows } = await client.query<ServerBudget>(this.readSql);
    return rows;
  }

  async write(client: pg.ClientBase, budgets: readonly ServerBudget[]): Promise<void> {
    if (budgets.length > 0) await client.query(this.writeSql, [JSON.stringify(budgets)]);
  }

  /** Deferrals of every rollout, by reason and server (for /metrics: counters that only grow). */
  async deferralTotals(): Promise<Array<{ reason: DeferralReason; server: string; count: number }>> {
    const { rows } = await this.db.pool.query<{ reason: DeferralReason; server: string; count: string }>(
      `SELECT reason, server, sum(count)::int8 AS count FROM ${this.db.table('run_deferrals')} GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** How often, and why, a rollout's runs were deferred. */
  async deferrals(rolloutId: string): Promise<DeferralCount[]> {
    const { rows } = await this.db.pool.query<DeferralCount & { count: string }>(this.deferralsSql, [rolloutId]);
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }
}
