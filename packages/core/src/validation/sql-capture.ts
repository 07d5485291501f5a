import type { MigrationBuilder } from 'node-pg-migrate';
import { errorMessage } from '../errors.js';
import type { LoadedMigration } from './module-load.js';

export interface CapturedSql {
  /** the SQL node-pg-migrate would send, one entry per builder step (a step may hold several statements) */
  steps: string[];
  /** false when the migration called `pgm.noTransaction()` */
  usesTransaction: boolean;
}

/** Thrown by the capture database: building this migration's SQL needs a live database. */
export class CaptureNeedsDatabase extends Error {
  constructor() {
    super('the migration queries the database (pgm.db) while building its SQL');
    this.name = 'CaptureNeedsDatabase';
  }
}

const noDatabase = {
  query: () => Promise.reject(new CaptureNeedsDatabase()),
  select: () => Promise.reject(new CaptureNeedsDatabase()),
};

const quietLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * The SQL a migration's `up` produces, without a database: the same MigrationBuilder the runner
 * uses, whose steps are collected instead of executed (what the runner's dry run prints).
 */
export async function captureUpSql(migration: LoadedMigration): Promise<CapturedSql> {
  const { MigrationBuilder } = await import('node-pg-migrate'); // loaded when needed: start-up cost
  const pgm = new MigrationBuilder(noDatabase, migration.shorthands as never, false, quietLogger);
  const action = migration.up as (pgm: MigrationBuilder, done?: () => void) => unknown;
  try {
    if (action.length === 2)
      await new Promise<void>((resolve, reject) => void Promise.resolve(action(pgm, resolve)).catch(reject));
    else await action(pgm);
  } catch (error) {
    if (error instanceof CaptureNeedsDatabase) throw error;
    throw new Error(`up throws while building its SQL: ${errorMessage(error)}`, { cause: error });
  }
  return { steps: [...pgm.getSqlSteps()], usesTransaction: pgm.isUsingTransaction() };
}
