import {
  InvalidInput,
  RolloutLedger,
  TenantRegistry,
  describeStale,
  describeVersionSource,
  getPlatform,
  parsePlatformId,
  parseTenantId,
  readMigrationSet,
  readTenantVersions,
  redactSecrets,
  type Labels,
  type LiveReason,
  type MigrationSet,
  type RunRecord,
  type VersionSource,
} from '@tenantry/core';
import type { CliContext } from '../context.js';
import { ago, printJson, printLine, printTable } from '../output.js';
import { labelFilterOf, serversOf, showsServers, type SelectorOptions } from '../selection.js';

export interface TenantStatus {
  platform: string;
  /** the server of the platform it is on */
  server: string;
  tenant: string;
  version: string;
  /** migrations applied / in the set */
  applied: number;
  available: number;
  latest: boolean;
  /** where `version` comes from: the ledger's record (checked against the history table's row count, or unchecked), or the tenant's own table */
  source: VersionSource;
  /** why it was read live */
  reason?: LiveReason;
  /** the ledger's record, when it was read live for a reason of the ledger's (null: none) */
  ledgerVersion?: string | null;
  labels: Labels;
  /** the version the tenant is pinned at, or null */
  pinnedVersion: string | null;
  /** when it was held, or null */
  heldAt: Date | null;
  lastRun: Pick<
    RunRecord,
    | 'id'
    | 'rolloutId'
    | 'status'
    | 'direction'
    | 'target'
    | 'fromVersion'
    | 'toVersion'
    | 'error'
    | 'finishedAt'
    | 'lockTimeouts'
    | 'lockWaitMs'
    | 'lockDeferrals'
  > | null;
}

/**
 * Per tenant: its version and its last run. The version is the ledger's record, checked against
 * the tenant's history table's row count, and read from the tenant's own table where the record
 * is missing or doubtful; `--live` reads every tenant's own table (recorded-versions.ts).
 */
export async function statusCommand(
  ctx: CliContext,
  options: { platform: string[]; tenant: string[]; server?: string[]; live?: boolean } & SelectorOptions,
): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  const servers = serversOf(ctx.config, platforms, options.server ?? []);
  const tenants = options.tenant.map((t) => parseTenantId(t));
  const filter = labelFilterOf(options);
  await ctx.control.assertReady();
  const registry = new TenantRegistry(ctx.control);
  const registered = (await registry.list(platforms, filter, servers)).filter(
    (t) => tenants.length === 0 || tenants.includes(t.tenant as never),
  );
  // like migrate and verify: a tenant named but not registered is bad input, not an empty table
  for (const tenant of tenants) {
    if (!registered.some((r) => r.tenant === tenant)) {
      throw new InvalidInput(
        `tenant ${tenant} is not registered on ${platforms.length > 0 ? platforms.join(', ') : 'any platform'}${filter.where || filter.exclude ? ', or is not selected by --where/--exclude' : ''}${servers.length > 0 ? `, or is not on server ${servers.join(', ')}` : ''}`,
      );
    }
  }
  const lastRuns = new Map(
    (await new RolloutLedger(ctx.control).lastRuns(platforms, tenants)).map(
      (r) => [`${r.platform}/${r.tenant}`, r] as const,
    ),
  );
  const { versions, summary } = await readTenantVersions(
    ctx.config,
    ctx.pools,
    registry,
    registered,
    options.live ? { live: true } : {},
  );
  const statuses: TenantStatus[] = [];
  const sets = new Map<string, MigrationSet>();
  const setOf = (platform: string) =>
    sets.get(platform) ??
    sets.set(platform, readMigrationSet(getPlatform(ctx.config, platform).tenantMigrationsDir)).get(platform)!;
  for (const t of registered) {
    const platformId = t.platform;
    if (!ctx.config.platforms[platformId]) continue;
    const set = setOf(platformId);
    const available = set.migrations.length;
    const reading = versions.get(`${platformId}/${t.tenant}`)!;
    const applied = set.positions.get(reading.version) ?? 0; // '0' (nothing applied) is not in it
    const run = lastRuns.get(`${platformId}/${t.tenant}`);
    statuses.push({
      platform: platformId,
      server: t.serverId,
      tenant: t.tenant,
      version: reading.version,
      applied,
      available,
      latest: applied === available,
      source: reading.source,
      ...(reading.reason ? { reason: reading.reason } : {}),
      ...(reading.ledgerVersion !== undefined ? { ledgerVersion: reading.ledgerVersion } : {}),
      labels: t.labels,
      pinnedVersion: t.pinnedVersion,
      heldAt: t.heldAt,
      lastRun: run
        ? {
            id: run.id,
            rolloutId: run.rolloutId,
            status: run.status,
            direction: run.direction,
            target: run.target,
            fromVersion: run.fromVersion,
            toVersion: run.toVersion,
            error: run.error === null ? null : redactSecrets(run.error),
            finishedAt: run.finishedAt,
            lockTimeouts: run.lockTimeouts,
            lockWaitMs: run.lockWaitMs,
            lockDeferrals: run.lockDeferrals,
          }
        : null,
    });
  }
  // platforms in config order, grouped by server within a platform, then by tenant
  const order = new Map(ctx.config.platformOrder.map((p, i) => [p, i] as const));
  statuses.sort((a, b) =>
    a.platform === b.platform
      ? a.server.localeCompare(b.server) || a.tenant.localeCompare(b.tenant)
      : order.get(a.platform)! - order.get(b.platform)!,
  );
  if (ctx.json) {
    printJson(statuses);
    return 0;
  }
  const shown = showsServers(ctx.config, servers);
  printTable(
    ['PLATFORM', ...(shown ? ['SERVER'] : []), 'TENANT', 'VERSION', 'APPLIED', 'READ FROM', 'PIN/HOLD', 'LAST RUN'],
    statuses.map((s) => [
      s.platform,
      ...(shown ? [s.server] : []),
      s.tenant,
      s.version,
      `${s.applied}/${s.available}${s.latest ? ' (latest)' : ''}`,
      readFrom(s),
      [s.pinnedVersion ? `pinned at ${s.pinnedVersion}` : '', s.heldAt ? 'held' : ''].filter(Boolean).join(', ') || '-',
      s.lastRun
        ? `${s.lastRun.status} ${s.lastRun.direction} → ${s.lastRun.target} ${ago(s.lastRun.finishedAt)}${lockNote(s.lastRun)}${s.lastRun.error ? `: ${s.lastRun.error}` : ''}`
        : '-',
    ]),
  );
  printLine(describeVersionSource(summary));
  for (const line of describeStale(summary)) printLine(line);
  return 0;
}

/** `ledger`, `ledger (unchecked)`, `live`, or `live (ledger: X)` when the ledger said otherwise. */
function readFrom(s: TenantStatus): string {
  if (s.source === 'ledger') return 'ledger';
  if (s.source === 'ledger-unchecked') return 'ledger (unchecked)';
  if (s.reason === 'unknown') return 'live (not in ledger)';
  if (s.ledgerVersion && s.ledgerVersion !== s.version) return `live (ledger: ${s.ledgerVersion})`;
  return 'live';
}

/** What a run lost to lock timeouts, when it met any: ` (3 lock timeouts, 1.2 s waited, deferred 1×)`. */
function lockNote(run: Pick<RunRecord, 'lockTimeouts' | 'lockWaitMs' | 'lockDeferrals'>): string {
  if (run.lockTimeouts === 0) return '';
  const deferred = run.lockDeferrals > 0 ? `, deferred ${run.lockDeferrals}×` : '';
  return ` (${run.lockTimeouts} lock timeout(s), ${(run.lockWaitMs / 1000).toFixed(1)} s waited${deferred})`;
}
