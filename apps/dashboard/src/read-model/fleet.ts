import {
  describeDatabase,
  errorMessage,
  getPlatform,
  locateTenant,
  parseTenantId,
  readMigrationSet,
  readVersions,
  type ControlDb,
  type LabelFilter,
  type Logger,
  type PoolRegistry,
  type RunStatus,
  type TenantryConfig,
} from '@tenantry/core';
import { labelFilterSql } from '@tenantry/core/internal';
import { redactText } from '../redact.js';

/** A version as the ledger knows it: `0` is an empty schema. */
const EMPTY = '0';

/** One tenant's version on one platform. */
export interface TenantVersionView {
  version: string;
  /** migrations applied: the version's position in the platform's migration set */
  applied: number;
  latest: boolean;
  /** the tenant's newest run on this platform, if any */
  lastRun: { status: RunStatus; rolloutId: string } | null;
}

/** How many tenant·platforms of the selection are at one version. */
export interface VersionCount {
  version: string;
  applied: number;
  latest: boolean;
  tenants: number;
}

export interface PlatformView {
  id: string;
  /** the platform's tenant migrations, in order; a version's colour is its position here */
  migrations: string[];
  /** tenants registered on it (the whole fleet) */
  tenants: number;
  /** the selection's tenants per version, newest first */
  versions: VersionCount[];
  /** the selection's tenants whose version is unknown (not recorded, and not read: unreachable or over the read budget) */
  unknown: number;
  /** the selection's tenants by the server they are on (server id → count; every server of the platform listed) */
  servers: Record<string, number>;
  /** false when a tenant database of this platform did not answer the read of unrecorded versions */
  reachable: boolean;
  error?: string;
}

export interface TenantView {
  tenant: string;
  /** its version on each platform it is registered on (null: unknown) */
  versions: Record<string, TenantVersionView | null>;
  /** its labels (merged over its platforms, the first platform's value winning) */
  labels: Record<string, string>;
  /** platform → the version it is pinned at there (pinned platforms only) */
  pins: Record<string, string>;
  /** the platforms it is held on */
  held: string[];
  /** platform → the server it is on there */
  servers: Record<string, string>;
}

/** One value of a group-by dimension: its tenant·platforms of the selection, and where they are. */
export interface GroupView {
  value: string;
  tenants: number;
  latest: number;
  behind: number;
  unknown: number;
}

/**
 * What the fleet can be grouped by, each an SQL expression over a row `t` of the tenants table
 * (its parameter bound with `bind`). A new dimension (a tenant's server, say) is one more entry.
 */
export const GROUP_DIMENSIONS = {
  label: (key: string, bind: (value: unknown) => string) => {
    const param = bind(key);
    return `CASE WHEN t.labels ? ${param}::text THEN coalesce(nullif(t.labels ->> ${param}::text, ''), '(bare)') ELSE '(none)' END`;
  },
  // a tenant is on one server of each platform: no key
  server: () => `t.server_id`,
} as const;
export type GroupDimension = keyof typeof GROUP_DIMENSIONS;

export interface FleetQuery {
  /** one platform, or all of the config's */
  platform?: string | undefined;
  tenant?: string | undefined;
  filter: LabelFilter;
  /** a substring of the tenant id */
  search?: string | undefined;
  /** only tenant·platforms on this server (of any platform that has a server by this id) */
  server?: string | undefined;
  /** only tenants behind (or unknown) on a platform */
  behind: boolean;
  /** a page: at most `limit` tenants after the tenant id `after` */
  limit: number;
  after?: string | undefined;
  groupBy?: { dimension: GroupDimension; key: string } | undefined;
}

export interface FleetStatus {
  generatedAt: string;
  platforms: PlatformView[];
  /** tenants the query selects (all pages) */
  total: number;
  /** this page, by tenant id */
  tenants: TenantView[];
  /** the `after` of the next page, or null on the last one */
  next: string | null;
  /** label keys of the selection, for grouping */
  labelKeys: string[];
  groups?: GroupView[];
}

/** The versions read from the tenants' own schemas, for the tenants the ledger has none recorded for. */
interface LiveRead {
  at: number;
  /** `platform/tenant` → version */
  versions: Record<string, string>;
  /** platform → why a database of it did not answer */
  errors: Map<string, string>;
}

/** At most this many tenant databases are read at once (database-per-tenant fleets). */
const PARALLEL_READS = 8;
/** At most this many unrecorded versions are read from schemas per refresh; the rest show as unknown. */
export const LIVE_READ_BUDGET = 2_000;
/** Distinct questions whose answers are kept for `ttlMs` (pages, selections): enough for many open views. */
const SHARED_ANSWERS = 200;
/** Label keys change when tenants are labelled, rarely: read every 30 s, not every refresh. */
const LABEL_KEYS_TTL_MS = 30_000;

interface VersionCounts {
  counts: Array<{ platform: string; server: string; version: string; tenants: number }>;
  reachable: Map<string, boolean>;
}

interface PlatformSet {
  migrations: string[];
  latest: string;
}

interface Row {
  platform: string;
  tenant: string;
  labels: Record<string, string>;
  pin: string | null;
  held: boolean;
  server_id: string;
  version: string | null;
  run_status: RunStatus | null;
  run_rollout: string | null;
}

/**
 * The fleet's versions, set-based: each tenant's version is the one the ledger recorded from its
 * last run (tenants.known_version); only the tenants it has none for (a run under way, a failed
 * run, a tenant registered before versions were recorded) are read from their own migrations
 * table, at most LIVE_READ_BUDGET per refresh, cached for `ttlMs` and shared by concurrent
 * callers. Totals, per-version counts and groups are computed by PostgreSQL; only one page of
 * tenants comes back, so a refresh costs the same at 500 tenants and at 50,000 but for one scan
 * of the tenants table.
 */
export class FleetReader {
  private live: LiveRead | undefined;
  private labelKeys: { at: number; keys: Promise<string[]> } | undefined;
  private readonly answers = new Map<string, { at: number; answer: Promise<unknown> }>();
  private liveInFlight: Promise<LiveRead> | undefined;
  private sets: { at: number; byPlatform: Map<string, PlatformSet> } | undefined;

  constructor(
    private readonly config: TenantryConfig,
    private readonly control: ControlDb,
    private readonly pools: PoolRegistry,
    private readonly logger: Logger,
    private readonly ttlMs = 3_000,
  ) {}

  /**
   * A page of the fleet with its totals, per-version counts and (when asked) groups. The same
   * question within `ttlMs` gets the same answer: open fleet views refreshing every 2 s share it.
   */
  status(query: FleetQuery): Promise<FleetStatus> {
    return this.shared(`status ${JSON.stringify(query)}`, () => this.readStatus(query));
  }

  private async readStatus(query: FleetQuery): Promise<FleetStatus> {
    const platformIds = query.platform ? [query.platform] : [...this.config.platformOrder];
    const [live, sets] = await Promise.all([this.liveVersions(), Promise.resolve(this.migrationSets())]);
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const grouping = query.groupBy ? GROUP_DIMENSIONS[query.groupBy.dimension](query.groupBy.key, bind) : undefined;
    const selection = this.selectionSql(params, live, sets, platformIds, query, grouping);
    const behindOnly = bind(query.behind);
    const after = bind(query.after ?? null);
    const pageSize = bind(query.limit + 1);
    const runs = this.control.table('runs');
    const tenantsTable = this.control.table('tenants');
    const group = grouping
      ? `, (SELECT coalesce(json_agg(g ORDER BY g.tenants DESC, g.value), '[]') FROM (
             SELECT s.grp AS value,
                    count(*)::int AS tenants,
                    count(*) FILTER (WHERE NOT s.behind)::int AS latest,
                    count(*) FILTER (WHERE s.behind AND s.version IS NOT NULL)::int AS behind,
                    count(*) FILTER (WHERE s.version IS NULL)::int AS unknown
               FROM sel s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500) g) AS groups`
      : '';
    const labelKeys = this.allLabelKeys();
    // unnarrowed, the selection is every registered tenant: their count per platform is its own
    const narrowed = Boolean(
      query.tenant || query.search || query.server || query.filter.where || query.filter.exclude,
    );
    const { rows } = await this.control.pool.query<{
      total: number;
      registered: Array<{ platform: string; n: number }> | null;
      versions: Array<{ platform: string; server: string; version: string | null; n: number }>;
      rows: Row[];
      groups?: GroupView[];
    }>(
      `WITH ${selection.ctes},
       ids AS (${
         // a tenant is a row of one platform: no grouping by tenant to do
         platformIds.length === 1
           ? 'SELECT tenant, behind FROM sel'
           : 'SELECT tenant, bool_or(behind) AS behind FROM sel GROUP BY tenant'
       }),
       shown AS (SELECT tenant FROM ids WHERE NOT ${behindOnly}::bool OR behind),
       page AS MATERIALIZED (
         SELECT tenant FROM shown WHERE ${after}::text IS NULL OR tenant > ${after}::text ORDER BY tenant LIMIT ${pageSize}::int),
       page_rows AS MATERIALIZED (
         -- the page's rows by primary key: a page costs the same wherever it is in the fleet
         SELECT t.platform, t.tenant, t.labels, t.pinned_version, t.held_at, t.server_id, ${selection.version} AS version
           FROM page p JOIN ${tenantsTable} t ON t.tenant = p.tenant AND t.platform = ANY(${selection.platforms}::text[])
          WHERE ${selection.where})
       SELECT (SELECT count(*)::int FROM shown) AS total,
              ${
                narrowed
                  ? `(SELECT coalesce(json_agg(r), '[]') FROM (
                       SELECT platform, count(*)::int AS n FROM ${tenantsTable}
                        WHERE platform = ANY(${bind(platformIds)}::text[]) GROUP BY platform) r)`
                  : 'NULL::json'
              } AS registered,
              (SELECT coalesce(json_agg(v), '[]') FROM (
                 SELECT platform, server_id AS server, version, count(*)::int AS n FROM sel GROUP BY 1, 2, 3) v) AS versions,
              (SELECT coalesce(json_agg(p ORDER BY p.tenant, p.platform), '[]') FROM (
                 SELECT s.platform, s.tenant, s.labels, s.pinned_version AS pin, s.held_at IS NOT NULL AS held, s.server_id, s.version,
                        last.status AS run_status, last.rollout_id AS run_rollout
                   FROM page_rows s
                   LEFT JOIN LATERAL (
                     SELECT r.status, r.rollout_id FROM ${runs} r
                      WHERE r.platform = s.platform AND r.tenant = s.tenant
                      ORDER BY r.queued_at DESC, r.id LIMIT 1) last ON true) p) AS rows
              ${group}`,
      params,
    );
    const result = rows[0]!;
    const platforms = platformIds.map((id) => {
      const set = sets.get(id)!;
      const counts = sumBy(
        result.versions.filter((v) => v.platform === id),
        (c) => c.version,
      );
      const servers: Record<string, number> = Object.fromEntries(
        getPlatform(this.config, id).serverOrder.map((s) => [s, 0]),
      );
      for (const c of result.versions) if (c.platform === id) servers[c.server] = (servers[c.server] ?? 0) + c.n;
      const error = live.errors.get(id);
      const view: PlatformView = {
        id,
        migrations: set.migrations,
        tenants: result.registered
          ? (result.registered.find((r) => r.platform === id)?.n ?? 0)
          : counts.reduce((sum, c) => sum + c.n, 0),
        versions: counts
          .filter((c) => c.version !== null)
          .map((c) => ({ ...positionOf(set, c.version!), version: c.version!, tenants: c.n }))
          .sort((a, b) => b.applied - a.applied || (a.version < b.version ? 1 : -1)),
        unknown: counts.find((c) => c.version === null)?.n ?? 0,
        servers,
        reachable: error === undefined,
        ...(error === undefined ? {} : { error }),
      };
      return view;
    });
    const page = tenantsOf(result.rows, sets);
    const more = page.length > query.limit;
    const tenants = more ? page.slice(0, query.limit) : page;
    return {
      generatedAt: new Date().toISOString(),
      platforms,
      total: result.total,
      tenants,
      next: more ? tenants.at(-1)!.tenant : null,
      labelKeys: await labelKeys,
      ...(result.groups ? { groups: result.groups } : {}),
    };
  }

  /** Tenants per platform and version (`unknown` where neither recorded nor read), and whether each platform answered: for /metrics. */
  versionCounts(): Promise<VersionCounts> {
    return this.shared('versions', () => this.readVersionCounts());
  }

  /** One answer per key for `ttlMs`, a failed one forgotten at once; at most SHARED_ANSWERS kept. */
  private shared<T>(key: string, read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.answers.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.answer as Promise<T>;
    for (const [k, v] of this.answers) if (now - v.at >= this.ttlMs) this.answers.delete(k);
    const answer = read();
    if (this.ttlMs > 0 && this.answers.size < SHARED_ANSWERS) {
      this.answers.set(key, { at: now, answer });
      answer.catch(() => this.answers.delete(key));
    }
    return answer;
  }

  private async readVersionCounts(): Promise<VersionCounts> {
    const live = await this.liveVersions();
    // one pass over the tenants; the read versions are looked up only where the ledger has none
    const { rows } = await this.control.pool.query<{ platform: string; server: string; version: string; n: number }>(
      `SELECT platform, server_id AS server, coalesce(known_version, $2::jsonb ->> (platform || '/' || tenant), 'unknown') AS version,
              count(*)::int AS n
         FROM ${this.control.table('tenants')} WHERE platform = ANY($1::text[]) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [this.config.platformOrder, JSON.stringify(live.versions)],
    );
    return {
      counts: rows.map((r) => ({ platform: r.platform, server: r.server, version: r.version, tenants: r.n })),
      reachable: new Map(this.config.platformOrder.map((id) => [id, !live.errors.has(id)])),
    };
  }

  /**
   * The CTE `sel`: the selected tenant·platform rows with their version (recorded, else read),
   * whether they are behind their platform's latest, and their value of the grouping (`grp`).
   * Narrow on purpose (labels, pins and holds are read for the page only). Appends its
   * parameters to `params`.
   */
  private selectionSql(
    params: unknown[],
    live: LiveRead,
    sets: Map<string, PlatformSet>,
    platformIds: readonly string[],
    query: Pick<FleetQuery, 'tenant' | 'search' | 'server' | 'filter'>,
    grouping?: string,
  ): { ctes: string; version: string; where: string; platforms: string } {
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const liveVersions = bind(JSON.stringify(live.versions));
    const latestPlatforms = bind(platformIds);
    const latestVersions = bind(platformIds.map((id) => sets.get(id)!.latest));
    const tenant = bind(query.tenant ?? null);
    const search = bind(query.search ? query.search.toLowerCase() : null);
    const server = bind(query.server ?? null);
    const labels = labelFilterSql(query.filter, params, 't.labels');
    // the read versions are a jsonb object looked up only where the ledger has none
    const version = `coalesce(t.known_version, ${liveVersions}::jsonb ->> (t.platform || '/' || t.tenant))`;
    const where = `(${tenant}::text IS NULL OR t.tenant = ${tenant}::text)
            AND (${search}::text IS NULL OR strpos(t.tenant, ${search}::text) > 0)
            AND (${server}::text IS NULL OR t.server_id = ${server}::text)
            AND ${labels}`;
    const ctes = `latest AS (SELECT * FROM unnest(${latestPlatforms}::text[], ${latestVersions}::text[]) AS l(platform, version)),
       sel AS MATERIALIZED (
         SELECT t.platform, t.tenant, t.server_id, v.version, v.version IS DISTINCT FROM la.version AS behind${grouping ? `, ${grouping} AS grp` : ''}
           FROM ${this.control.table('tenants')} t
           JOIN latest la ON la.platform = t.platform
           CROSS JOIN LATERAL (SELECT ${version} AS version) v
          WHERE ${where})`;
    return { ctes, version, where, platforms: latestPlatforms };
  }

  /** Every label key the fleet's tenants carry (for grouping), read at most every LABEL_KEYS_TTL_MS. */
  private allLabelKeys(): Promise<string[]> {
    if (this.labelKeys && Date.now() - this.labelKeys.at < LABEL_KEYS_TTL_MS) return this.labelKeys.keys;
    const keys = this.control.pool
      .query<{ k: string }>(
        `SELECT DISTINCT jsonb_object_keys(labels) AS k FROM ${this.control.table('tenants')}
          WHERE labels <> '{}'::jsonb ORDER BY k LIMIT 200`,
      )
      .then((r) => r.rows.map((row) => row.k));
    this.labelKeys = { at: Date.now(), keys };
    keys.catch(() => {
      this.labelKeys = undefined;
    });
    return keys;
  }

  /** Each platform's migration set, read from disk at most once per `ttlMs`. */
  private migrationSets(): Map<string, PlatformSet> {
    if (this.sets && Date.now() - this.sets.at < this.ttlMs) return this.sets.byPlatform;
    const byPlatform = new Map<string, PlatformSet>();
    for (const id of this.config.platformOrder) {
      const migrations = readMigrationSet(getPlatform(this.config, id).tenantMigrationsDir).migrations.map(
        (m) => m.name,
      );
      byPlatform.set(id, { migrations, latest: migrations.at(-1) ?? EMPTY });
    }
    this.sets = { at: Date.now(), byPlatform };
    return byPlatform;
  }

  private liveVersions(): Promise<LiveRead> {
    if (this.live && Date.now() - this.live.at < this.ttlMs) return Promise.resolve(this.live);
    this.liveInFlight ??= this.readUnrecorded()
      .then((live) => {
        this.live = live;
        return live;
      })
      .finally(() => {
        this.liveInFlight = undefined;
      });
    return this.liveInFlight;
  }

  /** Reads the tenants the ledger has no version for from their own schemas, a few queries per database. */
  private async readUnrecorded(): Promise<LiveRead> {
    const read: LiveRead = { at: 0, versions: {}, errors: new Map() };
    const { rows } = await this.control.pool.query<{ platform: string; tenant: string; server_id: string }>(
      `SELECT platform, tenant, server_id FROM ${this.control.table('tenants')}
        WHERE known_version IS NULL AND platform = ANY($1::text[]) ORDER BY platform, tenant LIMIT $2`,
      [this.config.platformOrder, LIVE_READ_BUDGET],
    );
    for (const platformId of this.config.platformOrder) {
      const platform = getPlatform(this.config, platformId);
      const groups = new Map<string, Array<{ tenant: string; schema: string }>>();
      for (const { tenant, server_id } of rows.filter((r) => r.platform === platformId)) {
        const location = locateTenant(platform, parseTenantId(tenant), server_id);
        const members = groups.get(location.databaseUrl) ?? [];
        members.push({ tenant, schema: location.schema });
        groups.set(location.databaseUrl, members);
      }
      const pending = [...groups.entries()];
      const worker = async () => {
        for (let next = pending.shift(); next; next = pending.shift()) {
          const [url, members] = next;
          try {
            const client = await this.pools.acquire(url);
            try {
              const versions = await readVersions(
                client,
                members.map((m) => m.schema),
                platform.migrationsTable,
              );
              for (const { tenant, schema } of members)
                read.versions[`${platformId}/${tenant}`] = versions.get(schema)!.version;
            } finally {
              client.release();
            }
          } catch (error) {
            read.errors.set(platformId, `${describeDatabase(url)}: ${redactText(errorMessage(error))}`);
            this.logger.warn(
              { platform: platformId, database: describeDatabase(url), err: errorMessage(error) },
              'could not read tenant versions',
            );
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, pending.length) }, worker));
    }
    read.at = Date.now();
    return read;
  }
}

/** A version's place in its platform's set: migrations are named in order, so a version unknown to the set sits after those named before it. */
function positionOf(set: PlatformSet, version: string): { applied: number; latest: boolean } {
  const index = set.migrations.indexOf(version);
  const applied = version === EMPTY ? 0 : index >= 0 ? index + 1 : set.migrations.filter((m) => m <= version).length;
  return { applied, latest: version === set.latest };
}

/** Counts of rows with the same key, summed (the per-version counts of a platform over its servers). */
function sumBy<T extends { n: number }, K>(rows: readonly T[], key: (row: T) => K): Array<T & { n: number }> {
  const summed = new Map<K, T & { n: number }>();
  for (const row of rows) {
    const same = summed.get(key(row));
    if (same) same.n += row.n;
    else summed.set(key(row), { ...row });
  }
  return [...summed.values()];
}

function tenantsOf(rows: readonly Row[], sets: Map<string, PlatformSet>): TenantView[] {
  const byTenant = new Map<string, TenantView>();
  for (const row of rows) {
    let view = byTenant.get(row.tenant);
    if (!view) {
      view = { tenant: row.tenant, versions: {}, labels: {}, pins: {}, held: [], servers: {} };
      byTenant.set(row.tenant, view);
    }
    view.labels = { ...row.labels, ...view.labels };
    if (row.pin !== null) view.pins[row.platform] = row.pin;
    if (row.held) view.held.push(row.platform);
    view.servers[row.platform] = row.server_id;
    view.versions[row.platform] =
      row.version === null
        ? null
        : {
            version: row.version,
            ...positionOf(sets.get(row.platform)!, row.version),
            lastRun: row.run_status === null ? null : { status: row.run_status, rolloutId: row.run_rollout! },
          };
  }
  return [...byTenant.values()];
}
