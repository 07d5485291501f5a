/**
 * The `tenantry` package's TypeScript API: what an operator scripts, so a project that installs
 * `tenantry` imports from it alone. The classes come from `@tenantry/queue`, everything below
 * them from `@tenantry/core` (both are dependencies of this package, and importable directly).
 * Importing this module starts nothing and loads none of the command line (`bin/tenantry.js`).
 */
export { MigrationCoordinator, TenantCoordinator, SchemaManager } from '@tenantry/queue';
export type {
  AbortedRollout,
  ApiOptions,
  MultiPlatformMigration,
  ResumedHandle,
  RolloutHandle,
  TenantMigrationStatus,
  TenantPlatformStatus,
  WaitOptions,
} from '@tenantry/queue';
export {
  ConfigError,
  DependencyMissing,
  InvalidInput,
  MigrationFailed,
  NotFound,
  ServiceUnreachable,
  TenantryError,
  UnknownTarget,
  errorMessage,
  hasCode,
  initializeControlSchema,
  loadConfig,
  parseConfig,
  silentLogger,
  validateMigrations,
} from '@tenantry/core';
export type {
  BackupStrategy,
  ConfigInput,
  ConsistencyReport,
  GateAnswer,
  GateRequest,
  InitializeResult,
  Logger,
  PlatformVersions,
  RollbackInfo,
  RollbackMethod,
  RolloutOutcome,
  RunRecord,
  TenantryConfig,
  TenantryPlatform,
  ValidateOptions,
  ValidationReport,
} from '@tenantry/core';
