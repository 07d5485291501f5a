import { writeSync } from 'node:fs';
import { InvalidInput } from '../errors.js';
import type { RunHooks } from './run-hooks.js';

/**
 * The chaos suite's fault points: hooks (run-hooks.ts) that SIGKILL their own process the first
 * time a run reaches the named point.
 *
 * - after-lock: the tenant lock is held and the run claimed in the ledger, nothing done yet
 * - during-backup: pg_dump has written the dump, the backup is not recorded yet
 * - between-migrations: a migration applied in the run's transaction, the next one starting
 * - after-commit: the migrations committed, the lock still held, the ledger not written yet
 * - during-compensation: a compensating run holds its tenant's lock and is about to move it back
 * @internal
 */
export const FAULT_POINTS = [
  'after-lock',
  'during-backup',
  'between-migrations',
  'after-commit',
  'during-compensation',
] as const;
/** @internal */
export type FaultPoint = (typeof FAULT_POINTS)[number];

/** Hooks that kill this process at `point` (undefined or '': none). Unknown names are bad input. @internal */
export function crashHooks(point: string | undefined): RunHooks | undefined {
  if (point === undefined || point === '') return undefined;
  if (!(FAULT_POINTS as readonly string[]).includes(point))
    throw new InvalidInput(`TENANTRY_FAULT must be one of ${FAULT_POINTS.join(', ')}`);
  const crash = () => crashAt(point as FaultPoint);
  switch (point as FaultPoint) {
    case 'after-lock':
      return { afterLock: crash };
    case 'during-backup':
      return { duringBackup: crash };
    case 'between-migrations':
      return { betweenMigrations: crash };
    case 'after-commit':
      return { afterCommit: crash };
    case 'during-compensation':
      return { duringCompensation: crash };
  }
}

function crashAt(point: FaultPoint): void {
  // synchronous, so the line is out before the process is gone
  writeSync(2, `tenantry: fault point ${point}: SIGKILL (TENANTRY_FAULT test hook)\n`);
  process.kill(process.pid, 'SIGKILL');
}
