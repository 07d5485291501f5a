import type pg from 'pg';
import type { ControlDb } from './control-db.js';
import { OPEN_RUNS, RUN } from './statuses.js';

/**
 * The ledger's record of each tenant's version (tenants.known_version): written by the run that
 * last moved the tenant, so a rollout can leave out the tenants already at its target without
 * reading them. It is a cache, not the truth: NULL means unknown, and the run under the tenant's
 * lock stays the source of truth. A run forgets it when it starts (so a run that fails or is cut
 * short leaves it unknown) and writes it when it succeeds, in the statement that records the
 * success. A tenant changed outside Tenantry (its history edited by hand) keeps a stale record
 * until a run moves it: readers check the record against the history's row count
 * (recorded-versions.ts), so one whose count changed is read live, and planned; a rollout with
 * `--recheck` runs every tenant.
 */
export class KnownVersions {
  constructor(private readonly db: ControlDb) {}

  /**
   * SQL for a statement's CTE list: forget the known versions of the tenants of the runs in the
   * CTE `source` (columns platform, tenant, scope). Shared runs have no tenant row.
   */
  static forgetFrom(db: ControlDb, source: string): string {
    return `UPDATE ${db.table('tenants')} t SET known_version = NULL
        FROM ${source} s
       WHERE t.platform = s.platform AND t.tenant = s.tenant AND s.scope = 'tenant' AND t.known_version IS NOT NULL`;
  }

  /**
   * SQL for a statement's CTE list: record the versions the runs in the CTE `source` (RunRecord
   * columns: platform, tenant, scope, status, "toVersion") left their tenants at: the version a
   * success reached, unknown after anything else.
   */
  static settleFrom(db: ControlDb, source: string): string {
    // a run's lock is released as its result is written: a run of the tenant that started in
    // between may be moving it now, so the version stays unknown until that one is done
    const known = `CASE WHEN s.status = ${RUN.succeeded} AND NOT EXISTS (
                      SELECT 1 FROM ${db.table('runs')} o
                       WHERE o.platform = s.platform AND o.tenant = s.tenant AND o.status = ${RUN.running} AND o.id <> s.id)
                    THEN s."toVersion" END`;
    return `UPDATE ${db.table('tenants')} t SET known_version = ${known}
        FROM ${source} s
       WHERE t.platform = s.platform AND t.tenant = s.tenant AND s.scope = 'tenant'
         AND t.known_version IS DISTINCT FROM ${known}`;
  }

  /**
   * Records tenants' versions, on a transaction of the caller's (registration, onboarding,
   * adoption: whoever has just put a tenant at a version it knows, with no run of its own).
   */
  async record(
    client: pg.ClientBase,
    platform: string,
    entries: ReadonlyArray<{ tenant: string; version: string }>,
  ): Promise<void> {
    if (entries.length === 0) return;
    await client.query(
      `UPDATE ${this.db.table('tenants')} t SET known_version = e.version
         FROM unnest($2::text[], $3::text[]) AS e(tenant, version)
        WHERE t.platform = $1 AND t.tenant = e.tenant`,
      [platform, entries.map((e) => e.tenant), entries.map((e) => e.version)],
    );
  }

  /** Forgets tenants' versions (their schema is being changed by other means): they are read again by their next run. */
  async forget(client: pg.ClientBase | pg.Pool, platform: string, tenants: readonly string[]): Promise<void> {
    if (tenants.length === 0) return;
    await client.query(
      `UPDATE ${this.db.table('tenants')} SET known_version = NULL WHERE platform = $1 AND tenant = ANY($2::text[])`,
      [platform, tenants],
    );
  }

  /**
   * The known versions of a platform's tenants among `tenants`, leaving out the tenants with an
   * open run in any rollout: a queued run may still move them, so their record is not to be trusted.
   */
  async read(platform: string, tenants: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await this.db.pool.query<{ tenant: string; version: string }>(
      `SELECT t.tenant, t.known_version AS version FROM ${this.db.table('tenants')} t
        WHERE t.platform = $1 AND t.tenant = ANY($2::text[]) AND t.known_version IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ${this.db.table('runs')} r
                           WHERE r.platform = t.platform AND r.tenant = t.tenant AND r.status IN (${OPEN_RUNS}))`,
      [platform, tenants],
    );
    return new Map(rows.map((r) => [r.tenant, r.version]));
  }

  /**
   * Every tenant's record on these platforms, keyed `platform/tenant` (null: unknown), in one
   * scan, for showing versions (status, versions, consistency). Unlike `read`, tenants with an
   * open run keep their record: the caller checks each against its history table's row count.
   */
  async ofPlatforms(platforms: readonly string[]): Promise<Map<string, string | null>> {
    const { rows } = await this.db.pool.query<{ platform: string; tenant: string; known_version: string | null }>(
      `SELECT platform, tenant, known_version FROM ${this.db.table('tenants')} WHERE platform = ANY($1::text[])`,
      [platforms],
    );
    return new Map(rows.map((r) => [`${r.platform}/${r.tenant}`, r.known_version] as const));
  }

  /**
   * A platform's known versions, each once, and the tenants whose version the ledger does not
   * know: what the fleet's newest version is made of, without reading every tenant's history.
   */
  async distinct(platform: string): Promise<{ known: string[]; unknown: Array<{ tenant: string; serverId: string }> }> {
    const { rows } = await this.db.pool.query<{
      version: string | null;
      tenants: Array<{ tenant: string; serverId: string }> | null;
    }>(
      `SELECT known_version AS version,
              CASE WHEN known_version IS NULL THEN json_agg(json_build_object('tenant', tenant, 'serverId', server_id)) END AS tenants
         FROM ${this.db.table('tenants')} WHERE platform = $1 GROUP BY known_version`,
      [platform],
    );
    return {
      known: rows.flatMap((r) => (r.version === null ? [] : [r.version])),
      unknown: rows.flatMap((r) => (r.version === null ? (r.tenants ?? []) : [])),
    };
  }
}
