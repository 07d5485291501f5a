import type { ControlDb } from './control-db.js';

/** Where an action came from. */
export type AuditSource = 'cli' | 'api' | 'dashboard';
/** ok: done; failed: tried and failed; refused: not allowed or bad input, nothing changed. */
export type AuditOutcome = 'ok' | 'failed' | 'refused';

/** Who acts, and from where: made at the edge (the CLI's OS user, the dashboard's signed-in user). */
export interface AuditActor {
  actor: string;
  source: AuditSource;
  /** the host a CLI or API call ran on, or the address a dashboard request came from */
  origin?: string | null;
}

export interface AuditEntry extends AuditActor {
  /** e.g. `migrate`, `rollout abort`, `tenants add`, `bull-board PUT /queues/api/queues/tenantry-runs/pause` */
  action: string;
  /** what it acted on: a rollout id, a backup id, `platform/tenant`, a queue */
  target?: string | null;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: string;
  at: Date;
  origin: string | null;
  target: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  limit?: number;
  actor?: string;
  action?: string;
  since?: Date;
}

const UNDEFINED_TABLE = '42P01';

const INSERT_ENTRY = (table: string) => `
  INSERT INTO ${table} (actor, source, origin, action, target, outcome, details)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const SELECT_ENTRIES = (table: string) => `
  SELECT id::text AS id, at, actor, source, origin, action, target, outcome, details
  FROM ${table}
  WHERE ($1::text IS NULL OR actor = $1)
    AND ($2::text IS NULL OR action = $2 OR action LIKE $2 || ' %')
    AND ($3::timestamptz IS NULL OR at >= $3)
  ORDER BY at DESC, id DESC
  LIMIT $4`;

/** The audit trail in the ledger: appended to by every operator action, read by `tenantry audit`. */
export class AuditLog {
  constructor(private readonly db: ControlDb) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.pool.query(INSERT_ENTRY(this.db.table('audit')), [
      entry.actor,
      entry.source,
      entry.origin ?? null,
      entry.action,
      entry.target ?? null,
      entry.outcome,
      JSON.stringify(entry.details ?? {}),
    ]);
  }

  /** Newest first; undefined when the control schema predates the audit trail (`tenantry init` adds it). */
  async list(query: AuditQuery = {}): Promise<AuditRecord[] | undefined> {
    try {
      const { rows } = await this.db.pool.query<AuditRecord>(SELECT_ENTRIES(this.db.table('audit')), [
        query.actor ?? null,
        query.action ?? null,
        query.since ?? null,
        query.limit ?? 50,
      ]);
      return rows;
    } catch (error) {
      if ((error as { code?: string }).code === UNDEFINED_TABLE) return undefined;
      throw error;
    }
  }
}
