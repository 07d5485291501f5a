import { writeSync } from 'node:fs';
import { InvalidInput } from '../errors.js';

/**
 * Named fault points of the run protocol: a test hook for the chaos suite. A worker started
 * with TENANTRY_FAULT=<point> (read once, at start-up, by the worker app) SIGKILLs its own
 * process the first time a run reaches that point. Unset, each point is one comparison.
 *
 * - after-lock: the tenant lock is held and the run claimed in the ledger, nothing done yet
 * - during-backup: pg_dump has written the dump, the backup is not recorded yet
 * - between-migrations: a migration applied in the run's transaction, the next one starting
 * - after-commit: the migrations committed, the lock still held, the ledger not written yet
 * - during-compensation: a compensating run holds its tenant's lock and is about to move it back
 */
export const FAULT_POINTS = ['after-lock', 'during-backup', 'between-migrations', 'after-commit', 'during-compensation'] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

let armed: FaultPoint | undefined;

/** Arms one fault point for this process (undefined or '' disarms). Unknown names are bad input. */
export function armFaultPoint(name: string | undefined): void {
  if (name === undefined || name === '') {
    armed = undefined;
    return;
  }
  if (!(FAULT_POINTS as readonly string[]).includes(name)) {
    throw new InvalidInput(`TENANTRY_FAULT must be one of ${FAULT_POINTS.join(', ')}`);
  }
  armed = name as FaultPoint;
}

export function faultArmed(point: FaultPoint): boolean {
  return armed === point;
}

/** Kills this process with SIGKILL when `point` is armed (and `when` holds). */
export function crashAt(point: FaultPoint, when = true): void {
  if (armed !== point || !when) return;
  // synchronous, so the line is out before the process is gone
  writeSync(2, `tenantry: fault point ${point}: SIGKILL (TENANTRY_FAULT test hook)\n`);
  process.kill(process.pid, 'SIGKILL');
}

/** Like crashAt, with a condition that is only evaluated when the point is armed. */
export async function crashIf(point: FaultPoint, condition: () => Promise<boolean>): Promise<void> {
  if (armed !== point) return;
  crashAt(point, await condition());
}
