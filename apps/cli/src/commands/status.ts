import {
  InvalidInput,
  RolloutLedger,
  TenantRegistry,
  getPlatform,
  locateTenant,
  parsePlatformId,
  parseTenantId,
  readMigrationSet,
  readVersions,
  redactSecrets,
  type Labels,
  type RunRecord,
} from '@tenantry/core';
import type { CliContext } from '../context.js';
import { ago, printJson, printTable } from '../output.js';
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

/** Per tenant: its live version (read from its own migrations table), and its last run. */
export async function statusCommand(
  ctx: CliContext,
  options: { platform: string[]; tenant: string[]; server?: string[] } & SelectorOptions,
): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  const servers = serversOf(ctx.config, platforms, options.server ?? []);
  const tenants = options.tenant.map((t) => parseTenantId(t));
  const filter = labelFilterOf(options);
  await ctx.control.assertReady();
  const registered = (await new TenantRegistry(ctx.control).list(platforms, filter, servers)).filter(
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
  const marksOf = new Map(registered.map((r) => [`${r.platform}/${r.tenant}`, r] as const));
  const lastRuns = new Map(
    (await new RolloutLedger(ctx.control).lastRuns(platforms, tenants)).map(
      (r) => [`${r.platform}/${r.tenant}`, r] as const,
    ),
  );
  const statuses: TenantStatus[] = [];
  for (const platformId of ctx.config.platformOrder) {
    const mine = registered.filter((t) => t.platform === platformId);
    if (mine.length === 0) continue;
    const platform = getPlatform(ctx.config, platformId);
    const set = readMigrationSet(platform.tenantMigrationsDir);
    const byUrl = new Map<string, Array<{ tenant: string; server: string; schema: string }>>();
    // a tenant's own database is read once: its session is closed after, not left idle
    const ownDatabases = platform.databasePerTenant;
    for (const t of mine) {
      const location = locateTenant(platform, parseTenantId(t.tenant), t.serverId);
      const entry = { tenant: t.tenant, server: t.serverId, schema: location.schema };
      const group = byUrl.get(location.databaseUrl);
      if (group) group.push(entry);
      else byUrl.set(location.databaseUrl, [entry]);
    }
    for (const [url, group] of byUrl) {
      const client = await ctx.pools.acquire(url);
      try {
        const versions = await readVersions(
          client,
          group.map((g) => g.schema),
          platform.migrationsTable,
        );
        for (const { tenant, server, schema } of group) {
          const v = versions.get(schema)!;
          const run = lastRuns.get(`${platformId}/${tenant}`);
          const marks = marksOf.get(`${platformId}/${tenant}`)!;
          statuses.push({
            platform: platformId,
            server,
            tenant,
            version: v.version,
            applied: v.applied,
            available: set.migrations.length,
            latest: v.applied === set.migrations.length,
            labels: marks.labels,
            pinnedVersion: marks.pinnedVersion,
            heldAt: marks.heldAt,
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
      } finally {
        client.release(ownDatabases);
      }
    }
  }
  // grouped by server within a platform, then by tenant
  statuses.sort((a, b) =>
    a.platform === b.platform ? a.server.localeCompare(b.server) || a.tenant.localeCompare(b.tenant) : 0,
  );
  if (ctx.json) {
    printJson(statuses);
    return 0;
  }
  const shown = showsServers(ctx.config, servers);
  printTable(
    ['PLATFORM', ...(shown ? ['SERVER'] : []), 'TENANT', 'VERSION', 'APPLIED', 'PIN/HOLD', 'LAST RUN'],
    statuses.map((s) => [
      s.platform,
      ...(shown ? [s.server] : []),
      s.tenant,
      s.version,
      `${s.applied}/${s.available}${s.latest ? ' (latest)' : ''}`,
      [s.pinnedVersion ? `pinned at ${s.pinnedVersion}` : '', s.heldAt ? 'held' : ''].filter(Boolean).join(', ') || '-',
      s.lastRun
        ? `${s.lastRun.status} ${s.lastRun.direction} → ${s.lastRun.target} ${ago(s.lastRun.finishedAt)}${lockNote(s.lastRun)}${s.lastRun.error ? `: ${s.lastRun.error}` : ''}`
        : '-',
    ]),
  );
  return 0;
}

/** What a run lost to lock timeouts, when it met any: ` (3 lock timeouts, 1.2 s waited, deferred 1×)`. */
function lockNote(run: Pick<RunRecord, 'lockTimeouts' | 'lockWaitMs' | 'lockDeferrals'>): string {
  if (run.lockTimeouts === 0) return '';
  const deferred = run.lockDeferrals > 0 ? `, deferred ${run.lockDeferrals}×` : '';
  return ` (${run.lockTimeouts} lock timeout(s), ${(run.lockWaitMs / 1000).toFixed(1)} s waited${deferred})`;
}
