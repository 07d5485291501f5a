import type { BackupStrategy, Direction, RunMethod, RunScope, RunStatus } from '../types.js';

/** A run as planned, before the ledger writes it. */
export interface PlannedRun {
  platform: string;
  tenant: string;
  direction: Direction;
  /** target version: a migration name or '0' */
  target: string;
  method?: RunMethod;
  backup?: BackupStrategy;
  /** restore exactly this backup */
  backupId?: string | null;
  /** the failed run this one undoes */
  compensates?: string | null;
  /** set to create the run with a known id (to chain runs in one rollout) */
  id?: string;
  /** the run this one waits for: it is created `waiting` and queued when that one finishes */
  afterRun?: string | null;
  scope?: RunScope;
  /** position in a release saga (platform order); 0 outside sagas */
  sagaStep?: number;
  /** the wave the run belongs to (0: the canary, or everything when not staged) */
  wave?: number;
}

/** A run the ledger wrote, as the producer enqueues it. */
export interface CreatedRun extends PlannedRun {
  id: string;
}

/** A row of the runs table, as the ledger reads it. */
export interface RunRecord {
  id: string;
  rolloutId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  target: string;
  method: RunMethod;
  backupStrategy: BackupStrategy;
  backupId: string | null;
  compensates: string | null;
  compensatedBy: string | null;
  afterRun: string | null;
  scope: RunScope;
  sagaStep: number;
  status: RunStatus;
  attempt: number;
  workerId: string | null;
  fromVersion: string | null;
  toVersion: string | null;
  noop: boolean | null;
  failedMigration: string | null;
  sqlstate: string | null;
  error: string | null;
  /** lock timeouts the run's transactions met (each rolled back, then tried again or deferred) */
  lockTimeouts: number;
  /** time lost to them: the timed-out tries and the pauses after them */
  lockWaitMs: number;
  /** times the run was deferred because all its tries met lock timeouts */
  lockDeferrals: number;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/**
 * The column behind each field of a RunRecord: the one mapping of a run row. The type makes it
 * name every field, and no other; the CHECK constraints of the runs table hold the unions
 * (direction, method, scope, status) to their values.
 */
export const RUN_RECORD_COLUMNS = {
  id: 'id',
  rolloutId: 'rollout_id',
  platform: 'platform',
  tenant: 'tenant',
  direction: 'direction',
  target: 'target',
  method: 'method',
  backupStrategy: 'backup_strategy',
  backupId: 'backup_id',
  compensates: 'compensates',
  compensatedBy: 'compensated_by',
  afterRun: 'after_run',
  scope: 'scope',
  sagaStep: 'saga_step',
  status: 'status',
  attempt: 'attempt',
  workerId: 'worker_id',
  fromVersion: 'from_version',
  toVersion: 'to_version',
  noop: 'noop',
  failedMigration: 'failed_migration',
  sqlstate: 'sqlstate',
  error: 'error',
  lockTimeouts: 'lock_timeouts',
  lockWaitMs: 'lock_wait_ms',
  lockDeferrals: 'lock_deferrals',
  queuedAt: 'queued_at',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
} as const satisfies { readonly [F in keyof RunRecord]: string };

/**
 * The select list of a run row aliased `r`, each column renamed to its RunRecord field: a
 * statement that selects (or returns) it yields RunRecords as they are, with no mapping in code.
 */
export const RUN_RECORD = Object.entries(RUN_RECORD_COLUMNS)
  .map(([field, column]) => (field === column ? `r.${column}` : `r.${column} AS "${field}"`))
  .join(', ');

/** A ledger run as the producer enqueues it. */
export function toCreatedRun(run: RunRecord): CreatedRun {
  return {
    id: run.id,
    platform: run.platform,
    tenant: run.tenant,
    direction: run.direction,
    target: run.target,
    method: run.method,
    backup: run.backupStrategy,
    backupId: run.backupId,
    compensates: run.compensates,
    scope: run.scope,
    sagaStep: run.sagaStep,
  };
}
