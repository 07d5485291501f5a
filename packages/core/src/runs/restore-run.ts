import { auditSession } from '../db/session-state.js';
import { LockRetriesExhausted, TenantryError } from '../errors.js';
import { restoreTenant } from '../backups/restore-tenant.js';
import type { RunResult } from '../types.js';
import { phase } from '../tracing/spans.js';
import { asRunError, type Position, type UnderLock } from './under-lock.js';

/** Puts the tenant back as a backup holds it (the run's own, or the newest at its target). */
export async function restoreUnderLock(run: UnderLock, current: Position, original: string): Promise<RunResult> {
  const { spec, ctx, client, location, set, base } = run;
  // the version the run's first attempt found: a retry after a kill is still recorded from there
  const from = original;
  const backup = spec.backupId
    ? await ctx.backups.get(spec.backupId)
    : await ctx.backups.newestAt(spec.platform, spec.tenant, spec.target);
  if (!backup || backup.platform !== spec.platform || backup.tenant !== spec.tenant) {
    const error = {
      code: 'NO_BACKUP',
      message: `no backup of tenant ${spec.tenant} on ${spec.platform} at ${spec.target}`,
    };
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error };
  }
  await ctx.ledger.noteBackup(spec.runId, backup.id);
  ctx.onProgress?.({ phase: 'restoring', step: 0, steps: 1 });
  if (run.hooks?.duringCompensation && run.compensating) await run.hooks.duringCompensation();
  // the swap's transactions yield to traffic as a migration's do (the run's lock retry)
  const { lockRetry } = run;
  try {
    // [trace: restore]
    const restored = await phase('restore', () =>
      restoreTenant({
        client,
        location,
        backup,
        set,
        noteAside: (aside) => ctx.ledger.noteAside(spec.runId, aside),
        signal: run.guard.signal,
        lockRetry,
        ...(ctx.config.backup.binDir ? { binDir: ctx.config.backup.binDir } : {}),
      }).finally(() => auditSession(client, { settings: true })),
    );
    for (const note of restored.notes) run.log.warn({ backupId: backup.id }, note);
    ctx.onProgress?.({ phase: 'done', step: 1, steps: 1 });
    return {
      ...base,
      backupId: backup.id,
      from,
      to: restored.to,
      status: 'succeeded',
      noop: false,
      steps: [],
      ...lockRetry.resultNote,
    };
  } catch (error) {
    // locks not available: deferred (thrown, the processor delays the job) until its deferrals are
    // spent, then failed here; what the swap did is undone by the next run first, as after a kill
    if (error instanceof LockRetriesExhausted && run.lockDeferrals < run.platform.lockRetry.deferrals) throw error;
    if (!(error instanceof TenantryError)) throw error;
    // the tenant was put back as this attempt found it
    return {
      ...base,
      backupId: backup.id,
      from,
      to: current.version,
      status: 'failed',
      noop: false,
      steps: [],
      error: asRunError(error),
      ...lockRetry.resultNote,
    };
  }
}
