import type pg from 'pg';
import { positionOf, readMigrationSet, versionAt, type MigrationSet } from '../catalog/migration-set.js';
import type { TenantryConfig } from '../config/load.js';
import { getPlatform } from '../config/load.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { connectClient } from '../db/connect.js';
import { auditSession, leftoversOf } from '../db/session-state.js';
import { InvalidInput, MigrationFailed, TenantLockBusy, TenantryError, errorMessage } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { BackupLedger } from '../ledger/backup-ledger.js';
import type { ControlDb } from '../ledger/control-db.js';
import { ReferenceCache } from '../verification/reference.js';
import { verifyTenant } from '../verification/verify-tenants.js';
import { describeDifference } from '../verification/diff.js';
import type { TenantryPlatform } from '../config/load.js';
import type { TenantId } from '../ids.js';
import type { RolloutLedger, RunRecord } from '../ledger/rollout-ledger.js';
import { sharedLockKey, tenantLockKey } from '../locks/tenant-lock.js';
import type { Logger } from '../logger.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import { migrateSteps } from '../migrator/tenant-migrator.js';
import { locateRun, migrationsDirOf, type TenantLocation } from '../tenants/location.js';
import { backupSchemas } from '../backups/take-backup.js';
import { asideSchemaOf, restoreTenant, undoInterruptedRestore } from '../backups/restore-tenant.js';
import type { BackupStrategy, Direction, RunMethod, RunResult, RunScope } from '../types.js';
import { runHooks, type RunHooks } from './run-hooks.js';
import { dropInvalidIndexes } from './invalid-indexes.js';
import { RunGuard, stoppedResult } from './run-guard.js';
import { owedWrite } from '../ledger/owed-write.js';
import { HistoryTable } from '../migrator/history-table.js';
import { withTenantSession, type TenantSession } from './tenant-session.js';

/** What a run is asked to do: the job data, once validated. */
export interface RunSpec {
  runId: string;
  rolloutId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  /** target version: a migration name or '0' */
  target: string;
  method?: RunMethod;
  backup?: BackupStrategy;
  /** restore exactly this backup (otherwise the newest at the target) */
  backupId?: string;
  /** a shared run moves the platform's own schema instead of a tenant's */
  scope?: RunScope;
}

export interface RunProgress {
  phase: 'locked' | 'backup' | 'migrating' | 'restoring' | 'done';
  step: number;
  steps: number;
  migration?: string;
}

export interface RunContext {
  config: TenantryConfig;
  pools: PoolRegistry;
  ledger: RolloutLedger;
  backups: BackupLedger;
  /** for connection budgets (platforms.X.maxConnections) */
  control?: ControlDb;
  /** references for `verify: true` (one cache per worker process) */
  references?: ReferenceCache;
  workerId: string;
  logger: Logger;
  onProgress?: (progress: RunProgress) => void;
  /** aborted to stop the run from outside (its rollout aborted, its worker stopping): see run-guard.ts */
  signal?: AbortSignal;
  /**
   * Test hooks at the protocol's named points (run-hooks.ts); absent, those of the process, if
   * a test installed any. @internal
   */
  hooks?: RunHooks;
}

/** `record`: the run's ledger row as finished (absent only if the row vanished). */
export type RunOutcome = { kind: 'done'; result: RunResult; record?: RunRecord } | { kind: 'skipped'; reason: string };

/** A run holding its tenant's lock: what each step of the protocol works with. */
interface UnderLock {
  platform: Readonly<TenantryPlatform>;
  spec: RunSpec;
  ctx: RunContext;
  session: TenantSession;
  client: pg.PoolClient;
  location: TenantLocation;
  set: MigrationSet;
  log: Logger;
  base: Pick<RunResult, 'runId' | 'platform' | 'tenant' | 'direction' | 'method'>;
  /** the run's deadline and stop switch */
  guard: RunGuard;
  hooks: RunHooks | undefined;
  /** a compensating run (it moves its tenant back after a failure or an abort) */
  compensating: boolean;
}

/**
 * The run protocol, the same for every run: a dedicated connection → `pg_try_advisory_lock`
 * for (platform, tenant) (busy: TenantLockBusy, the caller defers) → read the tenant's real
 * version under the lock → claim the run in the ledger with that version → back it up if asked →
 * node-pg-migrate in one transaction up or down to the target (or a restore from a backup) →
 * release the lock and write the result to the ledger.
 *
 * Idempotent: a run delivered twice finds its tenant at the target and does nothing, or finds
 * its ledger row finished and is skipped. Migration failures are returned as data (the tenant is
 * left exactly at its original version, or flagged `partial` when a non-transactional step had
 * committed); infrastructure failures throw.
 */
export async function executeRun(spec: RunSpec, ctx: RunContext): Promise<RunOutcome> {
  const platform = getPlatform(ctx.config, parsePlatformId(spec.platform));
  const scope = spec.scope ?? 'tenant';
  if (scope === 'tenant') parseTenantId(spec.tenant);
  const location = locateRun(platform, spec.tenant, scope);
  // the ledger, not the job data, says what a run does: forged job data (anyone who can write to
  // Redis) is refused before any platform connection
  const recorded = await ctx.ledger.getRun(spec.runId);
  if (!recorded) return { kind: 'skipped', reason: 'no such run in the ledger' };
  assertJobMatchesLedger(spec, recorded);
  const log = ctx.logger.child({ runId: spec.runId, rolloutId: spec.rolloutId, platform: spec.platform, tenant: spec.tenant });
  const set = readMigrationSet(migrationsDirOf(platform, scope));
  const key = scope === 'shared' ? sharedLockKey(spec.platform) : tenantLockKey(spec.platform, spec.tenant);
  const probe = { relation: new HistoryTable(location).name, schema: asideSchemaOf(location.schema) };

  // the run's deadline counts from here; a stop ends its migration code and cancels its statement
  const guard = new RunGuard(platform.runTimeoutMs, ctx.signal);
  try {
    return await withTenantSession(
      { pools: ctx.pools, ...(ctx.control ? { control: ctx.control } : {}), workerId: ctx.workerId, platformId: spec.platform, platform, tenant: spec.tenant, location, key, guard, log, probe },
      (session) => {
        const base = { runId: spec.runId, platform: spec.platform, tenant: spec.tenant, direction: spec.direction, method: spec.method ?? 'migrations' } as const;
        const hooks = runHooks(ctx.hooks);
        return underLock({ platform, spec, ctx, session, client: session.client, location, set, log, base, guard, hooks, compensating: recorded.compensates != null });
      },
    );
  } catch (error) {
    // whatever broke once the run was stopped, the stop is the reason (a session ended, a thread ended)
    if (guard.stopped && !(error instanceof TenantLockBusy)) throw guard.stopped;
    throw error;
  } finally {
    guard.dispose();
  }
}

/** The protocol under the tenant's lock: read and claim, back up, migrate (or restore), record. */
async function underLock(run: UnderLock): Promise<RunOutcome> {
  const { spec, ctx, session, log, guard, hooks, base } = run;
  let historyFound = session.found.relation;
  if (session.found.schema) {
    // a restore of this tenant was cut short: put it back before anything reads it
    await undoInterruptedRestore(run.client, run.location.schema);
    log.warn({ schema: run.location.schema }, 'an interrupted restore was undone: the tenant is as it was before it');
    historyFound = false; // read again, not trusted from before the undo
  }
  // the tenant's real version, read under the lock, is claimed together with the run: the
  // ledger keeps the version the run's first attempt found (an earlier attempt may have moved
  // the tenant part-way, or committed and died before writing its result)
  const current = await currentPosition(run, historyFound);
  const original = await ctx.ledger.claimRun(spec.runId, ctx.workerId, session.pid, current.version);
  if (original === undefined) {
    await session.lock.release();
    return { kind: 'skipped', reason: 'run is no longer open (finished, cancelled or delivered twice)' };
  }
  hooks?.afterLock?.();
  const moved = base.method === 'restore' ? await restoreUnderLock(run, current, original) : await migrateUnderLock(run, current, original);
  const result = stoppedResult(moved, guard);
  if (result.status === 'succeeded' && !result.noop) hooks?.afterCommit?.();
  // the lock is released and the result written at once: neither waits for the other
  // the result is owed to the ledger: an outage of the control database is waited out
  const [, record] = await Promise.all([session.lock.release(), owedWrite('run result', () => ctx.ledger.finishRun(result), { logger: log })]);
  log.info(
    { from: result.from, to: result.to, steps: result.steps.length, status: result.status, noop: result.noop, method: base.method },
    result.status === 'succeeded' ? 'run succeeded' : `run ${result.status}: ${result.error?.message ?? ''}`,
  );
  return { kind: 'done', result, ...(record ? { record } : {}) };
}

/** Job data must say what the run's ledger row says; a difference is forged or corrupt data. */
function assertJobMatchesLedger(spec: RunSpec, run: RunRecord): void {
  const fields: Array<[string, unknown, unknown]> = [
    ['rolloutId', spec.rolloutId, run.rolloutId],
    ['platform', spec.platform, run.platform],
    ['tenant', spec.tenant, run.tenant],
    ['direction', spec.direction, run.direction],
    ['target', spec.target, run.target],
    ['method', spec.method ?? 'migrations', run.method ?? 'migrations'],
    ['scope', spec.scope ?? 'tenant', run.scope ?? 'tenant'],
  ];
  if (spec.backupId !== undefined && run.method === 'restore') fields.push(['backupId', spec.backupId, run.backupId]);
  const different = fields.find(([, job, ledger]) => job !== ledger);
  if (different) {
    throw new InvalidInput(`job data of run ${spec.runId} does not match the ledger: ${different[0]} ${JSON.stringify(String(different[1]).slice(0, 60))} where the ledger has ${JSON.stringify(different[2])}`);
  }
}

type Position = { position: number; version: string } | { error: RunResult['error']; version: string };

async function currentPosition(run: UnderLock, historyFound = false): Promise<Position> {
  const applied = await readAppliedMigrations(run.client, run.location.schema, run.location.migrationsTable, { known: historyFound });
  try {
    const position = appliedPosition(run.set, applied, `tenant ${run.spec.tenant} on ${run.spec.platform}`);
    return { position, version: versionAt(run.set, position) };
  } catch (error) {
    return { error: asRunError(error), version: applied.at(-1) ?? '0' };
  }
}

/** How far a run moves its tenant from where it is; or, when it cannot or need not move it, its result. */
type Move = { position: number; count: number } | { result: RunResult };

function planMove(run: UnderLock, current: Position, original: string): Move {
  const { spec, set, base } = run;
  const from = current.version;
  if ('error' in current) return { result: { ...base, from, to: from, status: 'failed', noop: false, steps: [], error: current.error } };
  const targetPosition = positionOf(set, spec.target);
  if (targetPosition === undefined) {
    const error = { code: 'UNKNOWN_TARGET', message: `${spec.target} is not a tenant migration of ${spec.platform}` };
    return { result: { ...base, from, to: from, status: 'failed', noop: false, steps: [], error } };
  }
  const count = spec.direction === 'up' ? targetPosition - current.position : current.position - targetPosition;
  if (count <= 0) return { result: { ...base, from: original, to: from, status: 'succeeded', noop: original === from, steps: [] } };
  return { position: current.position, count };
}

/** Moves the tenant to the run's target: a backup first when asked, then its migrations in one transaction. */
async function migrateUnderLock(run: UnderLock, current: Position, original: string): Promise<RunResult> {
  const move = planMove(run, current, original);
  if ('result' in move) return move.result;
  const backupId = (run.spec.backup ?? 'none') === 'pg_dump' ? await backUp(run, current.version, move.count) : undefined;
  return applyMigrations(run, move, original, backupId);
}

/** The tenant's backup at its version before the run, recorded on the run. */
async function backUp(run: UnderLock, version: string, count: number): Promise<string> {
  run.ctx.onProgress?.({ phase: 'backup', step: 0, steps: count });
  const backupId = await ensureBackup(run, version);
  await run.ctx.ledger.noteBackup(run.spec.runId, backupId);
  return backupId;
}

async function applyMigrations(run: UnderLock, move: { position: number; count: number }, original: string, backupId: string | undefined): Promise<RunResult> {
  const { position, count } = move;
  const { spec, ctx, client, location, set, log, base, session, hooks } = run;
  const withBackup = backupId ? { backupId } : {};
  ctx.onProgress?.({ phase: 'locked', step: 0, steps: count });
  if (run.compensating) hooks?.duringCompensation?.();
  await dropInvalidIndexes(client, location.schema, set, log);
  // the lock goes with the COMMIT (one round trip less), unless something still needs it after:
  // the schema check of `verify: true`, or an after-commit test hook
  const unlockWithCommit = !(ctx.config.verify && (spec.scope ?? 'tenant') === 'tenant') && !hooks?.afterCommit;
  const betweenMigrations = hooks?.betweenMigrations;
  try {
    const steps = await migrateSteps({
      ...(unlockWithCommit ? { afterCommit: session.lock.releaseSql } : {}),
      signal: run.guard.signal,
      buildTimeoutMs: run.platform.buildTimeoutMs,
      client,
      location,
      set,
      direction: spec.direction,
      position,
      count,
      logger: log,
      // a hook between migrations needs a round trip per migration
      ...(betweenMigrations ? { batch: false } : {}),
      onStep: (index, migration) => {
        if (betweenMigrations && index > 0) betweenMigrations(index);
        ctx.onProgress?.({ phase: 'migrating', step: index + 1, steps: count, migration });
      },
    });
    if (unlockWithCommit) session.lock.releasedWith();
    const after = { version: versionAt(set, spec.direction === 'up' ? position + count : position - count) };
    ctx.onProgress?.({ phase: 'done', step: count, steps: count });
    const drift = await verifyAfterRun(run);
    if (drift) return { ...base, ...withBackup, from: original, to: after.version, status: 'failed', noop: false, steps, error: drift, partial: true };
    return { ...base, ...withBackup, from: original, to: after.version, status: 'succeeded', noop: false, steps };
  } catch (error) {
    if (!(error instanceof MigrationFailed)) throw error;
    // the transaction rolled back, unless a non-transactional step had already committed
    const after = await currentPosition(run);
    const partial = after.version !== original;
    return { ...base, ...withBackup, from: original, to: after.version, status: 'failed', noop: false, steps: [], error: asRunError(error), ...(partial ? { partial } : {}) };
  }
}

/**
 * With `verify: true`: the tenant's live schema against the reference of the version it reached
 * (built once per worker and version). Drift is returned as the run's error: the run fails and,
 * flagged partial, its tenant is returned where it was.
 */
async function verifyAfterRun(run: UnderLock): Promise<RunResult['error'] | undefined> {
  const { ctx, spec } = run;
  if (!ctx.config.verify || (spec.scope ?? 'tenant') !== 'tenant') return undefined;
  ctx.references ??= new ReferenceCache();
  // a reference is built by running the migrations again: not on a session the run left state in
  // (its temporary table made twice would fail the build), but on a connection of its own
  const own = leftoversOf(run.client) ? await connectClient(run.location.databaseUrl, { applicationName: 'tenantry reference' }) : undefined;
  try {
    const check = await verifyTenant({ client: run.client, platform: run.platform, set: run.set, tenant: spec.tenant as TenantId, references: ctx.references, ...(own ? { referenceClient: own } : {}) });
    if (check.status !== 'drift') return undefined;
    const what = check.differences.slice(0, 5).map(describeDifference).join('; ');
    return { code: 'SCHEMA_DRIFT', message: `schema differs from the reference of ${check.version}: ${what}` };
  } catch (error) {
    if (!(error instanceof TenantryError)) throw error;
    return asRunError(error);
  } finally {
    if (own) await own.end().catch(() => {});
    else await auditSession(run.client, { settings: true });
  }
}

/** The backup this run's rollout took of the tenant at this version, or one taken now, under the lock. */
async function ensureBackup(run: UnderLock, version: string): Promise<string> {
  const { spec, ctx, client, location } = run;
  const batched = await ctx.backups.newestAt(spec.platform, spec.tenant, version, spec.rolloutId);
  if (batched) return batched.id;
  const [backup] = await backupSchemas({
    client,
    url: location.databaseUrl,
    platform: spec.platform,
    migrationsTable: location.migrationsTable,
    targets: [{ tenant: spec.tenant, schema: location.schema, runId: spec.runId }],
    dir: ctx.config.backup.dir,
    ...(ctx.config.backup.binDir ? { binDir: ctx.config.backup.binDir } : {}),
    rolloutId: spec.rolloutId,
    ledger: ctx.backups,
    ...(run.hooks ? { hooks: run.hooks } : {}),
  });
  if (!backup) throw new TenantryError('BACKUP_FAILED', `no backup could be taken of tenant ${spec.tenant} on ${spec.platform}`);
  return backup.id;
}

async function restoreUnderLock(run: UnderLock, current: Position, original: string): Promise<RunResult> {
  const { spec, ctx, client, location, set, base } = run;
  // the version the run's first attempt found: a retry after a kill is still recorded from there
  const from = original;
  const backup = spec.backupId ? await ctx.backups.get(spec.backupId) : await ctx.backups.newestAt(spec.platform, spec.tenant, spec.target);
  if (!backup || backup.platform !== spec.platform || backup.tenant !== spec.tenant) {
    const error = { code: 'NO_BACKUP', message: `no backup of tenant ${spec.tenant} on ${spec.platform} at ${spec.target}` };
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error };
  }
  await ctx.ledger.noteBackup(spec.runId, backup.id);
  ctx.onProgress?.({ phase: 'restoring', step: 0, steps: 1 });
  if (run.compensating) run.hooks?.duringCompensation?.();
  try {
    const restored = await restoreTenant({
      client,
      location,
      backup,
      set,
      noteAside: (aside) => ctx.ledger.noteAside(spec.runId, aside),
      signal: run.guard.signal,
      ...(ctx.config.backup.binDir ? { binDir: ctx.config.backup.binDir } : {}),
    }).finally(() => auditSession(client, { settings: true }));
    for (const note of restored.notes) run.log.warn({ backupId: backup.id }, note);
    ctx.onProgress?.({ phase: 'done', step: 1, steps: 1 });
    return { ...base, backupId: backup.id, from, to: restored.to, status: 'succeeded', noop: false, steps: [] };
  } catch (error) {
    if (!(error instanceof TenantryError)) throw error;
    // the tenant was put back as this attempt found it
    return { ...base, backupId: backup.id, from, to: current.version, status: 'failed', noop: false, steps: [], error: asRunError(error) };
  }
}

function asRunError(error: unknown): NonNullable<RunResult['error']> {
  if (error instanceof MigrationFailed) {
    return {
      code: error.code,
      message: error.message,
      ...(error.migration ? { migration: error.migration } : {}),
      ...(error.sqlstate ? { sqlstate: error.sqlstate } : {}),
    };
  }
  if (error instanceof TenantryError) return { code: error.code, message: error.message };
  return { code: 'ERROR', message: errorMessage(error) };
}
