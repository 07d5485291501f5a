import { positionOf, readMigrationSet, type MigrationSet } from '../catalog/migration-set.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { parseTenantId } from '../ids.js';
import type { RegisteredTenant, TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from './live-versions.js';
import { locateTenant } from '../tenants/location.js';
import { EMPTY_VERSION } from '../types.js';

/**
 * Where a version shown for a tenant comes from:
 * - `ledger`: the ledger's record (tenants.known_version, written by the run that last moved it),
 *   checked against the number of rows PostgreSQL counts in the tenant's own history table;
 * - `ledger-unchecked`: the ledger's record, not checked (a tenant with a database of its own:
 *   checking it would cost a connection per tenant, as much as reading it);
 * - `live`: read from the tenant's own migrations table.
 */
export type VersionSource = 'ledger' | 'ledger-unchecked' | 'live';

/**
 * Why a tenant was read live when the ledger was asked:
 * - `asked`: every tenant is read live (`--live`);
 * - `unknown`: the ledger has no version for it (never run by Tenantry, or its last run failed or is under way);
 * - `count-differs`: its history table's row count (PostgreSQL's statistics) is not the ledger's
 *   version's position: changed outside Tenantry, or statistics not yet up to date;
 * - `not-in-files`: the ledger's version is not in the migration files.
 */
export type LiveReason = 'asked' | 'unknown' | 'count-differs' | 'not-in-files';

export interface TenantVersionReading {
  version: string;
  source: VersionSource;
  /** set when `source` is `live` */
  reason?: LiveReason;
  /** the ledger's record when it was not what is shown (null: none) */
  ledgerVersion?: string | null;
}

/** How a fleet's versions were read: counts by source, and the tenants the ledger was wrong about. */
export interface VersionReadSummary {
  /** `ledger`: the ledger's records, checked, with the doubtful ones read live; `live`: every tenant read live */
  mode: 'ledger' | 'live';
  ledger: number;
  ledgerUnchecked: number;
  live: number;
  /** of `live`, by reason */
  reasons: Partial<Record<LiveReason, number>>;
  /** tenants whose ledger record is not what their own table holds (read live; at most 100 listed) */
  stale: Array<{ platform: string; tenant: string; ledgerVersion: string | null; version: string }>;
  /** how many are stale in all */
  staleCount: number;
}

export interface ReadVersionsOptions {
  /** read every tenant's own migrations table (default: the ledger's records, checked) */
  live?: boolean;
}

/** Sessions reading row counts at once (one per database). */
const COUNTS_AT_ONCE = 4;

/**
 * The number of rows PostgreSQL's statistics count in each schema's history table (one catalog
 * query for all the schemas of a database: no table is opened). 0 for a schema without the table.
 */
async function historyRowCounts(
  pools: PoolRegistry,
  url: string,
  table: string,
  schemas: readonly string[],
): Promise<Map<string, number>> {
  const client = await pools.acquire(url);
  let broken = false;
  try {
    const { rows } = await client.query<{ schema: string; count: string }>(
      // two index probes per schema (see history-rows.ts)
      `SELECT n.nspname AS schema, pg_catalog.pg_stat_get_live_tuples(c.oid) AS count
         FROM pg_catalog.unnest($2::text[]) AS s(name)
         JOIN pg_catalog.pg_namespace n ON n.nspname = s.name
         JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = $1
        WHERE c.relkind IN ('r', 'p')`,
      [table, schemas],
    );
    return new Map(rows.map((r) => [r.schema, Number(r.count)] as const));
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * The version of each of these tenants, keyed `platform/tenant`.
 *
 * By default the ledger's record of each tenant's version is used where it can be trusted
 * (checkRecordedVersions); every other tenant is read live from its own table. `live` reads
 * every tenant's own table.
 */
export async function readTenantVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  registry: TenantRegistry,
  tenants: readonly Pick<RegisteredTenant, 'platform' | 'tenant' | 'serverId'>[],
  options: ReadVersionsOptions = {},
): Promise<{ versions: Map<string, TenantVersionReading>; summary: VersionReadSummary }> {
  const mine = tenants.filter((t) => config.platforms[t.platform]);
  let versions: Map<string, TenantVersionReading>;
  if (options.live) {
    versions = new Map();
    await readLive(
      config,
      pools,
      mine.map((tenant) => ({ tenant, reason: 'asked' as const, ledgerVersion: null })),
      versions,
    );
  } else {
    const known = await registry.knownVersions([...new Set(mine.map((t) => t.platform))]);
    versions = await checkRecordedVersions(
      config,
      pools,
      mine.map((t) => ({ ...t, version: known.get(`${t.platform}/${t.tenant}`) ?? null })),
    );
  }
  return { versions, summary: summarizeReadings(versions, options.live ? 'live' : 'ledger') };
}

/** A tenant and the ledger's record of its version (null: none). */
export interface RecordedVersion {
  platform: string;
  tenant: string;
  serverId: string;
  version: string | null;
}

/**
 * The version of each of these tenants, keyed `platform/tenant`, from the ledger's record where
 * it can be trusted: the record exists, its migration is in the files, and the tenant's history
 * table holds as many rows as that migration's position (PostgreSQL's statistics, read for a
 * whole database in one catalog query, without opening any tenant's table). Every other tenant
 * is read live from its own table. A tenant changed outside Tenantry shows up as soon as its row
 * count differs: the statistics report a committed change within seconds (until then the change
 * is not seen; a run's own change not yet reported costs its tenant a live read, nothing more).
 * One whose history was edited without changing its row count does not show up, nor rows deleted
 * before the statistics had counted their insert (a count is kept from going below zero, so the
 * deletion is lost from it until the table is vacuumed or analyzed): `tenantry verify` checks
 * histories and schemas. Tenants with a database of their own are taken at their record,
 * unchecked.
 */
export async function checkRecordedVersions(
  config: TenantryConfig,
  pools: PoolRegistry,
  recorded: readonly RecordedVersion[],
): Promise<Map<string, TenantVersionReading>> {
  const versions = new Map<string, TenantVersionReading>();
  const toRead: LiveRead[] = [];
  const sets = new Map<string, MigrationSet>();
  const setOf = (platform: string) =>
    sets.get(platform) ??
    sets.set(platform, readMigrationSet(config.platforms[platform]!.tenantMigrationsDir)).get(platform)!;
  // tenants sharing a database: checked by row count, a database at a time
  const byDatabase = new Map<
    string,
    { url: string; table: string; entries: Array<{ tenant: RecordedVersion; schema: string; at: number }> }
  >();
  for (const tenant of recorded) {
    const { version } = tenant;
    if (version === null) {
      toRead.push({ tenant, reason: 'unknown', ledgerVersion: null });
      continue;
    }
    const at = positionOf(setOf(tenant.platform), version);
    if (at === undefined) {
      toRead.push({ tenant, reason: 'not-in-files', ledgerVersion: version });
      continue;
    }
    const platform = config.platforms[tenant.platform]!;
    const location = locateTenant(platform, parseTenantId(tenant.tenant), tenant.serverId);
    if (location.ownDatabase) {
      versions.set(`${tenant.platform}/${tenant.tenant}`, { version, source: 'ledger-unchecked' });
      continue;
    }
    const dbKey = `${location.databaseUrl}\u0000${location.migrationsTable}`;
    let group = byDatabase.get(dbKey);
    if (!group) {
      group = { url: location.databaseUrl, table: location.migrationsTable, entries: [] };
      byDatabase.set(dbKey, group);
    }
    group.entries.push({ tenant, schema: location.schema, at });
  }
  const groups = [...byDatabase.values()];
  let next = 0;
  const checker = async () => {
    for (let group = groups[next++]; group; group = groups[next++]) {
      const counts = await historyRowCounts(
        pools,
        group.url,
        group.table,
        group.entries.map((e) => e.schema),
      );
      for (const { tenant, schema, at } of group.entries) {
        if ((counts.get(schema) ?? 0) === at)
          versions.set(`${tenant.platform}/${tenant.tenant}`, { version: tenant.version!, source: 'ledger' });
        else toRead.push({ tenant, reason: 'count-differs', ledgerVersion: tenant.version });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(COUNTS_AT_ONCE, groups.length) }, checker));
  await readLive(config, pools, toRead, versions);
  return versions;
}

/** A tenant to read from its own table, and why. */
interface LiveRead {
  tenant: Pick<RegisteredTenant, 'platform' | 'tenant' | 'serverId'>;
  reason: LiveReason;
  ledgerVersion: string | null;
}

/** Reads these tenants from their own tables into `versions`. */
async function readLive(
  config: TenantryConfig,
  pools: PoolRegistry,
  toRead: readonly LiveRead[],
  versions: Map<string, TenantVersionReading>,
): Promise<void> {
  if (toRead.length === 0) return;
  const read = await readCurrentVersions(
    config,
    pools,
    toRead.map(({ tenant: { platform, tenant, serverId } }) => ({
      platform,
      tenant,
      serverId,
      scope: 'tenant' as const,
    })),
  );
  for (const { tenant, reason, ledgerVersion } of toRead) {
    const key = `${tenant.platform}/${tenant.tenant}`;
    const version = read.get(key) ?? EMPTY_VERSION;
    versions.set(key, { version, source: 'live', reason, ...(reason === 'asked' ? {} : { ledgerVersion }) });
  }
}

/** The summary of some readings (e.g. one platform's), keyed `platform/tenant`. */
export function summarizeReadings(
  readings: Iterable<[string, TenantVersionReading]>,
  mode: VersionReadSummary['mode'],
): VersionReadSummary {
  const summary: VersionReadSummary = {
    mode,
    ledger: 0,
    ledgerUnchecked: 0,
    live: 0,
    reasons: {},
    stale: [],
    staleCount: 0,
  };
  for (const [key, reading] of readings) {
    if (reading.source === 'ledger') summary.ledger++;
    else if (reading.source === 'ledger-unchecked') summary.ledgerUnchecked++;
    else {
      summary.live++;
      const reason = reading.reason ?? 'asked';
      summary.reasons[reason] = (summary.reasons[reason] ?? 0) + 1;
      const ledgerVersion = reading.ledgerVersion ?? null;
      if (reason !== 'asked' && ledgerVersion !== null && ledgerVersion !== reading.version) {
        summary.staleCount++;
        const slash = key.indexOf('/');
        summary.stale.push({
          platform: key.slice(0, slash),
          tenant: key.slice(slash + 1),
          ledgerVersion,
          version: reading.version,
        });
      }
    }
  }
  summary.stale.sort((a, b) => a.platform.localeCompare(b.platform) || a.tenant.localeCompare(b.tenant));
  summary.stale = summary.stale.slice(0, 100);
  return summary;
}

/** One line saying where the versions shown come from (the CLI prints it under its table). */
export function describeVersionSource(summary: VersionReadSummary, liveOption = '--live'): string {
  if (summary.mode === 'live') return `versions read live from each tenant's own migrations table (${summary.live})`;
  const parts = [
    `versions from the ledger (the record of each tenant's last run), checked against each history table's row count: ${summary.ledger}`,
  ];
  if (summary.ledgerUnchecked > 0)
    parts.push(`from the ledger unchecked (a database of their own): ${summary.ledgerUnchecked}`);
  if (summary.live > 0) {
    const why = Object.entries(summary.reasons)
      .map(([reason, n]) => `${n} ${LIVE_REASON_TEXT[reason as LiveReason]}`)
      .join(', ');
    parts.push(`read live: ${summary.live} (${why})`);
  }
  return `${parts.join('; ')}. \`${liveOption}\` reads every tenant's own table`;
}

const LIVE_REASON_TEXT: Record<LiveReason, string> = {
  asked: 'asked for',
  unknown: 'unknown to the ledger',
  'count-differs': "whose history row count differs from the ledger's version",
  'not-in-files': 'whose ledger version is not in the files',
};

/** Lines naming the tenants the ledger had a different version for (changed outside Tenantry). */
export function describeStale(summary: VersionReadSummary): string[] {
  if (summary.staleCount === 0) return [];
  const more = summary.staleCount - summary.stale.length;
  return [
    `the ledger's version differs from the tenant's own table for ${summary.staleCount} tenant(s) (changed outside Tenantry? shown as read live; a rollout with --recheck updates the ledger):`,
    ...summary.stale.map((s) => `  ${s.platform}/${s.tenant}: ledger ${s.ledgerVersion}, table ${s.version}`),
    ...(more > 0 ? [`  (and ${more} more)`] : []),
  ];
}
