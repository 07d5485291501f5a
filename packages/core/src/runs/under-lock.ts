import type pg from 'pg';
import { versionAt, type MigrationSet } from '../catalog/migration-set.js';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import { MigrationFailed, TenantryError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { LockRetry } from '../migrator/lock-retry.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import type { TenantLocation } from '../tenants/location.js';
import type { RunResult } from '../types.js';
import type { RunContext, RunSpec } from './run-context.js';
import type { RunGuard } from './run-guard.js';
import type { RunClaim } from './run-claim.js';
import type { RunHooks } from './run-hooks.js';
import type { TenantSession } from './tenant-session.js';

/** A run holding its tenant's lock: what each step of the protocol works with. */
export interface UnderLock {
  platform: Readonly<TenantryPlatform>;
  spec: RunSpec;
  ctx: RunContext;
  session: TenantSession;
  client: pg.PoolClient;
  location: TenantLocation;
  set: MigrationSet;
  log: Logger;
  base: Pick<RunResult, 'runId' | 'platform' | 'tenant' | 'direction' | 'method'>;
  /** the run's deadline and stop switch */
  guard: RunGuard;
  hooks: RunHooks | undefined;
  /** a compensating run (it moves its tenant back after a failure or an abort) */
  compensating: boolean;
  /** times this run was deferred because its locks were not available (its ledger row, as it started) */
  lockDeferrals: number;
  /** the run's claim in the ledger, on its way: confirmed before anything reaches the tenant */
  claim: RunClaim;
  /**
   * the run's lock retry: its transactions (an interrupted restore undone, the migrations or the
   * restore's swap) yield to traffic under it, and it counts what they lost to lock conflicts
   */
  lockRetry: LockRetry;
}

/** Where the tenant is, by its history; or, when its history does not match the files, why not. */
export type Position = { position: number; version: string } | { error: RunResult['error']; version: string };

/**
 * Where the tenant is, read on the run's session under its lock: `found` is what the lock's round
 * trip already read under the lock (tryLockAndRead), so no second look is needed; without it the
 * history is looked up and read here.
 */
export async function currentPosition(
  run: Pick<UnderLock, 'client' | 'location' | 'set' | 'spec'>,
  found?: { relation: boolean; history?: string[] },
): Promise<Position> {
  const applied =
    found?.history ??
    (found?.relation === false
      ? []
      : await readAppliedMigrations(run.client, run.location.schema, run.location.migrationsTable, {
          known: found?.relation === true,
        }));
  try {
    const position = appliedPosition(run.set, applied, `tenant ${run.spec.tenant} on ${run.spec.platform}`);
    return { position, version: versionAt(run.set, position) };
  } catch (error) {
    return { error: asRunError(error), version: applied.at(-1) ?? '0' };
  }
}

/** A failure as a run's result reports it. */
export function asRunError(error: unknown): NonNullable<RunResult['error']> {
  if (error instanceof MigrationFailed) {
    return {
      code: error.code,
      message: error.message,
      ...(error.migration ? { migration: error.migration } : {}),
      ...(error.sqlstate ? { sqlstate: error.sqlstate } : {}),
    };
  }
  if (error instanceof TenantryError) return { code: error.code, message: error.message };
  return { code: 'ERROR', message: errorMessage(error) };
}
