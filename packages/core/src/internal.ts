/**
 * `@tenantry/core/internal`: what Tenantry's own packages (the queue, the CLI) and its tests share
 * below the public API: the run protocol, lock and session internals, SQL fragments. Not API:
 * any of it may change in any release. Scripts import from `@tenantry/core`.
 */

// The run protocol, as the queue's processor drives it
export { pollInterval } from './rollouts/wait.js';
export { executeRun } from './runs/run-protocol.js';
export type { RunSpec, RunContext, RunOutcome, RunProgress } from './runs/run-protocol.js';
export { RunStopped, stopRequest } from './runs/run-guard.js';
export { SessionSlots, SessionSlotsBusy } from './runs/session-slots.js';
export type { StopReason } from './runs/run-guard.js';
export { planCompensation } from './runs/compensation.js';
export { migrateSteps, isTransient } from './migrator/tenant-migrator.js';
export { readAppliedMigrations } from './migrator/tenant-version.js';
export { BuildSession, closeBuildThreads } from './migrator/build-sandbox.js';
export { backupSchemas, assertBackupsPossible } from './backups/take-backup.js';
export type { BackupTarget } from './backups/take-backup.js';
export { asideSchemaOf } from './backups/restore-tenant.js';

// Ledger writes and liveness
export { toCreatedRun } from './ledger/rollout-ledger.js';
export { RUN_RECORD } from './ledger/run-rows.js';
export { owedWrite, unreachableOrGone } from './ledger/owed-write.js';
export { workerAliveSql } from './ledger/worker-registry.js';

// Locks and sessions
export { LOCK_NAMESPACE, RECONCILER_LOCK } from './locks/keys.js';
export { tryLockAndRead, tryLockKey, unlockKey } from './locks/advisory.js';
export { tenantLockKey, tryLockTenant } from './locks/tenant-lock.js';
export { runSessionName } from './locks/session-names.js';
export { releaseSession } from './db/session-state.js';
export { ConnectionSlots, serverOf } from './db/connection-slots.js';

// Planning's pure parts and the control schema's files, for the unit and upgrade tests
export { resolveStages, assignWaves, parseAmount, stageTenants, spreadOrder, parseWavesBy } from './rollouts/stages.js';
export type { StagedTenant } from './rollouts/stages.js';
export { labelFilterSql } from './ledger/tenant-selection.js';
export { skipReason } from './rollouts/skips.js';
export { capCanary, leaveOutSharedAtTarget } from './rollouts/at-target.js';
export { CONTROL_MIGRATIONS_DIR } from './control/initialize.js';

// Emitting lifecycle events and tracing, where the run path and the rollout service do it
export { emitRunOutcome, emitRunGivenUp, runEventOf, runEventOfSpec } from './events/run-events.js';
export { logLifecycleEvents } from './events/log-events.js';
export { inSpan, phase, rolloutSpan, currentRolloutTrace, inRolloutTrace } from './tracing/spans.js';
export type { RunPhase } from './tracing/spans.js';

// The governor a worker runs (its budgets, slots and sampler)
export { Governor, serverAddress, configuredServerUrls } from './governor/governor.js';
export type { ServerPermit } from './governor/governor.js';
export type { Deferral } from './ledger/run-lifecycle.js';
export { nextBudget } from './governor/aimd.js';
export { strainsOf, sampleServer } from './governor/signals.js';
export { configuredOverrides, serverSettings } from './governor/server-settings.js';

// The server's digest of a schema's objects, which verify compares before reading fingerprints
export { digestSchemas, EMPTY_SCHEMA_DIGEST } from './verification/schema-digest.js';
