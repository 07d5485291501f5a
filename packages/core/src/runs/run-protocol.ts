import type pg from 'pg';
import { positionOf, readMigrationSet, versionAt, type MigrationSet } from '../catalog/migration-set.js';
import type { TenantryConfig } from '../config/load.js';
import { getPlatform } from '../config/load.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { connectClient, escapeIdentifier } from '../db/connect.js';
import { prepared } from '../db/prepared.js';
import { auditSession, leftoversOf, releaseSession } from '../db/session-state.js';
import { InvalidInput, MigrationFailed, TenantLockBusy, TenantryError, errorMessage } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { BackupLedger } from '../ledger/backup-ledger.js';
import type { ControlDb } from '../ledger/control-db.js';
import { acquireBudgetSlot } from '../locks/connection-budget.js';
import { ReferenceCache } from '../verification/reference.js';
import { verifyTenant } from '../verification/verify-tenants.js';
import { describeDifference } from '../verification/diff.js';
import type { TenantryPlatform } from '../config/load.js';
import type { TenantId } from '../ids.js';
import type { RolloutLedger, RunRecord } from '../ledger/rollout-ledger.js';
import { sharedLockKey, tenantLockKey, unlockKey, unlockSql } from '../locks/tenant-lock.js';
import type { Logger } from '../logger.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import { migrateSteps } from '../migrator/tenant-migrator.js';
import { locateRun, migrationsDirOf, type TenantLocation } from '../tenants/location.js';
import { runSessionName } from '../locks/session-names.js';
import { backupSchemas } from '../backups/take-backup.js';
import { asideSchemaOf, restoreTenant, undoInterruptedRestore } from '../backups/restore-tenant.js';
import type { BackupStrategy, Direction, RunMethod, RunResult, RunScope } from '../types.js';
import { crashAt, crashIf, faultArmed } from './fault-points.js';
import { dropInvalidIndexes } from './invalid-indexes.js';
import { RunGuard, stoppedResult } from './run-guard.js';
import { owedWrite } from '../ledger/owed-write.js';
import type { LifecycleEvents } from '../events/lifecycle-events.js';
import { runEventOfSpec } from '../events/run-events.js';
import { phase } from '../tracing/spans.js';

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
  /** lifecycle events (run:started); the outcome's events are the caller's */
  events?: LifecycleEvents;
}

/** `record`: the run's ledger row as finished (absent only if the row vanished). */
export type RunOutcome = { kind: 'done'; result: RunResult; record?: RunRecord } | { kind: 'skipped'; reason: string };

interface UnderLock {
  platform: Readonly<TenantryPlatform>;
  spec: RunSpec;
  ctx: RunContext;
  client: pg.PoolClient;
  location: TenantLocation;
  set: MigrationSet;
  log: Logger;
  base: Pick<RunResult, 'runId' | 'platform' | 'tenant' | 'direction' | 'method'>;
  lockKey: [number, number];
  /** set when the lock went with the migrations' COMMIT */
  unlocked?: boolean;
  /** the run's deadline and stop switch */
  guard: RunGuard;
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
  const lock = scope === 'shared' ? sharedLockKey(spec.platform) : null;

  // the run's deadline counts from here; a stop ends its migration code and cancels its statement
  const guard = new RunGuard(platform.runTimeoutMs, ctx.signal);
  try {
    return await guardedRun({ spec, ctx, platform, location, set, log, lock, guard });
  } catch (error) {
    // whatever broke once the run was stopped, the stop is the reason (a session ended, a thread ended)
    if (guard.stopped && !(error instanceof TenantLockBusy)) throw guard.stopped;
    throw error;
  } finally {
    guard.dispose();
  }
}

interface Guarded {
  spec: RunSpec;
  ctx: RunContext;
  platform: Readonly<TenantryPlatform>;
  location: TenantLocation;
  set: MigrationSet;
  log: Logger;
  lock: [number, number] | null;
  guard: RunGuard;
}

async function guardedRun({ spec, ctx, platform, location, set, log, lock, guard }: Guarded): Promise<RunOutcome> {
  // a budgeted platform: a slot first, and a connection of the run's own, closed after it
  const slot = platform.maxConnections && ctx.control ? await acquireBudgetSlot(ctx.control, spec.platform, platform.maxConnections) : undefined;
  let client: pg.PoolClient;
  try {
    client = await ctx.pools.acquire(location.databaseUrl, {
      // pooled: a session serves many tenants' runs in turn, so it is named after its worker (the
      // ledger's backend_pid says which run holds which session, once the run is claimed)
      applicationName: runSessionName(ctx.workerId),
      lockTimeoutMs: platform.lockTimeoutMs,
      statementTimeoutMs: platform.statementTimeoutMs,
    });
  } catch (error) {
    await slot?.release();
    throw error;
  }
  let broken = slot !== undefined;
  const pid = (client as pg.PoolClient & { processID?: number }).processID ?? null;
  if (pid !== null) {
    const admin = ctx.pools.get(location.databaseUrl);
    guard.attach({ cancel: () => admin.query('SELECT pg_cancel_backend($1)', [pid]), terminate: () => admin.query('SELECT pg_terminate_backend($1)', [pid]) });
  }
  try {
    const history = `${escapeIdentifier(location.schema)}.${escapeIdentifier(location.migrationsTable)}`;
    const key = lock ?? tenantLockKey(spec.platform, spec.tenant);
    const locked = await phase('lock', () => tryLockAndProbe(client, key, history, asideSchemaOf(location.schema))); // [trace: lock]
    if (!locked.locked) throw new TenantLockBusy(spec.platform, spec.tenant);
    if (locked.asideFound) {
      // a restore of this tenant was cut short: put it back before anything reads it
      await undoInterruptedRestore(client, location.schema);
      log.warn({ schema: location.schema }, 'an interrupted restore was undone: the tenant is as it was before it');
      locked.historyFound = false; // read again, not trusted from before the undo
    }
    const unlock = () => unlockKey(client, key);
    try {
      const method = spec.method ?? 'migrations';
      const run: UnderLock = { platform, spec, ctx, client, location, set, log, guard, lockKey: key, base: { runId: spec.runId, platform: spec.platform, tenant: spec.tenant, direction: spec.direction, method } };
      // the tenant's real version, read under the lock, is claimed together with the run: the
      // ledger keeps the version the run's first attempt found (an earlier attempt may have moved
      // the tenant part-way, or committed and died before writing its result)
      const current = await currentPosition(run, locked.historyFound);
      const original = await ctx.ledger.claimRun(spec.runId, ctx.workerId, pid, current.version);
      if (original === undefined) {
        await unlock();
        return { kind: 'skipped', reason: 'run is no longer open (finished, cancelled or delivered twice)' };
      }
      ctx.events?.emit('run:started', { ...runEventOfSpec(spec), from: original }); // [event: run:started]
      crashAt('after-lock'); // test hook (TENANTRY_FAULT), see fault-points.ts
      const result = stoppedResult(method === 'restore' ? await restoreUnderLock(run, current, original) : await migrateUnderLock(run, current, original), guard);
      crashAt('after-commit', result.status === 'succeeded' && !result.noop); // test hook (TENANTRY_FAULT)
      // the lock is released and the result written at once: neither waits for the other
      // the result is owed to the ledger: an outage of the control database is waited out
      const [, record] = await phase('record', () => Promise.all([run.unlocked ? undefined : unlock(), owedWrite('run result', () => ctx.ledger.finishRun(result), { logger: log })])); // [trace: record]
      log.info(
        { from: result.from, to: result.to, steps: result.steps.length, status: result.status, noop: result.noop, method },
        result.status === 'succeeded' ? 'run succeeded' : `run ${result.status}: ${result.error?.message ?? ''}`,
      );
      return { kind: 'done', result, ...(record ? { record } : {}) };
    } catch (error) {
      // the lock dies with the session: a client in an unknown state is destroyed, never reused
      broken = true;
      throw error;
    }
  } catch (error) {
    if (!(error instanceof TenantLockBusy)) broken = true;
    throw error;
  } finally {
    guard.dispose(); // nothing is cancelled on a session that goes back to the pool
    // closed, not pooled, when a migration left state in it (session-state.ts)
    releaseSession(client, broken, log);
    await slot?.release();
  }
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

/**
 * `pg_try_advisory_lock`, and in the same round trip whether the tenant's history table exists.
 * Only a "yes" is to be trusted: the statement's catalog snapshot may predate the lock, so a
 * table the previous holder created just before it let go can still look missing. Also whether an
 * interrupted restore left the tenant's live schema aside (restore-tenant.ts).
 */
async function tryLockAndProbe(client: pg.ClientBase, [ns, key]: [number, number], history: string, aside: string): Promise<{ locked: boolean; historyFound: boolean; asideFound: boolean }> {
  const { rows } = await client.query<{ locked: boolean; found: boolean; aside: boolean }>(
    prepared('SELECT pg_try_advisory_lock($1, $2) AS locked, to_regclass($3) IS NOT NULL AS found, to_regnamespace($4) IS NOT NULL AS aside'),
    [ns, key, history, aside],
  );
  return { locked: rows[0]?.locked === true, historyFound: rows[0]?.found === true, asideFound: rows[0]?.locked === true && rows[0]?.aside === true };
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

async function migrateUnderLock(run: UnderLock, current: Position, original: string): Promise<RunResult> {
  const { spec, ctx, client, location, set, log, base } = run;
  const from = current.version;
  if ('error' in current) return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error: current.error };
  const targetPosition = positionOf(set, spec.target);
  if (targetPosition === undefined) {
    const error = { code: 'UNKNOWN_TARGET', message: `${spec.target} is not a tenant migration of ${spec.platform}` };
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error };
  }
  const count = spec.direction === 'up' ? targetPosition - current.position : current.position - targetPosition;
  if (count <= 0) return { ...base, from: original, to: from, status: 'succeeded', noop: original === from, steps: [] };

  let backupId: string | undefined;
  if ((spec.backup ?? 'none') === 'pg_dump') {
    ctx.onProgress?.({ phase: 'backup', step: 0, steps: count });
    backupId = await phase('backup', () => ensureBackup(run, from)); // [trace: backup]
    await ctx.ledger.noteBackup(spec.runId, backupId);
  }
  const withBackup = backupId ? { backupId } : {};

  ctx.onProgress?.({ phase: 'locked', step: 0, steps: count });
  await crashIf('during-compensation', async () => (await ctx.ledger.getRun(spec.runId))?.compensates != null); // test hook (TENANTRY_FAULT)
  await dropInvalidIndexes(client, location.schema, set, log);
  // the lock goes with the COMMIT (one round trip less), unless something still needs it after:
  // the schema check of `verify: true`, or the after-commit fault point (the test hook)
  const unlockWithCommit = !(ctx.config.verify && (spec.scope ?? 'tenant') === 'tenant') && !faultArmed('after-commit');
  try {
    const steps = await phase('migrate', () => migrateSteps({ // [trace: migrate]
      ...(unlockWithCommit ? { afterCommit: unlockSql(run.lockKey) } : {}),
      signal: run.guard.signal,
      buildTimeoutMs: run.platform.buildTimeoutMs,
      client,
      location,
      set,
      direction: spec.direction,
      position: current.position,
      count,
      logger: log,
      batch: !faultArmed('between-migrations'), // the fault point needs a round trip per migration
      onStep: (index, migration) => {
        crashAt('between-migrations', index > 0); // test hook (TENANTRY_FAULT)
        ctx.onProgress?.({ phase: 'migrating', step: index + 1, steps: count, migration });
      },
    }));
    run.unlocked = unlockWithCommit;
    const after = { version: versionAt(set, spec.direction === 'up' ? current.position + count : current.position - count) };
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
  await crashIf('during-compensation', async () => (await ctx.ledger.getRun(spec.runId))?.compensates != null); // test hook (TENANTRY_FAULT)
  try {
    const restored = await phase('restore', () => restoreTenant({ // [trace: restore]
      client,
      location,
      backup,
      set,
      noteAside: (aside) => ctx.ledger.noteAside(spec.runId, aside),
      signal: run.guard.signal,
      ...(ctx.config.backup.binDir ? { binDir: ctx.config.backup.binDir } : {}),
    }).finally(() => auditSession(client, { settings: true })));
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
