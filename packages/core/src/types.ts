/**
 * Terminology, defined once.
 *
 * - platform: one service with its own database and its own migration sets. A platform may have
 *   shared migrations (its own schema, run once) and tenant migrations (run once per tenant).
 * - tenant: one customer. On a platform a tenant lives in its own schema or its own database.
 * - migration: one node-pg-migrate file. A tenant's version on a platform is the last migration
 *   recorded in that tenant's own node-pg-migrate table: that table is the truth.
 * - release: a named version mapping each platform to a target migration.
 * - rollout: one request ("bring these tenants on these platforms to X"), split into runs.
 * - run: moves one tenant on one platform in one direction.
 * - backup: what was saved of a tenant before a run changed it.
 */

/** The version of a tenant with nothing applied. */
export const EMPTY_VERSION = '0';

export type Direction = 'up' | 'down';

/** A run's statuses: `waiting` for another run or its wave, then queued, running, and one of the three ends. */
export const RUN_STATUSES = ['waiting', 'queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A tenant run moves one tenant; a shared run moves a platform's own schema (its shared migrations). */
export type RunScope = 'tenant' | 'shared';

/** The tenant id shared runs carry: not a valid tenant id, so it can never collide with one. */
export const SHARED_TENANT = '_shared';
/** A rollout's statuses: running, stopped (paused by hand, halted by its stages) or one of the three ends. */
export const ROLLOUT_STATUSES = ['running', 'paused', 'halted', 'succeeded', 'failed', 'cancelled'] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];
export type RolloutKind = 'migrate' | 'rollback';

export interface StepResult {
  migration: string;
  direction: Direction;
  status: 'applied' | 'failed' | 'pending';
  /** sha256 of the migration file that was applied. */
  checksum?: string;
}

/** How a run moves its tenant: node-pg-migrate steps, or a restore from a backup. */
export type RunMethod = 'migrations' | 'restore';
export type BackupStrategy = 'none' | 'pg_dump';

/** What a run did, as data. Only infrastructure failures throw. */
export interface RunResult {
  runId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  method: RunMethod;
  /** the backup taken before the run changed the tenant, or the one restored */
  backupId?: string;
  /** failed with the tenant neither at `from` nor at the target: a compensation is needed */
  partial?: boolean;
  from: string;
  to: string;
  /** cancelled: stopped by its rollout's abort, its tenant left where it was (or flagged partial) */
  status: 'succeeded' | 'failed' | 'cancelled';
  /** true when the tenant was already at its target and nothing was done */
  noop: boolean;
  steps: StepResult[];
  error?: RunError;
  /** what the run lost to lock timeouts, when it met any (lock-retry.ts) */
  lockWaits?: LockWaits;
}

/** What a run lost to lock timeouts: how many it met, and the time its timed-out tries and the pauses after them took. */
export interface LockWaits {
  timeouts: number;
  waitMs: number;
}

export interface RunError {
  /** an `ErrorCode` when Tenantry named the failure; otherwise the error's own code, or `ERROR` */
  code: string;
  message: string;
  migration?: string;
  sqlstate?: string;
}
