import {
  RolloutLedger,
  TenantRegistry,
  describeDatabase,
  errorMessage,
  getPlatform,
  locateTenant,
  parseTenantId,
  readMigrationSet,
  readVersions,
  type ControlDb,
  type Logger,
  type PoolRegistry,
  type RunStatus,
  type TenantryConfig,
} from '@tenantry/core';
import { redactText } from '../redact.js';

/** One tenant's live version on one platform, read from the tenant's own migrations table. */
export interface TenantVersionView {
  version: string;
  /** migrations applied: the version's position in the platform's migration set */
  applied: number;
  latest: boolean;
  /** the tenant's newest run on this platform, if any */
  lastRun: { status: RunStatus; rolloutId: string } | null;
}

export interface PlatformView {
  id: string;
  /** the platform's tenant migrations, in order; a version's colour is its position here */
  migrations: string[];
  tenants: number;
  /** its tenants by the server they are on (server id → count) */
  servers: Record<string, number>;
  /** false when a tenant database of this platform did not answer; its tenants have no version */
  reachable: boolean;
  error?: string;
}

export interface TenantView {
  tenant: string;
  /** its version on each platform it is registered on (null: unknown, unreachable) */
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

export interface FleetSnapshot {
  generatedAt: string;
  platforms: PlatformView[];
  tenants: TenantView[];
}

interface Group {
  url: string;
  members: Array<{ tenant: string; schema: string }>;
}

/** At most this many tenant databases are read at once (database-per-tenant fleets). */
const PARALLEL_READS = 8;

/**
 * The fleet's live versions: every registered tenant's version on every platform, read with
 * `readVersions` (a few queries per database), cached for `ttlMs` and shared by concurrent
 * callers, so a dozen open dashboards and a Prometheus scrape cost one read every few seconds.
 */
export class FleetReader {
  private cached: { at: number; snapshot: FleetSnapshot } | undefined;
  private inFlight: Promise<FleetSnapshot> | undefined;

  constructor(
    private readonly config: TenantryConfig,
    private readonly control: ControlDb,
    private readonly pools: PoolRegistry,
    private readonly logger: Logger,
    private readonly ttlMs = 3_000,
  ) {}

  async snapshot(): Promise<FleetSnapshot> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.snapshot;
    this.inFlight ??= this.read()
      .then((snapshot) => {
        this.cached = { at: Date.now(), snapshot };
        return snapshot;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async read(): Promise<FleetSnapshot> {
    const [registered, runs] = await Promise.all([
      new TenantRegistry(this.control).list(),
      new RolloutLedger(this.control).lastRuns(null, null),
    ]);
    const lastRun = new Map(
      runs.map((r) => [`${r.platform}/${r.tenant}`, { status: r.status, rolloutId: r.rolloutId }] as const),
    );
    const byTenant = new Map<string, Record<string, TenantVersionView | null>>();
    const marks = new Map<string, Pick<TenantView, 'labels' | 'pins' | 'held' | 'servers'>>();
    for (const t of registered) {
      const mark = marks.get(t.tenant) ?? { labels: {}, pins: {}, held: [], servers: {} };
      mark.servers[t.platform] = t.serverId;
      mark.labels = { ...t.labels, ...mark.labels };
      if (t.pinnedVersion !== null) mark.pins[t.platform] = t.pinnedVersion;
      if (t.heldAt !== null) mark.held.push(t.platform);
      marks.set(t.tenant, mark);
    }
    const platforms: PlatformView[] = [];
    for (const platformId of this.config.platformOrder) {
      const platform = getPlatform(this.config, platformId);
      const migrations = readMigrationSet(platform.tenantMigrationsDir).migrations.map((m) => m.name);
      const mine = registered.filter((t) => t.platform === platformId);
      const servers: Record<string, number> = Object.fromEntries(platform.serverOrder.map((s) => [s, 0]));
      for (const t of mine) servers[t.serverId] = (servers[t.serverId] ?? 0) + 1;
      const view: PlatformView = { id: platformId, migrations, tenants: mine.length, servers, reachable: true };
      platforms.push(view);
      const groups = new Map<string, Group>();
      for (const { tenant, serverId } of mine) {
        const location = locateTenant(platform, parseTenantId(tenant), serverId);
        const group = groups.get(location.databaseUrl) ?? { url: location.databaseUrl, members: [] };
        group.members.push({ tenant, schema: location.schema });
        groups.set(location.databaseUrl, group);
        const versions = byTenant.get(tenant) ?? {};
        versions[platformId] = null;
        byTenant.set(tenant, versions);
      }
      const pending = [...groups.values()];
      const worker = async () => {
        for (let group = pending.shift(); group; group = pending.shift()) {
          try {
            const client = await this.pools.acquire(group.url);
            try {
              const versions = await readVersions(
                client,
                group.members.map((m) => m.schema),
                platform.migrationsTable,
              );
              for (const { tenant, schema } of group.members) {
                const v = versions.get(schema)!;
                byTenant.get(tenant)![platformId] = {
                  version: v.version,
                  applied: v.applied,
                  latest: v.applied === migrations.length,
                  lastRun: lastRun.get(`${platformId}/${tenant}`) ?? null,
                };
              }
            } finally {
              client.release();
            }
          } catch (error) {
            view.reachable = false;
            view.error = `${describeDatabase(group.url)}: ${redactText(errorMessage(error))}`;
            this.logger.warn(
              { platform: platformId, database: describeDatabase(group.url), err: errorMessage(error) },
              'could not read tenant versions',
            );
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, pending.length) }, worker));
    }
    const tenants = [...byTenant.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([tenant, versions]) => ({
        tenant,
        versions,
        ...(marks.get(tenant) ?? { labels: {}, pins: {}, held: [], servers: {} }),
      }));
    return { generatedAt: new Date().toISOString(), platforms, tenants };
  }
}
