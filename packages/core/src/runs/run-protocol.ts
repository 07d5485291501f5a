import type pg from 'pg';
import { positionOf, readMigrationSet, versionAt } from '../catalog/migration-set.js';
import type { TenantryConfig } from '../config/load.js';
import { getPlatform } from '../config/load.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { MigrationFailed, TenantLockBusy, TenantryError, errorMessage } from '../errors.js';
import { parsePlatformId, parseTenantId } from '../ids.js';
import type { RolloutLedger } from '../ledger/rollout-ledger.js';
import { tryLockTenant, unlockTenant } from '../locks/tenant-lock.js';
import type { Logger } from '../logger.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import { migrateSteps } from '../migrator/tenant-migrator.js';
import { locateTenant } from '../tenants/location.js';
import type { Direction, RunResult } from '../types.js';

/** What a run is asked to do: the job data, once validated. */
export interface RunSpec {
  runId: string;
  rolloutId: string;
  platform: string;
  tenant: string;
  direction: Direction;
  /** target version: a migration name or '0' */
  target: string;
}

export interface RunProgress {
  phase: 'locked' | 'migrating' | 'done';
  step: number;
  steps: number;
  migration?: string;
}

export interface RunContext {
  config: TenantryConfig;
  pools: PoolRegistry;
  ledger: RolloutLedger;
  workerId: string;
  logger: Logger;
  onProgress?: (progress: RunProgress) => void;
}

export type RunOutcome = { kind: 'done'; result: RunResult } | { kind: 'skipped'; reason: string };

/**
 * The run protocol, the same for every run: a dedicated connection → `pg_try_advisory_lock`
 * for (platform, tenant) (busy: TenantLockBusy, the caller defers) → claim the run in the ledger
 * → read the tenant's real version under the lock → node-pg-migrate in one transaction up or
 * down to the target → release the lock → write the result to the ledger.
 *
 * Idempotent: a run delivered twice finds its tenant at the target and does nothing, or finds
 * its ledger row finished and is skipped. Migration failures are returned as data (the tenant is
 * left exactly at its original version); infrastructure failures throw.
 */
export async function executeRun(spec: RunSpec, ctx: RunContext): Promise<RunOutcome> {
  const platform = getPlatform(ctx.config, parsePlatformId(spec.platform));
  const location = locateTenant(platform, parseTenantId(spec.tenant));
  const log = ctx.logger.child({ runId: spec.runId, rolloutId: spec.rolloutId, platform: spec.platform, tenant: spec.tenant });
  const set = readMigrationSet(platform.tenantMigrationsDir);

  const client = await ctx.pools.acquire(location.databaseUrl, {
    applicationName: `tenantry run ${spec.platform}/${spec.tenant}`.slice(0, 63),
    lockTimeoutMs: platform.lockTimeoutMs,
    statementTimeoutMs: platform.statementTimeoutMs,
  });
  let broken = false;
  try {
    if (!(await tryLockTenant(client, spec.platform, spec.tenant))) throw new TenantLockBusy(spec.platform, spec.tenant);
    try {
      const pid = (client as pg.PoolClient & { processID?: number }).processID ?? null;
      if (!(await ctx.ledger.claimRun(spec.runId, ctx.workerId, pid))) {
        await unlockTenant(client, spec.platform, spec.tenant);
        return { kind: 'skipped', reason: 'run is no longer open (finished, cancelled or delivered twice)' };
      }
      const result = await migrateUnderLock(spec, ctx, client, location, set, log);
      await unlockTenant(client, spec.platform, spec.tenant);
      await ctx.ledger.finishRun(result);
      log.info(
        { from: result.from, to: result.to, steps: result.steps.length, status: result.status, noop: result.noop },
        result.status === 'succeeded' ? 'run succeeded' : `run failed: ${result.error?.message ?? ''}`,
      );
      return { kind: 'done', result };
    } catch (error) {
      // the lock dies with the session: a client in an unknown state is destroyed, never reused
      broken = true;
      throw error;
    }
  } catch (error) {
    if (!(error instanceof TenantLockBusy)) broken = true;
    throw error;
  } finally {
    client.release(broken ? true : undefined);
  }
}

async function migrateUnderLock(
  spec: RunSpec,
  ctx: RunContext,
  client: pg.PoolClient,
  location: ReturnType<typeof locateTenant>,
  set: ReturnType<typeof readMigrationSet>,
  log: Logger,
): Promise<RunResult> {
  const base = { runId: spec.runId, platform: spec.platform, tenant: spec.tenant, direction: spec.direction };
  const where = `tenant ${spec.tenant} on ${spec.platform}`;
  const targetPosition = positionOf(set, spec.target);
  const applied = await readAppliedMigrations(client, location.schema, location.migrationsTable);
  let current: number;
  try {
    current = appliedPosition(set, applied, where);
  } catch (error) {
    const from = applied.at(-1) ?? '0';
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error: asRunError(error) };
  }
  const from = versionAt(set, current);
  if (targetPosition === undefined) {
    const error = { code: 'UNKNOWN_TARGET', message: `${spec.target} is not a tenant migration of ${spec.platform}` };
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error };
  }
  const count = spec.direction === 'up' ? targetPosition - current : current - targetPosition;
  if (count <= 0) return { ...base, from, to: from, status: 'succeeded', noop: true, steps: [] };

  ctx.onProgress?.({ phase: 'locked', step: 0, steps: count });
  try {
    const steps = await migrateSteps({
      client,
      location,
      set,
      direction: spec.direction,
      count,
      logger: log,
      onStep: (index, migration) => ctx.onProgress?.({ phase: 'migrating', step: index + 1, steps: count, migration }),
    });
    const after = appliedPosition(set, await readAppliedMigrations(client, location.schema, location.migrationsTable), where);
    ctx.onProgress?.({ phase: 'done', step: count, steps: count });
    return { ...base, from, to: versionAt(set, after), status: 'succeeded', noop: false, steps };
  } catch (error) {
    if (!(error instanceof MigrationFailed)) throw error;
    // the transaction rolled back: the tenant is where it was
    return { ...base, from, to: from, status: 'failed', noop: false, steps: [], error: asRunError(error) };
  }
}

function asRunError(error: unknown): NonNullable<RunResult['error']> {
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
