export * as types from './types.js';
export { EMPTY_VERSION } from './types.js';
export type { Direction, RunStatus, RolloutStatus, RolloutKind, StepResult, RunResult, RunError } from './types.js';
export {
  TenantryError,
  InvalidInput,
  ConfigError,
  ServiceUnreachable,
  UnknownTarget,
  TenantLockBusy,
  MigrationFailed,
  MigrationLoadFailed,
  MigrationHistoryMismatch,
  NotFound,
  DependencyMissing,
  isMissingPackage,
  errorMessage,
  hasCode,
} from './errors.js';
export { parseTenantId, parsePlatformId, parseMigrationName, tenantSchemaName, isValidId, ID_PATTERN, MAX_ID_LENGTH, MIGRATION_NAME_PATTERN, MAX_MIGRATION_NAME_LENGTH } from './ids.js';
export type { TenantId, PlatformId } from './ids.js';
export type { Logger } from './logger.js';
export { silentLogger } from './logger.js';
export { loadConfig, parseConfig, getPlatform } from './config/load.js';
export type { TenantryConfig, TenantryPlatform } from './config/load.js';
export type { ConfigInput, RedisConfig, WebhookConfig } from './config/schema.js';
export { redactUrl, redactSecrets, describeDatabase } from './db/redact.js';
export { connectClient, createPool, isUnreachable } from './db/connect.js';
export { PoolRegistry } from './db/pool-registry.js';
export { releaseSession, auditSession } from './db/session-state.js';
export { ensureDatabase } from './db/ensure-database.js';
export { initializeControlSchema, CONTROL_MIGRATIONS_DIR } from './control/initialize.js';
export type { InitializeResult } from './control/initialize.js';
export { ControlDb } from './ledger/control-db.js';
export { resolveIdPrefix } from './ledger/id-prefix.js';
export type { RecordKind } from './ledger/id-prefix.js';
export { TenantRegistry } from './ledger/tenant-registry.js';
export type { RegisteredTenant } from './ledger/tenant-registry.js';
export { RolloutLedger, toCreatedRun } from './ledger/rollout-ledger.js';
export { RolloutConflict } from './ledger/rollout-overlap.js';
export type { PlannedRun, CreatedRun, NewRollout, RolloutSummary, RunRecord, RunCounts } from './ledger/rollout-ledger.js';
export { WorkerRegistry, workerAliveSql } from './ledger/worker-registry.js';
export type { WorkerInfo } from './ledger/worker-registry.js';
export { readMigrationSet, positionOf, versionAt } from './catalog/migration-set.js';
export type { MigrationSet, MigrationFile } from './catalog/migration-set.js';
export { resolveTargets } from './catalog/targets.js';
export type { PlatformTarget } from './catalog/targets.js';
export { locateTenant } from './tenants/location.js';
export type { TenantLocation } from './tenants/location.js';
export { provisionTenant, provisionTenants } from './tenants/provision.js';
export { registerTenants, type TenantsContext } from './tenants/register.js';
export { unregisterTenants } from './tenants/unregister.js';
export { databaseKey } from './tenants/ownership.js';
export { tenantLockKey, tryLockTenant, unlockTenant } from './locks/tenant-lock.js';
export { LOCK_NAMESPACE } from './locks/keys.js';
export { runSessionName, workerTagOf } from './locks/session-names.js';
export { readAppliedMigrations, readVersions } from './migrator/tenant-version.js';
export { migrateSteps, isTransient } from './migrator/tenant-migrator.js';
export { executeRun } from './runs/run-protocol.js';
export { RunStopped, stopRequest } from './runs/run-guard.js';
export { owedWrite, unreachableOrGone } from './ledger/owed-write.js';
export type { StopReason } from './runs/run-guard.js';
export { BuildSession, closeBuildThreads, MigrationBuildTimeout } from './migrator/build-sandbox.js';
export { armFaultPoint, FAULT_POINTS } from './runs/fault-points.js';
export type { FaultPoint } from './runs/fault-points.js';
export type { RunSpec, RunContext, RunOutcome, RunProgress } from './runs/run-protocol.js';
export { planRollout, describePlan } from './rollouts/plan.js';
export type { RolloutRequest, RolloutPlan, DryRunEntry } from './rollouts/plan.js';
export type { RunMethod, BackupStrategy } from './types.js';
export { BackupLedger } from './ledger/backup-ledger.js';
export type { BackupRecord, NewBackup } from './ledger/backup-ledger.js';
export { backupSchemas, assertBackupsPossible } from './backups/take-backup.js';
export type { BackupTarget } from './backups/take-backup.js';
export { restoreTenant, verifyBackupFile, BackupUnusable, asideSchemaOf } from './backups/restore-tenant.js';
export { BackupToolError, pgDumpMajor, assertDumpable, sha256File } from './backups/pg-tools.js';
export { dumpSchemas, restoreSchema } from './backups/pg-dump.js';
export { hasDown } from './catalog/reversibility.js';
export { planCompensation } from './runs/compensation.js';
export { validateMigrations } from './validation/validate.js';
export type { ValidateOptions, ValidationReport } from './validation/validate.js';
export type { SetReport } from './validation/validate-set.js';
export { PROBLEM_CODES } from './validation/problems.js';
export type { ValidationProblem, ProblemCode, LintCode, Severity } from './validation/problems.js';
export type { ReadinessCheck, CheckStatus } from './validation/readiness.js';
export { lintUp } from './validation/lint-rules.js';
export type { LintFinding } from './validation/lint-rules.js';
export { PGliteClient } from './validation/pglite-client.js';
export { fingerprintSchema, fingerprintSchemas } from './verification/fingerprint.js';
export type { SchemaFingerprint, Queryable } from './verification/fingerprint.js';
export { diffFingerprints, describeDifference } from './verification/diff.js';
export type { SchemaDifference } from './verification/diff.js';
export { buildReference, ReferenceCache, ReferenceBuildFailed, REFERENCE_SCHEMA_PREFIX } from './verification/reference.js';
export type { ReferenceSpec } from './verification/reference.js';
export { verifyTenant, verifyTenants } from './verification/verify-tenants.js';
export type { TenantVerification, VerifyTenantsOptions } from './verification/verify-tenants.js';
export { getRollbackInfo } from './rollbacks/rollback-info.js';
export type { RollbackInfo, RollbackMethod } from './rollbacks/rollback-info.js';
export { readCurrentVersions } from './rollouts/plan.js';
export { getAllPlatformVersions, checkCrossPlatformConsistency, readFleetVersions, releasesAt } from './fleet/versions.js';
export type { PlatformVersions, ConsistencyReport } from './fleet/versions.js';
export { checkGate } from './fleet/gate.js';
export type { GateAnswer, GateRequest } from './fleet/gate.js';
export { listTenantLocks, cleanupExpiredLocks } from './locks/lock-inspector.js';
export type { HeldLock } from './locks/lock-inspector.js';
export { locateRun, locateShared, migrationsDirOf } from './tenants/location.js';
export { SHARED_TENANT } from './types.js';
export type { RunScope } from './types.js';
export { waitForRollout } from './rollouts/wait.js';
export { rolloutPace, paceRate } from './rollouts/pace.js';
export type { RolloutPace } from './rollouts/pace.js';
export { listenForStatus } from './rollouts/status-signal.js';
export type { StatusSignal } from './rollouts/status-signal.js';
export type { RolloutOutcome } from './rollouts/wait.js';
export { resolveStages, assignWaves, parseAmount } from './rollouts/stages.js';
export type { Stages, StageRequest } from './rollouts/stages.js';
export { acquireBudgetSlot, ConnectionBudgetBusy } from './locks/connection-budget.js';
export type { BudgetSlot } from './locks/connection-budget.js';
export { verifyPlatform } from './verification/verify-platform.js';
export { checkInvariants, INVARIANTS } from './verification/invariants.js';
export type { CheckInvariantsOptions, InvariantName, InvariantReport, InvariantViolation } from './verification/invariants.js';
export type { VerifyPlatformOptions, ClientLease } from './verification/verify-platform.js';
export { LIFECYCLE_EVENTS } from './events/event-map.js';
export type { LifecycleEventMap, LifecycleEventName, RunEvent } from './events/event-map.js';
export { LifecycleEvents } from './events/lifecycle-events.js';
export type { LifecycleListener, AnyLifecycleListener } from './events/lifecycle-events.js';
export { emitRunOutcome, emitRunGivenUp, runEventOf, runEventOfSpec } from './events/run-events.js';
export { logLifecycleEvents } from './events/log-events.js';
export { SPAN_ATTRIBUTES, TRACER_NAME, inSpan, phase, rolloutSpan, currentRolloutTrace, inRolloutTrace } from './tracing/spans.js';
export type { RunPhase } from './tracing/spans.js';
