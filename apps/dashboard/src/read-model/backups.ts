import pg from 'pg';
import type { ControlDb } from '@tenantry/core';

/** A backup as the dashboard shows it. */
export interface BackupView {
  id: string;
  platform: string;
  tenant: string;
  version: string | null;
  strategy: string | null;
  bytes: number | null;
  /** null: the ledger does not record how long backups take */
  durationSeconds: number | null;
  createdAt: string | null;
}

export interface BackupTotals {
  platform: string;
  /** every backup ever recorded (pruned ones too): counters */
  taken: number;
  takenBytes: number;
  /** backups not pruned yet: gauges */
  kept: number;
  keptBytes: number;
}

/** The columns the dashboard reads, among those the backups table has. */
interface BackupColumns {
  bytes: string | undefined;
  duration: { kind: 'ms'; column: string } | { kind: 'span'; from: string; to: string } | undefined;
  version: string | undefined;
  strategy: string | undefined;
  created: string | undefined;
  /** pruned backups keep their row with this set */
  deleted: string | undefined;
}

const q = pg.escapeIdentifier;

/**
 * Backups are in the ledger's `backups` table once the control schema has it. On a ledger
 * without it the dashboard shows no backup section and exports no backup series (`columns()` is
 * undefined). The table is looked up on each call (cheap: the catalog), so it appears without a
 * dashboard restart after `tenantry init`. Needs `id`, `platform`, `tenant`; uses `bytes`,
 * `version`, `strategy`, `created_at`, `deleted_at` and a duration (`duration_ms`, or
 * `started_at` and `finished_at`) when present.
 */
export class BackupViews {
  constructor(private readonly db: ControlDb) {}

  private get table(): string {
    return `${q(this.db.schema)}.backups`;
  }

  async columns(): Promise<BackupColumns | undefined> {
    const { rows } = await this.db.pool.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_attribute a
       WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
      [this.table],
    );
    const names = new Set(rows.map((r) => r.name));
    if (!names.has('id') || !names.has('platform') || !names.has('tenant')) return undefined;
    const pick = (...candidates: string[]) => candidates.find((c) => names.has(c));
    const ms = pick('duration_ms');
    const from = pick('started_at');
    const to = pick('finished_at', 'completed_at');
    return {
      bytes: pick('bytes', 'size_bytes'),
      duration: ms ? { kind: 'ms', column: ms } : from && to ? { kind: 'span', from, to } : undefined,
      version: pick('version'),
      strategy: pick('strategy'),
      created: pick('created_at', 'finished_at', 'started_at'),
      deleted: pick('deleted_at'),
    };
  }

  private static durationExpr(columns: BackupColumns): string | undefined {
    const d = columns.duration;
    if (!d) return undefined;
    return d.kind === 'ms'
      ? `(${q(d.column)}::float8 / 1000)`
      : `extract(epoch FROM ${q(d.to)} - ${q(d.from)})::float8`;
  }

  /** The newest backups still kept, or undefined when there is no backups table. */
  async recent(limit: number): Promise<BackupView[] | undefined> {
    const columns = await this.columns();
    if (!columns) return undefined;
    const col = (name: string | undefined, cast: string) => (name ? `${q(name)}::${cast}` : `NULL::${cast}`);
    const { rows } = await this.db.pool.query<{
      id: string;
      platform: string;
      tenant: string;
      version: string | null;
      strategy: string | null;
      bytes: string | null;
      duration: number | null;
      created: Date | null;
    }>(
      `SELECT id::text AS id, platform, tenant, ${col(columns.version, 'text')} AS version, ${col(columns.strategy, 'text')} AS strategy,
              ${col(columns.bytes, 'int8')} AS bytes, ${BackupViews.durationExpr(columns) ?? 'NULL::float8'} AS duration,
              ${col(columns.created, 'timestamptz')} AS created
       FROM ${this.table}
       ${columns.deleted ? `WHERE ${q(columns.deleted)} IS NULL` : ''}
       ORDER BY ${columns.created ? `${q(columns.created)} DESC NULLS LAST,` : ''} id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform,
      tenant: r.tenant,
      version: r.version,
      strategy: r.strategy,
      bytes: r.bytes === null ? null : Number(r.bytes),
      durationSeconds: r.duration,
      createdAt: r.created?.toISOString() ?? null,
    }));
  }

  /** Per platform counts and bytes for /metrics, or undefined when there is no backups table. */
  async totals(): Promise<BackupTotals[] | undefined> {
    const columns = await this.columns();
    if (!columns) return undefined;
    const bytes = columns.bytes ? `coalesce(${q(columns.bytes)}, 0)` : '0';
    const kept = columns.deleted ? `${q(columns.deleted)} IS NULL` : 'true';
    const { rows } = await this.db.pool.query<{
      platform: string;
      taken: number;
      taken_bytes: string;
      kept: number;
      kept_bytes: string;
    }>(
      `SELECT platform, count(*)::int AS taken, sum(${bytes})::int8 AS taken_bytes,
              count(*) FILTER (WHERE ${kept})::int AS kept, coalesce(sum(${bytes}) FILTER (WHERE ${kept}), 0)::int8 AS kept_bytes
       FROM ${this.table} GROUP BY platform ORDER BY platform`,
    );
    return rows.map((r) => ({
      platform: r.platform,
      taken: r.taken,
      takenBytes: Number(r.taken_bytes),
      kept: r.kept,
      keptBytes: Number(r.kept_bytes),
    }));
  }

  /** A SELECT of (platform, v = seconds a backup took), for a histogram; undefined when not recorded. */
  async durationSource(): Promise<string | undefined> {
    const columns = await this.columns();
    const duration = columns && BackupViews.durationExpr(columns);
    return duration ? `SELECT platform, ${duration} AS v FROM ${this.table}` : undefined;
  }
}
