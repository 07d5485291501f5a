import { ERROR_CODES, type ErrorCode } from './error-codes.js';
import type { LockWaits } from './types.js';

/**
 * Errors carry a stable `code` from the catalogue in `error-codes.ts`. Across process and queue
 * boundaries identify them by `code`, never by `instanceof` alone. `exitCode` is what the CLI
 * exits with when one reaches it: the code's own (2 for bad input or configuration, nothing was
 * changed; 1 for an operation that failed) unless the thrower knows better.
 */
export class TenantryError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: 1 | 2;
  constructor(code: ErrorCode, message: string, options: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.exitCode = options.exitCode ?? ERROR_CODES[code].exitCode;
  }
}

/** Bad input from a person or a script: a CLI argument, an API argument, job data. */
export class InvalidInput extends TenantryError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('INVALID_INPUT', message, options);
  }
}

export class ConfigError extends TenantryError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('CONFIG_INVALID', message, options);
  }
}

/** A server Tenantry needs (PostgreSQL, Redis) did not answer. */
export class ServiceUnreachable extends TenantryError {
  readonly service: string;
  constructor(service: string, message: string, options: { cause?: unknown } = {}) {
    super('SERVICE_UNREACHABLE', message, options);
    this.service = service;
  }
}

export class UnknownTarget extends TenantryError {
  constructor(message: string) {
    super('UNKNOWN_TARGET', message);
  }
}

/** Another run holds the tenant's lock: the run is deferred, never failed. */
export class TenantLockBusy extends TenantryError {
  constructor(
    readonly platform: string,
    readonly tenant: string,
  ) {
    super('TENANT_LOCK_BUSY', `tenant ${tenant} on ${platform} is busy with another run`);
  }
}

/**
 * Every try of a run's transaction met a lock timeout: the transaction was rolled back (the
 * tenant is as it was, unless a noTransaction step had committed) and the run is deferred, or,
 * its deferrals spent, failed.
 */
export class LockRetriesExhausted extends TenantryError {
  constructor(
    readonly waits: LockWaits,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super('LOCK_RETRIES_EXHAUSTED', message, options);
  }
}

/** A migration's SQL failed; the tenant's transaction was rolled back. */
export class MigrationFailed extends TenantryError {
  constructor(
    readonly platform: string,
    readonly tenant: string,
    readonly migration: string | undefined,
    readonly sqlstate: string | undefined,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super('MIGRATION_FAILED', message, options);
  }
}

/**
 * A migration file does not load (it throws at import, or exports something node-pg-migrate
 * cannot run). Up front it is bad input (exit 2, nothing changed); inside a run it fails the run
 * naming the migration.
 */
export class MigrationLoadFailed extends TenantryError {
  constructor(
    readonly migration: string,
    readonly file: string,
    reason: string,
    options: { cause?: unknown } = {},
  ) {
    super('MIGRATION_LOAD_FAILED', `migration file ${file} does not load: ${reason.split('\n')[0]}`, options);
  }
}

/** The tenant's recorded migrations do not fit the migration files (edited history, deleted file). */
export class MigrationHistoryMismatch extends TenantryError {
  constructor(message: string) {
    super('MIGRATION_HISTORY_MISMATCH', message);
  }
}

/**
 * An optional package a feature needs is not installed (it is a peer dependency, so that those who
 * never use the feature do not download it). The message names the command that installs it.
 */
export class DependencyMissing extends TenantryError {
  constructor(
    readonly packageName: string,
    purpose: string,
    options: { cause?: unknown; alternative?: string } = {},
  ) {
    super(
      'DEPENDENCY_MISSING',
      `${purpose} needs the package ${packageName}: npm install --save-dev ${packageName}${options.alternative ? `, or ${options.alternative}` : ''}`,
      { cause: options.cause },
    );
  }
}

/** Whether a dynamic import failed because this package (not one of its own imports) is not installed. */
export function isMissingPackage(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(`'${packageName}`)
  );
}

export class NotFound extends TenantryError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Whether `error` is a TenantryError, also one made by another copy of this package: two copies
 * live in one process when a module loader keys them apart (tsx loads a package imported
 * statically and one imported on demand, as the CLI imports the queue package, as two modules)
 * or when an application bundles its own. `instanceof` sees only its own copy's class; the code
 * and exit code say what the error is either way.
 */
export function isTenantryError(error: unknown): error is TenantryError {
  if (error instanceof TenantryError) return true;
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error as { code?: unknown; exitCode?: unknown };
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code) && (exitCode === 1 || exitCode === 2);
}

/** Whether an error (possibly from another process, so not by `instanceof`) carries one of these codes. */
export function hasCode(error: unknown, ...codes: readonly ErrorCode[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (codes as readonly string[]).includes(code);
}
