import type pg from 'pg';
import type { Labels } from '../tenants/labels.js';
import type { LabelFilter } from '../tenants/selector.js';
import type { ResolvedLocation } from '../tenants/where.js';
import type { ControlDb } from './control-db.js';
import { KnownVersions } from './known-versions.js';
import { labelFilterSql } from './tenant-selection.js';

/** What the ledger says of a tenant on one platform besides where it lives: its labels, pin and hold. */
export interface TenantMarks {
  labels: Labels;
  /** the version it stays at (rollouts to another target leave it there), or null */
  pinnedVersion: string | null;
  /** when it was held (no rollout moves it), or null */
  heldAt: Date | null;
}

export interface RegisteredTenant extends TenantMarks {
  platform: string;
  tenant: string;
  /** the platform's server it was registered on (config server id) */
  serverId: string;
  createdAt: Date;
}

/** A tenant a command selected, with what rollouts need to stage and skip it. */
export interface SelectedTenant extends TenantMarks {
  tenant: string;
  /** the server it lives on (null: registered before locations were recorded) */
  server: string | null;
  /** the platform's server it was registered on (config server id) */
  serverId: string;
}

interface MarkRow {
  labels: Record<string, string>;
  pinned_version: string | null;
  held_at: Date | null;
}

function marksOf(r: MarkRow): TenantMarks {
  return { labels: r.labels, pinnedVersion: r.pinned_version, heldAt: r.held_at };
}

export interface RecordedTenant {
  tenant: string;
  serverId: string;
  location: ResolvedLocation | null;
}

/** Which tenants exist on which platform. */
export class TenantRegistry {
  constructor(private readonly db: ControlDb) {}

  get pool(): pg.Pool {
    return this.db.pool;
  }

  /**
   * Registers tenants at their resolved locations, on a transaction of the caller's: new tenants
   * are inserted, tenants registered before locations were recorded get theirs. A location
   * another owner holds fails the statement (unique violation, constraint
   * tenants_one_owner_per_location). Returns the tenants that were new.
   */
  async record(
    client: pg.ClientBase,
    platform: string,
    entries: ReadonlyArray<{ tenant: string; serverId: string } & ResolvedLocation>,
  ): Promise<string[]> {
    const { rows } = await client.query<{ tenant: string; inserted: boolean }>(
      `INSERT INTO ${this.db.table('tenants')} AS t (platform, tenant, server, database, schema, server_id)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (platform, tenant) DO UPDATE SET server = EXCLUDED.server, database = EXCLUDED.database, schema = EXCLUDED.schema
         WHERE t.server IS NULL
       RETURNING tenant, (xmax = 0) AS inserted`,
      [
        platform,
        entries.map((e) => e.tenant),
        entries.map((e) => e.server),
        entries.map((e) => e.database),
        entries.map((e) => e.schema),
        entries.map((e) => e.serverId),
      ],
    );
    return rows.filter((r) => r.inserted).map((r) => r.tenant);
  }

  /** Registered owners of any of these locations. */
  async ownersOf(
    client: pg.ClientBase | pg.Pool,
    locations: readonly ResolvedLocation[],
  ): Promise<Array<{ platform: string; tenant: string } & ResolvedLocation>> {
    const { rows } = await client.query<{ platform: string; tenant: string } & ResolvedLocation>(
      `SELECT platform, tenant, server, database, schema FROM ${this.db.table('tenants')}
       WHERE (server, database, schema) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
      [locations.map((l) => l.server), locations.map((l) => l.database), locations.map((l) => l.schema)],
    );
    return rows;
  }

  /** The registered tenants among `tenants` with their recorded locations (null: registered before locations were recorded). */
  async recorded(
    client: pg.ClientBase | pg.Pool,
    platform: string,
    tenants: readonly string[],
    options: { forUpdate?: boolean } = {},
  ): Promise<RecordedTenant[]> {
    const { rows } = await client.query<{
      tenant: string;
      server_id: string;
      server: string | null;
      database: string | null;
      schema: string | null;
    }>(
      `SELECT tenant, server_id, server, database, schema FROM ${this.db.table('tenants')} WHERE platform = $1 AND tenant = ANY($2::text[])
       ORDER BY tenant${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [platform, tenants],
    );
    return rows.map((r) => ({
      tenant: r.tenant,
      serverId: r.server_id,
      location:
        r.server !== null && r.database !== null && r.schema !== null
          ? { server: r.server, database: r.database, schema: r.schema }
          : null,
    }));
  }

  async remove(client: pg.ClientBase | pg.Pool, platform: string, tenants: readonly string[]): Promise<string[]> {
    const { rows } = await client.query<{ tenant: string }>(
      `DELETE FROM ${this.db.table('tenants')} WHERE platform = $1 AND tenant = ANY($2::text[]) RETURNING tenant`,
      [platform, tenants],
    );
    return rows.map((r) => r.tenant);
  }

  /** Registered tenants of these platforms (all when none), narrowed by labels and servers in SQL. */
  async list(
    platforms?: readonly string[],
    filter: LabelFilter = {},
    servers: readonly string[] = [],
  ): Promise<RegisteredTenant[]> {
    const params: unknown[] = [
      platforms && platforms.length > 0 ? platforms : null,
      servers.length > 0 ? servers : null,
    ];
    const { rows } = await this.db.pool.query<
      { platform: string; tenant: string; server_id: string; created_at: Date } & MarkRow
    >(
      `SELECT platform, tenant, server_id, created_at, labels, pinned_version, held_at FROM ${this.db.table('tenants')}
       WHERE ($1::text[] IS NULL OR platform = ANY($1::text[])) AND ($2::text[] IS NULL OR server_id = ANY($2::text[]))
         AND ${labelFilterSql(filter, params)}
       ORDER BY platform, tenant`,
      params,
    );
    return rows.map((r) => ({
      platform: r.platform,
      tenant: r.tenant,
      serverId: r.server_id,
      createdAt: r.created_at,
      ...marksOf(r),
    }));
  }

  /** What the ledger records of each tenant's version on these platforms (KnownVersions.ofPlatforms). */
  knownVersions(platforms: readonly string[]): Promise<Map<string, string | null>> {
    return new KnownVersions(this.db).ofPlatforms(platforms);
  }

  /** The recorded server of each of these tenants of one platform (the registered ones). */
  async serversOf(
    client: pg.ClientBase | pg.Pool,
    platform: string,
    tenants: readonly string[],
  ): Promise<Map<string, string>> {
    const { rows } = await client.query<{ tenant: string; server_id: string }>(
      `SELECT tenant, server_id FROM ${this.db.table('tenants')} WHERE platform = $1 AND tenant = ANY($2::text[])`,
      [platform, tenants],
    );
    return new Map(rows.map((r) => [r.tenant, r.server_id]));
  }

  /** The recorded server of each of these (platform, tenant)s, keyed `platform/tenant` (servers.ts ServerLookup). */
  async serversOfMany(
    client: pg.ClientBase | pg.Pool,
    tenants: ReadonlyArray<{ platform: string; tenant: string }>,
  ): Promise<Map<string, string>> {
    if (tenants.length === 0) return new Map();
    const { rows } = await client.query<{ platform: string; tenant: string; server_id: string }>(
      `SELECT platform, tenant, server_id FROM ${this.db.table('tenants')}
       WHERE (platform, tenant) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [tenants.map((t) => t.platform), tenants.map((t) => t.tenant)],
    );
    return new Map(rows.map((r) => [`${r.platform}/${r.tenant}`, r.server_id]));
  }

  /** How many tenants each (platform, server id) holds: the placement policy's and the views' count. */
  async perServer(
    client: pg.ClientBase | pg.Pool,
    platforms?: readonly string[],
  ): Promise<Array<{ platform: string; serverId: string; tenants: number }>> {
    const { rows } = await client.query<{ platform: string; serverId: string; tenants: number }>(
      `SELECT platform, server_id AS "serverId", count(*)::int AS tenants FROM ${this.db.table('tenants')}
       WHERE ($1::text[] IS NULL OR platform = ANY($1::text[]))
       GROUP BY platform, server_id ORDER BY platform, server_id`,
      [platforms && platforms.length > 0 ? platforms : null],
    );
    return rows;
  }

  /** Tenants of one platform among `tenants` (all when empty) that the filter selects, with their marks. */
  async selectMarked(
    platform: string,
    tenants: readonly string[],
    filter: LabelFilter = {},
  ): Promise<SelectedTenant[]> {
    const params: unknown[] = [platform, tenants.length > 0 ? tenants : null];
    const { rows } = await this.db.pool.query<{ tenant: string; server: string | null; server_id: string } & MarkRow>(
      `SELECT tenant, server, server_id, labels, pinned_version, held_at FROM ${this.db.table('tenants')}
       WHERE platform = $1 AND ($2::text[] IS NULL OR tenant = ANY($2::text[])) AND ${labelFilterSql(filter, params)}
       ORDER BY tenant`,
      params,
    );
    return rows.map((r) => ({ tenant: r.tenant, server: r.server, serverId: r.server_id, ...marksOf(r) }));
  }

  /** Sets and removes labels of these tenants; returns the tenants changed (those registered). */
  async label(
    client: pg.ClientBase | pg.Pool,
    platform: string,
    tenants: readonly string[],
    set: Labels,
    unset: readonly string[] = [],
  ): Promise<string[]> {
    const { rows } = await client.query<{ tenant: string }>(
      `UPDATE ${this.db.table('tenants')} SET labels = (labels || $3::jsonb) - $4::text[]
       WHERE platform = $1 AND tenant = ANY($2::text[]) RETURNING tenant`,
      [platform, tenants, JSON.stringify(set), unset],
    );
    return rows.map((r) => r.tenant).sort();
  }

  /** Pins these tenants at a version (null: unpins them); returns the tenants changed. */
  async pin(
    client: pg.ClientBase | pg.Pool,
    platform: string,
    tenants: readonly string[],
    version: string | null,
  ): Promise<string[]> {
    const { rows } = await client.query<{ tenant: string }>(
      `UPDATE ${this.db.table('tenants')} SET pinned_version = $3, pinned_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END
       WHERE platform = $1 AND tenant = ANY($2::text[]) RETURNING tenant`,
      [platform, tenants, version],
    );
    return rows.map((r) => r.tenant).sort();
  }

  /** Holds these tenants (held: true) or releases them; a tenant already held keeps its time. */
  async hold(
    client: pg.ClientBase | pg.Pool,
    platform: string,
    tenants: readonly string[],
    held: boolean,
  ): Promise<string[]> {
    const { rows } = await client.query<{ tenant: string }>(
      `UPDATE ${this.db.table('tenants')} SET held_at = CASE WHEN $3 THEN coalesce(held_at, now()) ELSE NULL END
       WHERE platform = $1 AND tenant = ANY($2::text[]) RETURNING tenant`,
      [platform, tenants, held],
    );
    return rows.map((r) => r.tenant).sort();
  }

  /** Tenants of one platform among `tenants` (all of the platform's when `tenants` is empty). */
  async select(platform: string, tenants: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `SELECT tenant FROM ${this.db.table('tenants')}
       WHERE platform = $1 AND ($2::text[] IS NULL OR tenant = ANY($2::text[]))
       ORDER BY tenant`,
      [platform, tenants.length > 0 ? tenants : null],
    );
    return rows.map((r) => r.tenant);
  }
}
