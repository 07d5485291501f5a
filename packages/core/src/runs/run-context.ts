import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { BackupLedger } from '../ledger/backup-ledger.js';
import type { ControlDb } from '../ledger/control-db.js';
import type { Governor } from '../governor/governor.js';
import type { RolloutLedger, RunRecord } from '../ledger/rollout-ledger.js';
import type { LifecycleEvents } from '../events/lifecycle-events.js';
import type { Logger } from '../logger.js';
import type { BackupStrategy, Direction, RunMethod, RunResult, RunScope } from '../types.js';
import type { ReferenceCache } from '../verification/reference.js';
import type { RunHooks } from './run-hooks.js';
import type { SessionSlots } from './session-slots.js';

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
  /** the per-server budget: runs over it are deferred (governor/governor.ts) */
  governor?: Governor;
  /** references for `verify: true` (one cache per worker process) */
  references?: ReferenceCache;
  workerId: string;
  logger: Logger;
  onProgress?: (progress: RunProgress) => void;
  /** aborted to stop the run from outside (its rollout aborted, its worker stopping): see run-guard.ts */
  signal?: AbortSignal;
  /** the worker's tenant sessions (session-slots.ts); absent, a run takes a session whenever its pool has one */
  sessions?: SessionSlots;
  /** lifecycle events (run:started); the outcome's events are the rollout service's (endRun) */
  events?: LifecycleEvents;
  /**
   * Test hooks at the protocol's named points (run-hooks.ts); absent, those of the process, if
   * a test installed any. @internal
   */
  hooks?: RunHooks;
}

/** `record`: the run's ledger row as finished (absent only if the row vanished). */
export type RunOutcome = { kind: 'done'; result: RunResult; record?: RunRecord } | { kind: 'skipped'; reason: string };
