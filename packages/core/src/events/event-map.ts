import type { Direction, RolloutKind, RunError, RunMethod, RunScope } from '../types.js';

/**
 * The lifecycle of a rollout as events, one map for all of them. Payloads are plain JSON data:
 * the same object reaches the logs, the webhooks and any listener an embedding program adds.
 *
 * - `rollout:started`     a rollout was written to the ledger and its first runs queued
 * - `rollout:wave-done`   a staged rollout's wave closed and the next one was released
 * - `rollout:halted`      a staged rollout stopped on its failure budget (resume or abort it)
 * - `rollout:finished`    a rollout closed: succeeded, failed or cancelled
 * - `run:started`         a run holds its tenant's lock and is claimed in the ledger
 * - `run:succeeded`       a run reached its target (or found its tenant there: `noop`)
 * - `run:failed`          a run failed for good (no attempt left, or a migration failed)
 * - `compensation:done`   a compensating run (returning a tenant where it was) finished
 */
export interface RunEvent {
  rolloutId: string;
  runId: string;
  platform: string;
  tenant: string;
  scope: RunScope;
  direction: Direction;
  target: string;
  method: RunMethod;
}

export interface LifecycleEventMap {
  'rollout:started': { rolloutId: string; kind: RolloutKind; target: string; runs: number; requestedBy: string | null };
  'rollout:wave-done': { rolloutId: string; released: number };
  'rollout:halted': { rolloutId: string; reason: string };
  'rollout:finished': { rolloutId: string; status: 'succeeded' | 'failed' | 'cancelled' };
  'run:started': RunEvent & { from: string };
  'run:succeeded': RunEvent & { from: string; to: string; noop: boolean; steps: number };
  'run:failed': RunEvent & { from: string | null; to: string | null; error: RunError; partial: boolean };
  'compensation:done': RunEvent & { compensates: string; status: 'succeeded' | 'failed' };
}

export type LifecycleEventName = keyof LifecycleEventMap;

/** Every event name, in lifecycle order (config validation, docs). */
export const LIFECYCLE_EVENTS = [
  'rollout:started',
  'rollout:wave-done',
  'rollout:halted',
  'rollout:finished',
  'run:started',
  'run:succeeded',
  'run:failed',
  'compensation:done',
] as const satisfies readonly LifecycleEventName[];

// a name added to the map and not to the list fails to compile here
type Missing = Exclude<LifecycleEventName, (typeof LIFECYCLE_EVENTS)[number]>;
const everyEventListed: [Missing] extends [never] ? true : Missing = true;
void everyEventListed;
