import { positionOf, versionAt } from '../catalog/migration-set.js';
import { connectClient } from '../db/connect.js';
import { auditSession, leftoversOf } from '../db/session-state.js';
import { LockRetriesExhausted, MigrationFailed, TenantryError } from '../errors.js';
import type { TenantId } from '../ids.js';
import { migrateSteps } from '../migrator/tenant-migrator.js';
import type { RunResult } from '../types.js';
import { describeDifference } from '../verification/diff.js';
import { ReferenceCache } from '../verification/reference.js';
import { verifyTenant } from '../verification/verify-tenants.js';
import { backupSchemas } from '../backups/take-backup.js';
import { phase } from '../tracing/spans.js';
import { dropInvalidIndexes } from './invalid-indexes.js';
import { asRunError, currentPosition, type Position, type UnderLock } from './under-lock.js';

/** How far a run moves its tenant from where it is; or, when it cannot or need not move it, its result. */
type Move = { position: number; count: number } | { result: RunResult };

async function planMove(run: UnderLock, current: Position): Promise<Move> {
  const { spec, set, base } = run;
  const original = () => run.claim.confirm();
  const from = current.version;
  if ('error' in current) {
    await original();
    return { result: { ...base, from, to: from, status: 'failed', noop: false, steps: [], error: current.error } };
  }
  const targetPosition = positionOf(set, spec.target);
  if (targetPosition === undefined) {
    const error = { code: 'UNKNOWN_TARGET', message: `${spec.target} is not a tenant migration of ${spec.platform}` };
    await original();
    return { result: { ...base, from, to: from, status: 'failed', noop: false, steps: [], error } };
  }
  const count = spec.direction === 'up' ? targetPosition - current.position : current.position - targetPosition;
  if (count <= 0) {
    const was = await original();
    return { result: { ...base, from: was, to: from, status: 'succeeded', noop: was === from, steps: [] } };
  }
  return { position: current.position, count };
}

/**
 * Moves the tenant to the run's target: a backup first when asked, then its migrations in one
 * transaction. Every path confirms the run's claim before it sends anything or returns a result.
 */
export async function migrateUnderLock(run: UnderLock, current: Position): Promise<RunResult> {
  const move = await planMove(run, current);
  if ('result' in move) return move.result;
  const backupId =
    (run.spec.backup ?? 'none') === 'pg_dump'
      ? await run.claim.confirm().then(() => backUp(run, current.version, move.count))
      : undefined;
  return applyMigrations(run, move, backupId);
}

/** The tenant's backup at its version before the run, recorded on the run. */
async function backUp(run: UnderLock, version: string, count: number): Promise<string> {
  run.ctx.onProgress?.({ phase: 'backup', step: 0, steps: count });
  const backupId = await phase('backup', () => ensureBackup(run, version)); // [trace: backup]
  await run.ctx.ledger.noteBackup(run.spec.runId, backupId);
  return backupId;
}

async function applyMigrations(
  run: UnderLock,
  move: { position: number; count: number },
  backupId: string | undefined,
): Promise<RunResult> {
  const { position, count } = move;
  const { spec, ctx, client, location, set, log, base, session, hooks, lockRetry } = run;
  // on the result: the backup, and what the run lost to lock timeouts when it met any
  const resultNotes = () => ({
    ...(backupId ? { backupId } : {}),
    ...lockRetry.resultNote,
  });
  ctx.onProgress?.({ phase: 'locked', step: 0, steps: count });
  // what must precede the run's first statement, once: the claim granted, then the steps that touch the tenant
  let ready: Promise<void> | undefined;
  const beforeSend = () =>
    (ready ??= (async () => {
      await run.claim.confirm();
      if (hooks?.duringCompensation && run.compensating) await hooks.duringCompensation();
      await dropInvalidIndexes(client, location.schema, set, log);
    })());
  // the lock goes with the COMMIT (one round trip less), unless something still needs it after:
  // the schema check of `verify: true`, or an after-commit test hook
  const unlockWithCommit = !(ctx.config.verify && (spec.scope ?? 'tenant') === 'tenant') && !hooks?.afterCommit;
  const betweenMigrations = hooks?.betweenMigrations?.bind(hooks);
  try {
    // [trace: migrate]
    const steps = await phase('migrate', () =>
      migrateSteps({
        ...(unlockWithCommit ? { afterCommit: session.lock.releaseSql } : {}),
        beforeSend,
        signal: run.guard.signal,
        buildTimeoutMs: run.platform.buildTimeoutMs,
        client,
        location,
        set,
        direction: spec.direction,
        position,
        count,
        logger: log,
        lockRetry,
        // a hook between migrations needs a round trip per migration
        ...(betweenMigrations ? { batch: false } : {}),
        onStep: (index, migration) => {
          if (betweenMigrations && index > 0) betweenMigrations(index);
          ctx.onProgress?.({ phase: 'migrating', step: index + 1, steps: count, migration });
        },
      }),
    );
    if (unlockWithCommit) session.lock.releasedWith();
    const original = await run.claim.confirm();
    const after = { version: versionAt(set, spec.direction === 'up' ? position + count : position - count) };
    ctx.onProgress?.({ phase: 'done', step: count, steps: count });
    const drift = await verifyAfterRun(run);
    if (drift)
      return {
        ...base,
        ...resultNotes(),
        from: original,
        to: after.version,
        status: 'failed',
        noop: false,
        steps,
        error: drift,
        partial: true,
      };
    return { ...base, ...resultNotes(), from: original, to: after.version, status: 'succeeded', noop: false, steps };
  } catch (error) {
    // locks not available: deferred (thrown, the processor delays the job) until its deferrals are spent, then failed here
    const lastDeferral = error instanceof LockRetriesExhausted && run.lockDeferrals >= run.platform.lockRetry.deferrals;
    if (!(error instanceof MigrationFailed) && !lastDeferral) throw error;
    // a claim refused (or failed) is the reason, whatever it broke on its way (nothing was sent)
    const original = await run.claim.confirm();
    // the transaction rolled back, unless a non-transactional step had already committed
    const after = await currentPosition(run);
    const partial = after.version !== original;
    return {
      ...base,
      ...resultNotes(),
      from: original,
      to: after.version,
      status: 'failed',
      noop: false,
      steps: [],
      error: asRunError(error),
      ...(partial ? { partial } : {}),
    };
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
  const own = leftoversOf(run.client)
    ? await connectClient(run.location.databaseUrl, { applicationName: 'tenantry reference' })
    : undefined;
  try {
    const check = await verifyTenant({
      client: run.client,
      platform: run.platform,
      set: run.set,
      tenant: spec.tenant as TenantId,
      serverId: run.location.serverId,
      references: ctx.references,
      ...(own ? { referenceClient: own } : {}),
    });
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
  if (!backup)
    throw new TenantryError('BACKUP_FAILED', `no backup could be taken of tenant ${spec.tenant} on ${spec.platform}`);
  return backup.id;
}
