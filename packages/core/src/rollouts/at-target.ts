import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { checkRecordedVersions, type RecordedVersion } from '../fleet/recorded-versions.js';
import type { KnownVersions } from '../ledger/known-versions.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import type { StageRequest } from './stages.js';

/**
 * A deploy with nothing to do costs nothing: the runs of tenants at their target are left out of
 * the plan, so no job is queued for them. A tenant is taken at its target when the ledger records
 * it there (known-versions.ts: no run open on it) and that record is checked as `status` checks
 * it (recorded-versions.ts): its history table's row count is the target's position, or, where it
 * is not, its own table read live says the target (a count not yet caught up with the last run
 * costs a read, not a queued job). So a tenant moved back by hand outside Tenantry is planned, and
 * its run moves it. Not seen: a history edited without changing its row count, and tenants with a
 * database of their own (unchecked: a connection per tenant would cost as much as reading them):
 * those are taken at their record until a rollout with `--recheck`, which plans every tenant.
 * Everyone else is planned as before, and their run reads the truth under the tenant's lock.
 * Returns how many runs were left out.
 */
export async function leaveOutAtTarget(
  config: TenantryConfig,
  pools: PoolRegistry,
  known: KnownVersions,
  runs: PlannedRun[],
): Promise<number> {
  const byPlatform = new Map<string, PlannedRun[]>();
  for (const run of runs) {
    if (run.scope === 'shared' || run.serverId === undefined) continue;
    const mine = byPlatform.get(run.platform);
    if (mine) mine.push(run);
    else byPlatform.set(run.platform, [run]);
  }
  const recordedAtTarget: RecordedVersion[] = [];
  for (const [platform, mine] of byPlatform) {
    const recorded = await known.read(
      platform,
      mine.map((r) => r.tenant),
    );
    for (const run of mine) {
      if (recorded.get(run.tenant) === run.target)
        recordedAtTarget.push({ platform, tenant: run.tenant, serverId: run.serverId!, version: run.target });
    }
  }
  const readings = await checkRecordedVersions(config, pools, recordedAtTarget);
  const kept = runs.filter(
    (run) => run.scope === 'shared' || readings.get(`${run.platform}/${run.tenant}`)?.version !== run.target,
  );
  const skipped = runs.length - kept.length;
  runs.splice(0, runs.length, ...kept);
  return skipped;
}

/**
 * Shared runs whose shared schema is at its target already are left out too, read live: shared
 * migrations only go forward, one run per platform. Runs that waited for one wait for the shared
 * run before it, or for nothing.
 */
export async function leaveOutSharedAtTarget(
  config: TenantryConfig,
  pools: PoolRegistry,
  runs: PlannedRun[],
  readVersions: (
    config: TenantryConfig,
    pools: PoolRegistry,
    runs: readonly PlannedRun[],
  ) => Promise<Map<string, string>>,
): Promise<void> {
  const shared = runs.filter((run) => run.scope === 'shared');
  if (shared.length === 0) return;
  const versions = await readVersions(config, pools, shared);
  const replaced = new Map<string, string | null>();
  for (const run of shared) {
    if (versions.get(`${run.platform}/${run.tenant}`) !== run.target) continue;
    // the chain is in order: what this one waited for is already resolved
    replaced.set(
      run.id!,
      run.afterRun ? (replaced.has(run.afterRun) ? replaced.get(run.afterRun)! : run.afterRun) : null,
    );
  }
  if (replaced.size === 0) return;
  const kept = runs.filter((run) => !replaced.has(run.id ?? ''));
  for (const run of kept) {
    if (!run.afterRun || !replaced.has(run.afterRun)) continue;
    const after = replaced.get(run.afterRun);
    if (after) run.afterRun = after;
    else delete run.afterRun;
  }
  runs.splice(0, runs.length, ...kept);
}

/**
 * A canary asked as a count is capped at the tenants left to run when some were left out: a
 * pipeline's fixed `--canary 5` still deploys when only 3 tenants are behind.
 */
export function capCanary<R extends StageRequest>(request: R, remaining: number, skipped: number): R {
  if (skipped === 0 || request.canary === undefined || !/^\d+$/.test(String(request.canary).trim())) return request;
  return Number(String(request.canary).trim()) > remaining ? { ...request, canary: remaining } : request;
}
