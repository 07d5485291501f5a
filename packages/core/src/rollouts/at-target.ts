import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { KnownVersions } from '../ledger/known-versions.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import type { StageRequest } from './stages.js';

/**
 * A deploy with nothing to do costs nothing: the runs of tenants the ledger shows at their target
 * (known-versions.ts) are left out of the plan, so no job is queued for them. Everyone else is
 * planned as before, and their run reads the truth under the tenant's lock. The ledger's record
 * is only as good as the last run: a tenant whose schema was changed outside Tenantry is taken at
 * its recorded version until a rollout with `--recheck`, which plans every tenant and lets its
 * run read it. Returns how many runs were left out.
 */
export async function leaveOutAtTarget(known: KnownVersions, runs: PlannedRun[]): Promise<number> {
  const byPlatform = new Map<string, string[]>();
  for (const run of runs) {
    if (run.scope === 'shared') continue;
    const tenants = byPlatform.get(run.platform);
    if (tenants) tenants.push(run.tenant);
    else byPlatform.set(run.platform, [run.tenant]);
  }
  const atTarget = new Set<string>();
  for (const [platform, tenants] of byPlatform) {
    for (const [tenant, version] of await known.read(platform, tenants))
      atTarget.add(`${platform}/${tenant}\u0000${version}`);
  }
  const kept = runs.filter(
    (run) => run.scope === 'shared' || !atTarget.has(`${run.platform}/${run.tenant}\u0000${run.target}`),
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
