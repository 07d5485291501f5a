import type pg from 'pg';
import { runner } from 'node-pg-migrate';
import type { MigrationSet } from '../catalog/migration-set.js';
import { isUnreachable } from '../db/connect.js';
import { MigrationFailed, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TenantLocation } from '../tenants/location.js';
import type { Direction, StepResult } from '../types.js';
import { migrationLoaderStrategies } from './loader.js';

export interface MigrateStepsOptions {
  client: pg.ClientBase;
  location: TenantLocation;
  set: MigrationSet;
  direction: Direction;
  /** how many migrations to apply (up) or revert (down) */
  count: number;
  logger: Logger;
  /** called as each migration starts */
  onStep?: (index: number, migration: string) => void;
}

/**
 * Errors worth retrying on another attempt: the connection or server went away, or the
 * migration lost a lock race (lock_timeout, deadlock, serialization). Anything else is the
 * migration's own fault and fails the run for good.
 */
export function isTransient(error: unknown): boolean {
  if (isUnreachable(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return /Connection terminated|Client has encountered a connection error|not queryable/i.test(errorMessage(error));
  return code.startsWith('08') || code.startsWith('57P') || ['55P03', '40P01', '40001', '53300', 'EPIPE'].includes(code);
}

const STEP_LINE = /^### MIGRATION (\S+) \((UP|DOWN)\) ###$/;

/**
 * Applies `count` migrations to one tenant with node-pg-migrate's runner on the caller's
 * connection (which holds the tenant lock), all in one transaction: on failure the tenant is
 * exactly where it was. Options fixed by design: `singleTransaction` (explicit, whatever the
 * default), `noLock` (its one global lock would serialise every tenant of a database; our
 * per-tenant lock is held), `checkOrder`. The schema was validated by `tenantSchemaName`.
 */
export async function migrateSteps(options: MigrateStepsOptions): Promise<StepResult[]> {
  const { location, set, direction, count } = options;
  const steps: StepResult[] = [];
  const planned: string[] = [];
  let current: StepResult | undefined;
  const log = options.logger;
  const runnerLogger = {
    debug: () => {},
    info: (message: string) => {
      const match = STEP_LINE.exec(message);
      if (message.startsWith('> - ')) planned.push(message.slice(4));
      if (!match) return;
      if (current) current.status = 'applied';
      const migration = match[1]!;
      const checksum = set.migrations.find((m) => m.name === migration)?.checksum;
      current = { migration, direction, status: 'pending', ...(checksum ? { checksum } : {}) };
      steps.push(current);
      options.onStep?.(steps.length - 1, migration);
    },
    warn: (message: string) => log.warn({ schema: location.schema }, message),
    error: (message: string) => log.debug({ schema: location.schema }, message),
  };
  try {
    await runner({
      dbClient: options.client,
      dir: set.dir,
      schema: location.schema,
      migrationsTable: location.migrationsTable,
      direction,
      count,
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      migrationLoaderStrategies,
      logger: runnerLogger,
    });
  } catch (error) {
    if (isTransient(error)) throw error;
    const code = (error as { code?: unknown }).code;
    const sqlstate = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    // node-pg-migrate announces a step after building its SQL and before running it: an SQL error
    // belongs to the last announced step, an error while building to the next planned one
    const failed = sqlstate || !planned[steps.length] ? current?.migration : planned[steps.length];
    for (const step of steps) step.status = 'pending';
    if (failed) {
      const step = steps.find((s) => s.migration === failed);
      if (step) step.status = 'failed';
      else steps.push({ migration: failed, direction, status: 'failed' });
    }
    throw new MigrationFailed(location.platform, location.tenant, failed, sqlstate, errorMessage(error), { cause: error });
  }
  if (current) current.status = 'applied';
  return steps;
}
