import { positionOf, readMigrationSet, type MigrationSet } from '../catalog/migration-set.js';
import { resolveTargets, type PlatformTarget } from '../catalog/targets.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { InvalidInput } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import type { BackupLedger } from '../ledger/backup-ledger.js';
import { downsOf } from '../catalog/reversibility.js';
import { BuildSession, MigrationBuildTimeout } from '../migrator/build-sandbox.js';
import type { KnownVersions } from '../ledger/known-versions.js';
import type { TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from '../fleet/live-versions.js';
import { locateTenant, migrationsDirOf } from '../tenants/location.js';
import { randomUUID } from 'node:crypto';
import { SHARED_TENANT } from '../types.js';
import {
  assignWaves,
  parseWavesBy,
  resolveStages,
  stageTenants,
  type StageRequest,
  type StagedTenant,
  type Stages,
} from './stages.js';
import {
  describeLabelFilter,
  matchesSelector,
  parseLabelFilter,
  parseSelector,
  type LabelFilter,
} from '../tenants/selector.js';
import { skipReason, type SkippedTenant } from './skips.js';
import { capCanary, leaveOutAtTarget, leaveOutSharedAtTarget } from './at-target.js';
import type { Direction, RolloutKind, RunScope } from '../types.js';

export interface RolloutRequest extends StageRequest {
  kind: RolloutKind;
  /** a release, a migration name, `latest` or `0` */
  target: string;
  platforms?: readonly string[];
  tenants?: readonly string[];
  /** only tenants whose labels this selector picks */
  where?: string;
  /** minus those this selector picks */
  exclude?: string;
  /** move pinned tenants too (a pin otherwise keeps a tenant out of a rollout to another version) */
  includePinned?: boolean;
  /** move held tenants too */
  includeHeld?: boolean;
  /** plan every tenant, even those the ledger shows at their target (its record is not trusted) */
  recheck?: boolean;
}

export interface RolloutPlan {
  kind: RolloutKind;
  target: string;
  targets: PlatformTarget[];
  runs: PlannedRun[];
  /** migrations are staged (canary, waves, failure budget); rollbacks go at once */
  stages: Stages;
  /** selected tenants the rollout leaves where they are: pinned at another version, or held */
  skipped: SkippedTenant[];
  /** runs left out because the ledger shows their tenant at its target (none with `recheck`) */
  skippedAtTarget: number;
}

/**
 * Validates a request and expands it into one run per (platform, tenant). Every identifier is
 * parsed here, and the target resolved, before anything is written: bad input changes nothing.
 */
export interface PlanChecks {
  /** to read tenants' versions for the checks a rollback needs */
  pools?: PoolRegistry;
  backups?: BackupLedger;
  /** restore each tenant from its newest backup at the target */
  fromBackup?: boolean;
  /** the ledger's known versions: with `pools`, the tenants at their target (checked) are left out (unless request.recheck) */
  known?: KnownVersions;
}

export async function planRollout(
  config: TenantryConfig,
  registry: TenantRegistry,
  request: RolloutRequest,
  checks: PlanChecks = {},
): Promise<RolloutPlan> {
  const platforms = [...new Set((request.platforms ?? []).map((p) => parsePlatformId(p)))];
  const tenants = [...new Set((request.tenants ?? []).map((t) => parseTenantId(t)))];
  const filter = parseLabelFilter(request);
  const canaryWhere =
    request.canaryWhere !== undefined ? parseSelector(request.canaryWhere, '--canary-where') : undefined;
  const wavesBy = request.wavesBy !== undefined ? parseWavesBy(request.wavesBy) : undefined;
  if (request.kind !== 'migrate' && (canaryWhere || wavesBy))
    throw new InvalidInput('--canary-where and --waves-by stage a migration; a rollback moves every tenant at once');
  const targets = resolveTargets(config, request.target, platforms);
  const direction: Direction = request.kind === 'rollback' ? 'down' : 'up';
  const { runs, skipped, staged } = await selectRuns(config, registry, request, targets, tenants, filter, direction);
  checkReleaseCoverage(request.target, targets, [...runs, ...skipped]);
  const selected = new Set([...runs, ...skipped].map((r) => r.tenant));
  const skippedAtTarget =
    checks.known && checks.pools && !request.recheck
      ? await leaveOutAtTarget(config, checks.pools, checks.known, runs)
      : 0;
  // refused before staging: a rollout with nobody to move says why, not what its canary lacks
  refuseEmpty(targets, tenants, filter, selected, { runs: runs.length, skipped, skippedAtTarget });
  chainSagas(config, request.kind, runs);
  // the canary and the waves are drawn from the tenants that run
  const running = new Set(runs.map((r) => r.tenant));
  for (const tenant of [...staged.keys()]) if (!running.has(tenant)) staged.delete(tenant);
  const tenantCount = staged.size;
  const candidates = canaryWhere
    ? [...staged.values()].filter((t) => matchesSelector(canaryWhere, t.labels)).length
    : undefined;
  const stages: Stages =
    request.kind === 'migrate'
      ? resolveStages(capCanary(request, tenantCount, skippedAtTarget), tenantCount, candidates)
      : { canary: 0, waveSize: Math.max(1, tenantCount), maxFailures: null };
  assignWaves(
    runs,
    stages,
    stageTenants([...staged.values()], stages, {
      ...(canaryWhere ? { canaryWhere } : {}),
      ...(wavesBy ? { wavesBy } : {}),
    }),
  );
  if (request.kind === 'migrate' && (runs.length > 0 || skippedAtTarget > 0))
    addSharedRuns(
      config,
      targets.map((t) => t.platform),
      runs,
    );
  if (request.kind === 'migrate' && checks.known && !request.recheck && checks.pools)
    await leaveOutSharedAtTarget(config, checks.pools, runs, readCurrentVersions);
  if (request.kind === 'rollback' && checks.pools) await checkRollback(config, checks.pools, checks, runs, tenants);
  else if (checks.fromBackup) throw new InvalidInput('--from-backup is for rollbacks');
  if (request.kind === 'migrate' && checks.pools)
    await checkForward(config, checks.pools, request.target, runs, request.recheck ? undefined : checks.known);
  if (request.kind === 'migrate') await checkLoadable(config, runs);
  return { kind: request.kind, target: request.target, targets, runs, stages, skipped, skippedAtTarget };
}

/**
 * The runs of a plan: the tenants each platform's registry selects (named ones, narrowed by
 * labels in SQL), minus those left where they are (pinned at another version, held). A release
 * moves whole tenants: one skipped on any of its platforms is skipped on all of them.
 */
async function selectRuns(
  config: TenantryConfig,
  registry: TenantRegistry,
  request: RolloutRequest,
  targets: readonly PlatformTarget[],
  tenants: readonly string[],
  filter: LabelFilter,
  direction: Direction,
): Promise<{ runs: PlannedRun[]; skipped: SkippedTenant[]; staged: Map<string, StagedTenant> }> {
  let runs: PlannedRun[] = [];
  const skipped: SkippedTenant[] = [];
  const staged = new Map<string, StagedTenant>();
  for (const { platform, version } of targets) {
    for (const selected of await registry.selectMarked(platform, tenants, filter)) {
      const { tenant } = selected;
      locateTenant(config.platforms[platform]!, parseTenantId(tenant), selected.serverId); // the schema name (and server) must be valid too
      const reason = skipReason(selected, version, request);
      if (reason)
        skipped.push({
          platform,
          tenant,
          reason,
          ...(selected.pinnedVersion ? { pinnedVersion: selected.pinnedVersion } : {}),
        });
      else runs.push({ platform, tenant, serverId: selected.serverId, direction, target: version });
      if (!staged.has(tenant)) staged.set(tenant, { tenant, labels: selected.labels, server: selected.server });
    }
  }
  if (targets.length > 1 && skipped.length > 0) {
    const out = new Map(skipped.map((s) => [s.tenant, s.reason] as const));
    for (const run of runs.filter((r) => out.has(r.tenant)))
      skipped.push({ platform: run.platform, tenant: run.tenant, reason: out.get(run.tenant)! });
    runs = runs.filter((r) => !out.has(r.tenant));
  }
  for (const s of skipped) staged.delete(s.tenant);
  return { runs, skipped, staged };
}

/** "12 pinned tenants, 3 held", counting tenants (not their platforms). */
export function describeSkipped(skipped: readonly SkippedTenant[]): string {
  const count = (reason: SkippedTenant['reason']) =>
    new Set(skipped.filter((s) => s.reason === reason).map((s) => s.tenant)).size;
  const pinned = count('pinned');
  const held = count('held');
  const parts = [
    pinned > 0 ? `${pinned} pinned tenant${pinned === 1 ? '' : 's'}` : '',
    held > 0 ? `${held} held${pinned > 0 ? '' : ` tenant${held === 1 ? '' : 's'}`}` : '',
  ];
  return `skipped ${parts.filter(Boolean).join(', ')}`;
}

/** A named tenant not selected, or a rollout with no run: bad input, saying why. */
function refuseEmpty(
  targets: readonly PlatformTarget[],
  tenants: readonly string[],
  filter: LabelFilter,
  selected: ReadonlySet<string>,
  left: { runs: number; skipped: readonly SkippedTenant[]; skippedAtTarget: number },
): void {
  const { runs, skipped, skippedAtTarget } = left;
  const unknown = tenants.filter((t) => !selected.has(t));
  const narrowed = describeLabelFilter(filter);
  if (unknown.length > 0) {
    const where = targets.map((t) => t.platform).join(', ');
    throw new InvalidInput(
      `tenant ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''} is not registered on ${where}${narrowed ? `, or is not selected (${narrowed})` : ''}`,
    );
  }
  // every selected tenant at its target already: a rollout with nothing to do, not a mistake
  if (runs > 0 || skippedAtTarget > 0) return;
  if (skipped.length > 0) {
    throw new InvalidInput(
      `nothing to do: ${describeSkipped(skipped)} (--include-pinned, --include-held move them anyway)`,
    );
  }
  if (narrowed) {
    throw new InvalidInput(`no tenant on ${targets.map((t) => t.platform).join(', ')} is selected (${narrowed})`);
  }
  throw new InvalidInput(
    `no tenants registered on ${targets.map((t) => t.platform).join(', ') || 'the selected platforms'}: add some with \`tenantry tenants add\``,
  );
}

/** A release across platforms moves whole tenants: one registered on only some of them is refused. */
function checkReleaseCoverage(
  target: string,
  targets: readonly PlatformTarget[],
  runs: ReadonlyArray<Pick<PlannedRun, 'platform' | 'tenant'>>,
): void {
  if (targets.length < 2 || !targets[0]?.release) return;
  const platformsOf = new Map<string, Set<string>>();
  for (const run of runs) platformsOf.set(run.tenant, (platformsOf.get(run.tenant) ?? new Set()).add(run.platform));
  const partial = [...platformsOf.entries()].filter(([, platforms]) => platforms.size < targets.length);
  if (partial.length === 0) return;
  const [tenant, platforms] = partial[0]!;
  const missing = targets.map((t) => t.platform).filter((p) => !platforms.has(p));
  throw new InvalidInput(
    `tenant ${tenant}${partial.length > 1 ? ` (and ${partial.length - 1} more)` : ''} is not registered on ${missing.join(', ')}, so release ${target} cannot move it on all its platforms: register it there (tenantry tenants add --all-platforms ID...), or narrow with --platform`,
  );
}

/** Each platform's tenant migration set, read once per plan (not once per run: each read stats the directory). */
function migrationSets(config: TenantryConfig): (platform: string) => MigrationSet {
  const sets = new Map<string, MigrationSet>();
  return (platform) => {
    let set = sets.get(platform);
    if (!set) sets.set(platform, (set = readMigrationSet(config.platforms[platform]!.tenantMigrationsDir)));
    return set;
  };
}

/**
 * Every migration a run of the plan could apply loads and exports an up: a file that does not is
 * refused before anything is written (exit 2, naming the file), not found by every tenant's run.
 */
async function checkLoadable(config: TenantryConfig, runs: readonly PlannedRun[]): Promise<void> {
  const upTo = new Map<string, { position: number; timeoutMs: number | undefined }>();
  for (const run of runs) {
    const platform = config.platforms[run.platform]!;
    const dir = migrationsDirOf(platform, run.scope);
    const position = positionOf(readMigrationSet(dir), run.target) ?? 0;
    upTo.set(dir, { position: Math.max(upTo.get(dir)?.position ?? 0, position), timeoutMs: platform.buildTimeoutMs });
  }
  for (const [dir, { position, timeoutMs }] of upTo) {
    const files = readMigrationSet(dir).migrations.slice(0, position);
    // loaded in a build thread only: a file that spins at import is stopped and named, not a hung command
    let session: BuildSession;
    try {
      session = await BuildSession.open(files, timeoutMs ? { timeoutMs } : {});
    } catch (error) {
      if (error instanceof MigrationBuildTimeout) throw new InvalidInput(error.message);
      throw error;
    }
    try {
      session.assertUps();
    } finally {
      session.release();
    }
  }
}

/**
 * A migration that would run backwards (a tenant already past its target) is refused: that is a
 * rollback. The ledger's known versions answer for the tenants it knows (no run open on them);
 * only the others are read from their own history tables, so an enqueue of a 50,000-tenant fleet
 * does not read 50,000 tables. (The run reads the truth again under the tenant's lock.)
 */
async function checkForward(
  config: TenantryConfig,
  pools: PoolRegistry,
  target: string,
  runs: readonly PlannedRun[],
  known: KnownVersions | undefined,
): Promise<void> {
  const tenantRuns = runs.filter((r) => r.scope !== 'shared');
  const versions = new Map<string, string>();
  if (known) {
    for (const platform of new Set(tenantRuns.map((r) => r.platform))) {
      const mine = tenantRuns.filter((r) => r.platform === platform).map((r) => r.tenant);
      for (const [tenant, version] of await known.read(platform, mine)) versions.set(`${platform}/${tenant}`, version);
    }
  }
  const unknown = tenantRuns.filter((r) => !versions.has(`${r.platform}/${r.tenant}`));
  for (const [key, version] of await readCurrentVersions(config, pools, unknown)) versions.set(key, version);
  const ahead: string[] = [];
  const setOf = migrationSets(config);
  for (const run of tenantRuns) {
    const set = setOf(run.platform);
    const at = positionOf(set, versions.get(`${run.platform}/${run.tenant}`) ?? '0');
    const to = positionOf(set, run.target);
    if (at !== undefined && to !== undefined && at > to) ahead.push(`${run.platform}/${run.tenant}`);
  }
  if (ahead.length > 0) {
    throw new InvalidInput(
      `${ahead.slice(0, 5).join(', ')}${ahead.length > 5 ? ` (and ${ahead.length - 5} more)` : ''} ${ahead.length === 1 ? 'is' : 'are'} already past ${target}: going there is a rollback (\`tenantry rollback --to ${target}\`)`,
    );
  }
}

/**
 * A release across platforms is a saga per tenant: its run on platform k waits for its run on
 * platform k-1 (release order for migrations, the reverse for rollbacks), so a failure on k can be
 * compensated on k-1..1 and nothing later starts.
 */
function chainSagas(config: TenantryConfig, kind: RolloutKind, runs: PlannedRun[]): void {
  const platforms = new Set(runs.map((r) => r.platform));
  if (platforms.size < 2) return;
  const order = kind === 'rollback' ? [...config.platformOrder].reverse() : [...config.platformOrder];
  const byTenant = new Map<string, PlannedRun[]>();
  for (const run of runs) byTenant.set(run.tenant, [...(byTenant.get(run.tenant) ?? []), run]);
  for (const tenantRuns of byTenant.values()) {
    tenantRuns.sort((a, b) => order.indexOf(a.platform) - order.indexOf(b.platform));
    let previous: PlannedRun | undefined;
    tenantRuns.forEach((run, step) => {
      run.id = randomUUID();
      run.sagaStep = step + 1;
      if (previous) run.afterRun = previous.id!;
      previous = run;
    });
  }
}

/**
 * A platform's shared migrations run once, before its tenants: one shared run per platform with a
 * shared set, chained in release order, and every tenant's first run waits for the last of them.
 */
function addSharedRuns(config: TenantryConfig, platforms: readonly string[], runs: PlannedRun[]): void {
  const shared: PlannedRun[] = [];
  for (const platform of config.platformOrder.filter((p) => platforms.includes(p))) {
    const dir = config.platforms[platform]!.sharedMigrationsDir;
    if (!dir) continue;
    const set = readMigrationSet(dir);
    if (set.migrations.length === 0) continue;
    shared.push({
      id: randomUUID(),
      platform,
      tenant: SHARED_TENANT,
      scope: 'shared',
      direction: 'up',
      target: set.migrations.at(-1)!.name,
      ...(shared.length > 0 ? { afterRun: shared.at(-1)!.id! } : {}),
    });
  }
  if (shared.length === 0) return;
  const last = shared.at(-1)!.id!;
  // later waves start after wave 0, which holds the shared runs
  for (const run of runs) {
    if (!run.afterRun && (run.wave ?? 0) === 0) {
      run.id ??= randomUUID();
      run.afterRun = last;
    }
  }
  runs.unshift(...shared);
}

/**
 * Before a rollback is written: a named tenant below its target is refused; every migration to
 * be reverted must have a down (else the error names it and says whether --from-backup would
 * work); with --from-backup every tenant needs a backup at its target.
 */
async function checkRollback(
  config: TenantryConfig,
  pools: PoolRegistry,
  checks: PlanChecks,
  runs: PlannedRun[],
  named: readonly string[],
): Promise<void> {
  const versions = await readCurrentVersions(config, pools, runs);
  const setOf = migrationSets(config);
  for (const run of runs) {
    if (run.scope === 'shared') continue;
    const set = setOf(run.platform);
    const current = versions.get(`${run.platform}/${run.tenant}`) ?? '0';
    const at = positionOf(set, current);
    const to = positionOf(set, run.target)!;
    if (at === undefined) continue; // the run reports the mismatch
    if (at < to && named.includes(run.tenant)) {
      throw new InvalidInput(
        `tenant ${run.tenant} on ${run.platform} is at ${current}, below the rollback target ${run.target}`,
      );
    }
    if (at <= to) continue;
    if (checks.fromBackup) {
      const backup = await checks.backups?.newestAt(run.platform, run.tenant, run.target);
      if (!backup)
        throw new InvalidInput(
          `no backup of tenant ${run.tenant} on ${run.platform} at ${run.target}: it cannot be restored`,
        );
      run.method = 'restore';
      continue;
    }
    const reverted = set.migrations.slice(to, at);
    const downs = await downsOf(reverted); // one build thread for the files not known yet
    for (const [i, migration] of [...reverted.entries()].reverse()) {
      const down = downs[i]!;
      if (down.kind === 'none') {
        const backup = await checks.backups?.newestAt(run.platform, run.tenant, run.target);
        throw new InvalidInput(
          `migration ${migration.name} of ${run.platform} has no down (${down.reason}), so tenant ${run.tenant} cannot go back to ${run.target} by down migrations` +
            (backup
              ? `; a backup at ${run.target} exists: use --from-backup`
              : '; and there is no backup at that version'),
        );
      }
    }
  }
}

export interface DryRunEntry {
  platform: string;
  tenant: string;
  from: string;
  to: string;
  direction: Direction;
  /** the migrations that would run, in order */
  migrations: string[];
  /** the wave it would run in (0: the canary when there is one; shared runs go first) */
  wave: number;
  scope: RunScope;
  /** going down: the migrations without a down of their own, reverted by reversing their up (as node-pg-migrate does) */
  inferredDowns?: string[];
  problem?: string;
}

/**
 * What each run of a plan would do now. Changes nothing. Each run starts from `known`'s version of
 * its tenant (`platform/tenant`: versions the caller has read already, e.g. the ledger's records,
 * checked) or else from the one in its tenant's own table, read here.
 */
export async function describePlan(
  config: TenantryConfig,
  pools: PoolRegistry,
  plan: RolloutPlan,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<DryRunEntry[]> {
  const versions = new Map(known);
  const unread = plan.runs.filter((run) => !known.has(`${run.platform}/${run.tenant}`) || run.scope === 'shared');
  for (const [key, version] of await readCurrentVersions(config, pools, unread)) versions.set(key, version);
  // each folder read once for the plan, not once per run (every read stats the folder)
  const sets = new Map<string, MigrationSet>();
  const setIn = (dir: string) => sets.get(dir) ?? sets.set(dir, readMigrationSet(dir)).get(dir)!;
  const entries = plan.runs.map((run): DryRunEntry => {
    const set = setIn(migrationsDirOf(config.platforms[run.platform]!, run.scope));
    const from = versions.get(`${run.platform}/${run.tenant}`) ?? '0';
    const at = positionOf(set, from);
    const to = positionOf(set, run.target)!;
    const base = {
      platform: run.platform,
      tenant: run.tenant,
      from,
      direction: run.direction,
      wave: run.wave ?? 0,
      scope: run.scope ?? 'tenant',
    };
    if (at === undefined)
      return { ...base, to: from, migrations: [], problem: `applied version ${from} is not in the migration files` };
    if (run.method === 'restore')
      return {
        ...base,
        to: at > to ? run.target : from,
        migrations: at > to ? [`restore backup at ${run.target}`] : [],
      };
    const names = set.migrations.map((m) => m.name);
    const migrations =
      run.direction === 'up' ? (to > at ? names.slice(at, to) : []) : at > to ? names.slice(to, at).reverse() : [];
    return { ...base, to: migrations.length > 0 ? run.target : from, migrations };
  });
  for (const [i, entry] of entries.entries()) {
    if (entry.direction !== 'down' || entry.migrations.length === 0 || plan.runs[i]!.method === 'restore') continue;
    const set = readMigrationSet(migrationsDirOf(config.platforms[entry.platform]!, plan.runs[i]!.scope));
    const reverted = entry.migrations.map((name) => set.migrations[set.positions.get(name)! - 1]!);
    const downs = await downsOf([...reverted].reverse()); // in set order, one build thread
    const inferred = entry.migrations.filter((_, i) => downs[reverted.length - 1 - i]!.kind === 'inferred');
    if (inferred.length > 0) entry.inferredDowns = inferred;
  }
  return entries;
}
