import type { ControlDb } from './control-db.js';

export interface BackupRecord {
  id: string;
  platform: string;
  tenant: string;
  /** the tenant's version the backup holds */
  version: string;
  strategy: 'pg_dump';
  /** the dump file; several tenants may share one */
  location: string;
  schemaName: string;
  bytes: number;
  sha256: string;
  rolloutId: string | null;
  runId: string | null;
  createdAt: Date;
}

export type NewBackup = Omit<BackupRecord, 'id' | 'createdAt'> & {
  /** how long the dump that holds it took (shared by the tenants of one dump) */
  durationMs?: number | null;
};

const COLUMNS =
  'id, platform, tenant, version, strategy, location, schema_name, bytes, sha256, rollout_id, run_id, created_at';

function toRecord(row: Record<string, unknown>): BackupRecord {
  return {
    id: row.id as string,
    platform: row.platform as string,
    tenant: row.tenant as string,
    version: row.version as string,
    strategy: row.strategy as 'pg_dump',
    location: row.location as string,
    schemaName: row.schema_name as string,
    bytes: Number(row.bytes),
    sha256: row.sha256 as string,
    rolloutId: row.rollout_id as string | null,
    runId: row.run_id as string | null,
    createdAt: row.created_at as Date,
  };
}

/** Every backup, with what it holds and where. Deleted backups keep their row (deleted_at). */
export class BackupLedger {
  constructor(private readonly db: ControlDb) {}

  async record(backups: readonly NewBackup[]): Promise<BackupRecord[]> {
    if (backups.length === 0) return [];
    const column = <K extends keyof NewBackup>(key: K) => backups.map((b) => b[key]);
    const { rows } = await this.db.pool.query(
      `INSERT INTO ${this.db.table('backups')} (platform, tenant, version, strategy, location, schema_name, bytes, sha256, rollout_id, run_id, duration_ms)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[], $9::uuid[], $10::uuid[], $11::int[])
       RETURNING ${COLUMNS}`,
      [
        column('platform'),
        column('tenant'),
        column('version'),
        column('strategy'),
        column('location'),
        column('schemaName'),
        column('bytes'),
        column('sha256'),
        column('rolloutId'),
        column('runId'),
        backups.map((b) => (b.durationMs === undefined || b.durationMs === null ? null : Math.round(b.durationMs))),
      ],
    );
    return rows.map(toRecord);
  }

  async get(id: string): Promise<BackupRecord | undefined> {
    const { rows } = await this.db.pool.query<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM ${this.db.table('backups')} WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** The newest backup of a tenant holding `version`, optionally only one taken for a rollout. */
  async newestAt(
    platform: string,
    tenant: string,
    version: string,
    rolloutId?: string,
  ): Promise<BackupRecord | undefined> {
    const { rows } = await this.db.pool.query<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM ${this.db.table('backups')}
       WHERE platform = $1 AND tenant = $2 AND version = $3 AND deleted_at IS NULL AND ($4::uuid IS NULL OR rollout_id = $4)
       ORDER BY created_at DESC LIMIT 1`,
      [platform, tenant, version, rolloutId ?? null],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async list(
    platforms: readonly string[] | null,
    tenants: readonly string[] | null,
    limit = 1000,
  ): Promise<BackupRecord[]> {
    const { rows } = await this.db.pool.query(
      `SELECT ${COLUMNS} FROM ${this.db.table('backups')}
       WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR platform = ANY($1)) AND ($2::text[] IS NULL OR tenant = ANY($2))
       ORDER BY created_at DESC, platform, tenant LIMIT $3`,
      [platforms && platforms.length > 0 ? platforms : null, tenants && tenants.length > 0 ? tenants : null, limit],
    );
    return rows.map(toRecord);
  }

  async countFor(platform: string, tenant: string): Promise<number> {
    const { rows } = await this.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.db.table('backups')} WHERE platform = $1 AND tenant = $2 AND deleted_at IS NULL`,
      [platform, tenant],
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * Applies retention: keeps the `keep` newest backups of each (platform, tenant), marks the rest
   * deleted, and returns them with the files no live backup references any more (safe to delete).
   */
  async prune(keep: number): Promise<{ pruned: BackupRecord[]; orphanFiles: string[] }> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query(
        `UPDATE ${this.db.table('backups')} b SET deleted_at = now()
         FROM (SELECT id, row_number() OVER (PARTITION BY platform, tenant ORDER BY created_at DESC, id) AS n
               FROM ${this.db.table('backups')} WHERE deleted_at IS NULL) ranked
         WHERE b.id = ranked.id AND ranked.n > $1
         RETURNING b.${COLUMNS.split(', ').join(', b.')}`,
        [keep],
      );
      const pruned = rows.map(toRecord);
      const locations = [...new Set(pruned.map((b) => b.location))];
      const { rows: live } = await client.query<{ location: string }>(
        `SELECT DISTINCT location FROM ${this.db.table('backups')} WHERE deleted_at IS NULL AND location = ANY($1::text[])`,
        [locations],
      );
      const stillUsed = new Set(live.map((r) => r.location));
      return { pruned, orphanFiles: locations.filter((l) => !stillUsed.has(l)) };
    });
  }
}
