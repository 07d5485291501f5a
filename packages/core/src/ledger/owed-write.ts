import { isUnreachable } from '../db/connect.js';
import { errorMessage, hasCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** The longest pause between two tries of a write owed to the ledger. */
const MAX_PAUSE_MS = 5_000;

/** Whether an error says the control database is out of reach (down, restarting), not that the query is wrong. */
export function unreachableOrGone(error: unknown): boolean {
  if (isUnreachable(error) || hasCode(error, 'SERVICE_UNREACHABLE')) return true;
  const code = (error as { code?: unknown } | null)?.code;
  // the server shutting down, restarting or in recovery (57P01..57P03), a connection failure (08*)
  if (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P'))) return true;
  return /Connection terminated|Client has encountered a connection error|not queryable|the database system is (starting up|shutting down|in recovery mode)/i.test(
    errorMessage(error),
  );
}

/**
 * A ledger write that must happen (a run's result, what follows from it): while the control
 * database cannot be reached it is tried again, with pauses growing to 5 s, for as long as the
 * outage lasts. The job that owes it is not finished before it is written. Other errors are thrown.
 * `stopped` ends the wait (a worker shutting down): the write is then thrown as owed.
 */
export async function owedWrite<T>(
  what: string,
  write: () => Promise<T>,
  options: { logger: Logger; stopped?: () => boolean },
): Promise<T> {
  let pause = 250;
  const since = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      const written = await write();
      if (attempt > 1)
        options.logger.warn({ what, waitedMs: Date.now() - since }, 'control database back: owed ledger write done');
      return written;
    } catch (error) {
      if (!unreachableOrGone(error) || options.stopped?.()) throw error;
      if (attempt === 1 || attempt % 10 === 0)
        options.logger.warn(
          { what, err: errorMessage(error), waitedMs: Date.now() - since },
          'control database unreachable: the ledger write is owed, trying again',
        );
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}
