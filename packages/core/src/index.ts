/**
 * `@tenantry/core`, the public API: what an operator's script, the CLI, the dashboard and the
 * queue build on. Named one by one, never `export *`, so that nothing becomes API by accident.
 * What Tenantry's own packages and tests share below this line (the run protocol, lock and
 * session internals, SQL fragments) is in `@tenantry/core/internal`, with no compatibility promise.
 */

// Words and results (see the glossary in types.ts)
export { SHARED_TENANT } from './types.js';
export type {
  BackupStrategy,
  Direction,
  RolloutKind,
  RolloutStatus,
  RunError,
  LockWaits,
  RunMethod,
  RunResult,
  RunScope,
  RunStatus,
  StepResult,
} from './types.js';

// Errors: classes with a stable code from the catalogue
export {
  TenantryError,
  InvalidInput,
  ConfigError,
  ServiceUnreachable,
  UnknownTarget,
  TenantLockBusy,
  MigrationFailed,
  LockRetriesExhausted,
  MigrationLoadFailed,
  MigrationHistoryMismatch,
  NotFound,
  DependencyMissing,
  isMissingPackage,
  errorMessage,
  hasCode,
  isTenantryError,
} from './errors.js';
export { ERROR_CODES } from './error-codes.js';
export type { ErrorCode } from './error-codes.js';
export { RolloutConflict } from './ledger/rollout-overlap.js';

// Identifiers, logging, config
export {
  parseTenantId,
  parsePlatformId,
  tenantSchemaName,
  isValidId,
  ID_PATTERN,
  MAX_ID_LENGTH,
  MIGRATION_NAME_PATTERN,
  MAX_MIGRATION_NAME_LENGTH,
} from './ids.js';
export type { TenantId, PlatformId } from './ids.js';
export type { Logger } from './logger.js';
export { silentLogger } from './logger.js';
export { loadConfig, parseConfig } from './config/load.js';
export { getPlatform } from './config/tenantry-config.js';
export type { TenantryConfig, TenantryPlatform } from './config/tenantry-config.js';
export type { ConfigInput, RedisConfig, WebhookConfig } from './config/schema.js';

// Connections
export { redactUrl, redactSecrets, describeDatabase } from './db/redact.js';
export { connectClient } from './db/connect.js';
export { PoolRegistry } from './db/pool-registry.js';

// The control database: schema and ledger
export { initializeControlSchema } from './control/initialize.js';
export type { InitializeResult } from './control/initialize.js';
export { ControlDb } from './ledger/control-db.js';
export { resolveIdPrefix } from './ledger/id-prefix.js';
export type { RecordKind } from './ledger/id-prefix.js';
export { TenantRegistry } from './ledger/tenant-registry.js';
export { KnownVersions } from './ledger/known-versions.js';
export type { RegisteredTenant, SelectedTenant, TenantMarks } from './ledger/tenant-registry.js';
export { AuditLog } from './ledger/audit-log.js';
export type { AuditActor, AuditEntry, AuditOutcome, AuditQuery, AuditRecord, AuditSource } from './ledger/audit-log.js';
export { RolloutLedger } from './ledger/rollout-ledger.js';
export type {
  PlannedRun,
  CreatedRun,
  NewRollout,
  RolloutSummary,
  RunRecord,
  PlacedRunRecord,
  RunCounts,
  ClosedRolloutStatus,
} from './ledger/rollout-ledger.js';
export { WorkerRegistry, workerExpiryMs } from './ledger/worker-registry.js';
export type { WorkerInfo } from './ledger/worker-registry.js';
export { BackupLedger } from './ledger/backup-ledger.js';
export type { BackupRecord, NewBackup } from './ledger/backup-ledger.js';

// Migration sets, targets and tenants
export { readMigrationSet } from './catalog/migration-set.js';
export type { MigrationSet, MigrationFile } from './catalog/migration-set.js';
export { resolveTargets } from './catalog/targets.js';
export type { PlatformTarget } from './catalog/targets.js';
export { locateTenant } from './tenants/location.js';
export type { TenantLocation } from './tenants/location.js';
export {
  DEFAULT_SERVER,
  platformServerUrls,
  parseServerId,
  recordedServer,
  serverKey,
  type ServerId,
  type ServerLookup,
} from './tenants/servers.js';
export { placeTenants } from './tenants/placement.js';
export { registerTenants, type TenantsContext, type RegisterOptions } from './tenants/register.js';
export { parseSelector, parseLabelFilter, matchesSelector, describeLabelFilter } from './tenants/selector.js';
export type { Selector, Requirement, LabelFilter } from './tenants/selector.js';
export { parseLabels, parseLabelKey, formatLabels } from './tenants/labels.js';
export { markTenants, type TenantMarkChange, type MarkedTenants } from './tenants/marks.js';
export type { Labels } from './tenants/labels.js';
export { onboardTenants, currentPlatformVersion } from './tenants/onboard.js';
export type { OnboardOptions, OnboardResult } from './tenants/onboard.js';
export { OnboardingFailed } from './tenants/copy-template.js';
export { adoptTenants, AdoptionNoMatch, tenantOfArgument } from './tenants/adopt.js';
export type { AdoptResult, AdoptedTenant } from './tenants/adopt.js';
export { unregisterTenants } from './tenants/unregister.js';
export { readVersions } from './migrator/tenant-version.js';

// Rollouts: planning, following, pace
export { planRollout, describePlan, describeSkipped } from './rollouts/plan.js';
export { readCurrentVersions } from './fleet/live-versions.js';
export type { SkippedTenant } from './rollouts/skips.js';
export type { RolloutRequest, RolloutPlan, DryRunEntry } from './rollouts/plan.js';
export type { Stages, StageRequest } from './rollouts/stages.js';
export { waitForRollout } from './rollouts/wait.js';
export type { RolloutOutcome } from './rollouts/wait.js';
export { rolloutPace, paceRate } from './rollouts/pace.js';
export { rolloutLockWaits, describeLockWaits } from './rollouts/lock-waits.js';
export type { RolloutLockWaits } from './rollouts/lock-waits.js';
export type { RolloutPace } from './rollouts/pace.js';
export { listenForStatus } from './rollouts/status-signal.js';
export type { StatusSignal } from './rollouts/status-signal.js';

// Fleet versions, rollback info, locks, backups
export { getAllPlatformVersions, checkCrossPlatformConsistency } from './fleet/versions.js';
export type { PlatformVersions, ConsistencyReport } from './fleet/versions.js';
export { readTenantVersions, describeVersionSource, describeStale } from './fleet/recorded-versions.js';
export type {
  VersionSource,
  LiveReason,
  TenantVersionReading,
  VersionReadSummary,
  ReadVersionsOptions,
} from './fleet/recorded-versions.js';
export { checkGate } from './fleet/gate.js';
export type { GateAnswer, GateRequest } from './fleet/gate.js';
export { getRollbackInfo } from './rollbacks/rollback-info.js';
export type { RollbackInfo, RollbackMethod } from './rollbacks/rollback-info.js';
export { listTenantLocks, cleanupExpiredLocks } from './locks/lock-inspector.js';
export type { HeldLock } from './locks/lock-inspector.js';
export { verifyBackupFile } from './backups/restore-tenant.js';
export { pgDumpMajor } from './backups/pg-tools.js';

// Validation (`tenantry validate`)
export { validateMigrations } from './validation/validate.js';
export type { ValidateOptions, ValidationReport } from './validation/validate.js';
export type { SetReport } from './validation/validate-set.js';
export { PROBLEM_CODES } from './validation/problems.js';
export type { ValidationProblem, ProblemCode, LintCode, Severity } from './validation/problems.js';
export type { ReadinessCheck, CheckStatus } from './validation/readiness.js';

// Verification (`tenantry verify`) and the invariants (`tenantry verify --invariants`)
export { fingerprintSchema, fingerprintSchemas } from './verification/fingerprint.js';
export type { SchemaFingerprint, Queryable } from './verification/fingerprint.js';
export { diffFingerprints, describeDifference } from './verification/diff.js';
export type { SchemaDifference } from './verification/diff.js';
export { buildReference, ReferenceCache, ReferenceBuildFailed } from './verification/reference.js';
export { ensureTemplate, templateSchemaName, TEMPLATE_SCHEMA_PREFIX } from './verification/template.js';
export type { Template } from './verification/template.js';
export { versionLadder } from './verification/version-ladder.js';
export type { VersionLadder } from './verification/version-ladder.js';
export type { ReferenceSpec } from './verification/reference.js';
export { verifyTenant, verifyTenants } from './verification/verify-tenants.js';
export type { TenantVerification, VerifyTenantsOptions } from './verification/verify-tenants.js';
export { verifyPlatform } from './verification/verify-platform.js';
export type { VerifyPlatformOptions, ClientLease } from './verification/verify-platform.js';
export { checkInvariants } from './verification/invariants.js';
export type { CheckInvariantsOptions } from './verification/invariants.js';
export { INVARIANTS } from './verification/invariant-report.js';
export type { InvariantName, InvariantReport, InvariantViolation } from './verification/invariant-report.js';

// Lifecycle events (the logs and webhooks listen to them) and the names of the spans' tracer and attributes
export { LIFECYCLE_EVENTS } from './events/event-map.js';
export type { LifecycleEventMap, LifecycleEventName, RunEvent } from './events/event-map.js';
export { LifecycleEvents } from './events/lifecycle-events.js';
export type { LifecycleListener, AnyLifecycleListener } from './events/lifecycle-events.js';
export { SPAN_ATTRIBUTES, TRACER_NAME } from './tracing/spans.js';

// The per-server budget and health governor: what status views read
export { ServerBudgets } from './governor/server-budgets.js';
export type { ServerBudget, DeferralCount, DeferralReason } from './governor/server-budgets.js';
export { ServerBudgetBusy } from './governor/governor.js';
export { describeStrain, SIGNAL_NAMES } from './governor/signals.js';
export type { ServerSignals, SignalName, Strain } from './governor/signals.js';
export type { GovernorConfig, ServerGovernorConfig } from './config/schema.js';
