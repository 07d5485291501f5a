import { readMigrationSet, type MigrationSet } from '../catalog/migration-set.js';
import { getPlatform } from '../config/tenantry-config.js';
import { recordedServer } from '../tenants/servers.js';
import { InvalidInput, TenantLockBusy } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { RunRecord } from '../ledger/rollout-ledger.js';
import { owedWrite } from '../ledger/owed-write.js';
import { sharedLockKey, tenantLockKey } from '../locks/tenant-lock.js';
import { locateRun, migrationsDirOf } from '../tenants/location.js';
import { asideSchemaOf, undoInterruptedRestore } from '../backups/restore-tenant.js';
import { LockRetry } from '../migrator/lock-retry.js';
import { dropInvalidIndexes } from './invalid-indexes.js';
import type { RunContext, RunOutcome, RunSpec } from './run-context.js';
import { RunGuard, stoppedResult } from './run-guard.js';
import { runHooks } from './run-hooks.js';
import { migrateUnderLock } from './migrate-run.js';
import { restoreUnderLock } from './restore-run.js';
import { withTenantSession } from './tenant-session.js';
import { runEventOfSpec } from '../events/run-events.js';
import { phase } from '../tracing/spans.js';
import { currentPosition, type UnderLock } from './under-lock.js';
import { RunClaim, RunNotOpen } from './run-claim.js';
import type { RunMethod, RunResult } from '../types.js';
import type { Logger } from '../logger.js';

export type { RunContext, RunOutcome, RunProgress, RunSpec } from './run-context.js';

/**
 * The run protocol, the same for every run:
 * 1. lock: a session of the run's own with the (platform, tenant) lock tried (busy: TenantLockBusy,
 *    the caller defers), see tenant-session.ts; the tenant's real version read under the lock and
 *    claimed with the run in the ledger;
 * 2. backup, when asked (migrate-run.ts);
 * 3. migrate: node-pg-migrate in one transaction up or down to the target (migrate-run.ts), or a
 *    restore from a backup (restore-run.ts);
 * 4. record: the lock released and the result written to the ledger at once.
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
  // the ledger, not the job data, says what a run does: forged job data (anyone who can write to
  // Redis) is refused before any platform connection
  const recorded = await ctx.ledger.getRun(spec.runId);
  if (!recorded) return { kind: 'skipped', reason: 'no such run in the ledger' };
  assertJobMatchesLedger(spec, recorded);
  // and where: the tenant's recorded server, never another one of the platform
  const serverId = scope === 'shared' ? '' : recordedServer(platform, spec.tenant, recorded.serverId);
  const location = locateRun(platform, spec.tenant, serverId, scope);
  const log = ctx.logger.child({
    runId: spec.runId,
    rolloutId: spec.rolloutId,
    platform: spec.platform,
    tenant: spec.tenant,
  });
  const set = readMigrationSet(migrationsDirOf(platform, scope));
  const key = scope === 'shared' ? sharedLockKey(spec.platform) : tenantLockKey(spec.platform, spec.tenant);
  // the lock's round trip reads the history too when the set's tenants were last seen to have one
  const probe = {
    schema: location.schema,
    table: location.migrationsTable,
    aside: asideSchemaOf(location.schema),
    readHistory: historyExpected.get(set) === true,
  };

  // the run's deadline counts from here; a stop ends its migration code and cancels its statement
  const guard = new RunGuard(platform.runTimeoutMs, ctx.signal);
  try {
    const moved = await withTenantSession(
      {
        pools: ctx.pools,
        ...(ctx.control ? { control: ctx.control } : {}),
        ...(ctx.governor ? { governor: ctx.governor } : {}),
        workerId: ctx.workerId,
        platformId: spec.platform,
        platform,
        tenant: spec.tenant,
        location,
        key,
        guard,
        log,
        probe,
        ...(ctx.sessions ? { sessions: ctx.sessions } : {}),
      },
      (session) => {
        const base = {
          runId: spec.runId,
          platform: spec.platform,
          tenant: spec.tenant,
          direction: spec.direction,
          method: spec.method ?? 'migrations',
        } as const;
        const hooks = runHooks(ctx.hooks);
        return underLock({
          platform,
          spec,
          ctx,
          session,
          client: session.client,
          location,
          set,
          log,
          base,
          guard,
          hooks,
          compensating: recorded.compensates != null,
          lockDeferrals: recorded.lockDeferrals,
        });
      },
    );
    // written once the session is back in its pool: the worker's next run may take it meanwhile
    return moved.kind === 'skipped' ? moved : await recordResult(ctx, moved.result, spec.method ?? 'migrations', log);
  } catch (error) {
    // whatever broke once the run was stopped, the stop is the reason (a session ended, a thread ended)
    if (guard.stopped && !(error instanceof TenantLockBusy)) throw guard.stopped;
    throw error;
  } finally {
    guard.dispose();
  }
}

/**
 * Per migration set, whether the last run's tenant had a history table: tenants of one rollout
 * are mostly alike, so the next run reads its history in its lock's round trip when the last one
 * had one (a guess only: a wrong one costs the round trip it would have saved, never a wrong read).
 */
const historyExpected = new WeakMap<MigrationSet, boolean>();

/** The protocol under the tenant's lock: read and claim, back up and migrate (or restore), record. */
async function underLock(
  run: Omit<UnderLock, 'claim' | 'lockRetry'>,
): Promise<{ kind: 'moved'; result: RunResult } | { kind: 'skipped'; reason: string }> {
  const { spec, ctx, session, log, guard, hooks, base } = run;
  historyExpected.set(run.set, session.found.relation);
  // one per run: what its transactions lose to lock conflicts is counted once, whichever met them
  const lockRetry = new LockRetry(run.platform.lockRetry, {
    signal: guard.signal,
    log,
    leftBehind: () => dropInvalidIndexes(run.client, run.location.schema, run.set, log),
  });
  let found: { relation: boolean; history?: string[] } | undefined = session.found;
  if (session.found.schema) {
    // a restore of this tenant was cut short: put it back before anything reads it, yielding to
    // traffic as the swap itself does (its tries spent: LockRetriesExhausted, the run is deferred)
    await undoInterruptedRestore(run.client, run.location.schema, lockRetry);
    log.warn({ schema: run.location.schema }, 'an interrupted restore was undone: the tenant is as it was before it');
    found = undefined; // read again, not trusted from before the undo
  }
  // the tenant's real version, read under the lock, is claimed together with the run: the
  // ledger keeps the version the run's first attempt found (an earlier attempt may have moved
  // the tenant part-way, or committed and died before writing its result). The claim travels
  // while the run's migrations are built; nothing reaches the tenant before it is granted.
  const current = await currentPosition(run, found);
  const claim = new RunClaim(
    () => ctx.ledger.claimRun(spec.runId, ctx.workerId, session.pid, current.version),
    async (original) => {
      ctx.events?.emit('run:started', { ...runEventOfSpec(spec), from: original }); // [event: run:started]
      if (hooks?.afterLock) await hooks.afterLock();
    },
  );
  let moved: RunResult;
  try {
    moved =
      base.method === 'restore'
        ? await restoreUnderLock({ ...run, claim, lockRetry }, current, await claim.confirm())
        : await migrateUnderLock({ ...run, claim, lockRetry }, current);
  } catch (error) {
    if (!(error instanceof RunNotOpen)) throw error;
    await session.lock.release();
    return { kind: 'skipped', reason: error.message };
  } finally {
    await claim.settled();
  }
  const result = stoppedResult(moved, guard);
  if (hooks?.afterCommit && result.status === 'succeeded' && !result.noop) await hooks.afterCommit();
  await session.lock.release(); // most often with the COMMIT already (migrate-run.ts)
  return { kind: 'moved', result };
}

/** The run's result written to the ledger, owed: an outage of the control database is waited out. */
async function recordResult(ctx: RunContext, result: RunResult, method: RunMethod, log: Logger): Promise<RunOutcome> {
  const record = await phase('record', () =>
    owedWrite('run result', () => ctx.ledger.finishRun(result), { logger: log }),
  ); // [trace: record]
  log.info(
    {
      from: result.from,
      to: result.to,
      steps: result.steps.length,
      status: result.status,
      noop: result.noop,
      method,
    },
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
    throw new InvalidInput(
      `job data of run ${spec.runId} does not match the ledger: ${different[0]} ${JSON.stringify(String(different[1]).slice(0, 60))} where the ledger has ${JSON.stringify(different[2])}`,
    );
  }
}
