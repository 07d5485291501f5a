import type { RunRecord } from '../ledger/run-rows.js';
import type { RunError, RunResult } from '../types.js';
import type { RunSpec } from '../runs/run-context.js';
import type { LifecycleEvents } from './lifecycle-events.js';
import type { RunEvent } from './event-map.js';

/** What identifies a run in every run event. */
export function runEventOf(
  run: Pick<RunRecord, 'id' | 'rolloutId' | 'platform' | 'tenant' | 'scope' | 'direction' | 'target' | 'method'>,
): RunEvent {
  return {
    rolloutId: run.rolloutId,
    runId: run.id,
    platform: run.platform,
    tenant: run.tenant,
    scope: run.scope,
    direction: run.direction,
    target: run.target,
    method: run.method,
  };
}

/** The same, from a run's job data (the run protocol's spec). */
export function runEventOfSpec(
  spec: Pick<RunSpec, 'runId' | 'rolloutId' | 'platform' | 'tenant' | 'scope' | 'direction' | 'target' | 'method'>,
): RunEvent {
  return {
    rolloutId: spec.rolloutId,
    runId: spec.runId,
    platform: spec.platform,
    tenant: spec.tenant,
    scope: spec.scope ?? 'tenant',
    direction: spec.direction,
    target: spec.target,
    method: spec.method ?? 'migrations',
  };
}

/**
 * A finished run's events: `run:succeeded` or `run:failed` (a cancelled run, stopped by an abort,
 * is neither), and `compensation:done` when the run was a compensation.
 */
export function emitRunOutcome(
  events: LifecycleEvents | undefined,
  result: RunResult,
  record: RunRecord | undefined,
): void {
  if (!events || !record) return;
  const run = runEventOf(record);
  if (result.status === 'succeeded')
    events.emit('run:succeeded', {
      ...run,
      from: result.from,
      to: result.to,
      noop: result.noop,
      steps: result.steps.length,
    });
  if (result.status === 'failed')
    events.emit('run:failed', {
      ...run,
      from: result.from,
      to: result.to,
      error: result.error ?? { code: 'FAILED', message: 'run failed' },
      partial: result.partial === true,
    });
  if (record.compensates && result.status !== 'cancelled')
    events.emit('compensation:done', { ...run, compensates: record.compensates, status: result.status });
}

/** A run given up on after an infrastructure error (its attempts ran out, or it cannot be retried). */
export function emitRunGivenUp(
  events: LifecycleEvents | undefined,
  record: RunRecord | undefined,
  error: RunError,
): void {
  if (!events || !record) return;
  const run = runEventOf(record);
  events.emit('run:failed', { ...run, from: record.fromVersion, to: record.toVersion, error, partial: false });
  if (record.compensates)
    events.emit('compensation:done', { ...run, compensates: record.compensates, status: 'failed' });
}
