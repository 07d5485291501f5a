import { setTimeout as sleep } from 'node:timers/promises';
import type { LockRetryConfig } from '../config/schema.js';
import { LockRetriesExhausted, errorMessage } from '../errors.js';
import type { LockWaits } from '../types.js';
import type { Logger } from '../logger.js';

/** SQLSTATE lock_not_available: a lock_timeout ran out (or a NOWAIT found the lock taken). */
export const LOCK_NOT_AVAILABLE = '55P03';
/** SQLSTATE deadlock_detected: PostgreSQL broke a cycle of lock waits by failing this transaction. */
export const DEADLOCK_DETECTED = '40P01';

const LOCK_CONFLICTS: readonly unknown[] = [LOCK_NOT_AVAILABLE, DEADLOCK_DETECTED];

/**
 * Whether a failure is a lock conflict that a later try may not meet: a lock timeout, or a
 * deadlock (the transaction PostgreSQL chose to fail is rolled back whole, so it can be sent
 * again as it was); its own SQLSTATE, or that of the error it wraps.
 */
export function isLockConflict(error: unknown): boolean {
  if (error instanceof LockRetriesExhausted) return false; // given up on already: not to be tried again
  return LOCK_CONFLICTS.includes(conflictCode(error));
}

/** The SQLSTATE of a lock conflict, its own or that of the error it wraps (otherwise the wrapped one's, whatever it is). */
function conflictCode(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return LOCK_CONFLICTS.includes(code) ? code : (error as { cause?: { code?: unknown } } | null)?.cause?.code;
}

/**
 * The pause before try `retry + 1` (`retry` ≥ 1), with full jitter: a random pause between zero
 * and base·2^(retry-1), capped at maxDelayMs. Random, so that runs that met the same lock do not
 * come back together; growing, so that a lock held for long is asked for less and less often.
 */
export function backoffDelay(
  policy: Pick<LockRetryConfig, 'baseDelayMs' | 'maxDelayMs'>,
  retry: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30));
  return Math.round(random() * ceiling);
}

/**
 * DDL that yields to traffic. A migration waiting for a lock queues every application query on
 * its table behind it (PostgreSQL grants locks in order), so each transaction of a run asks for
 * its locks with a short lock_timeout; when one runs out, the transaction is rolled back (the
 * queued queries go through), and tried again after a pause, while the tenant's advisory lock
 * stays held. A statement that runs CONCURRENTLY is the exception: it waits under the session's
 * own lock_timeout, since none of its waits queue an application query (tenant-migrator.ts), and
 * is still tried again the same way. After `attempts` tries the run gives up with
 * LockRetriesExhausted (the caller defers it). A deadlock is tried again the same way (PostgreSQL rolled the transaction back
 * whole). One per run: it counts what the run lost to lock conflicts, for the ledger (a deadlock
 * counts among its timeouts).
 */
export class LockRetry {
  readonly waits: LockWaits = { timeouts: 0, waitMs: 0 };

  /** For a run's result: what it lost to lock conflicts, when it met any (nothing otherwise). */
  get resultNote(): { lockWaits?: LockWaits } {
    return this.waits.timeouts > 0 ? { lockWaits: { ...this.waits } } : {};
  }

  constructor(
    readonly policy: Readonly<LockRetryConfig>,
    private readonly options: {
      signal?: AbortSignal;
      log?: Logger;
      random?: () => number;
      /** clears what a statement outside a transaction may leave when it times out (an invalid index of CREATE INDEX CONCURRENTLY) */
      leftBehind?: () => Promise<unknown>;
    } = {},
  ) {}

  /** Before a statement outside a transaction is tried again: what its timed-out try left is cleared. */
  async clearLeftBehind(): Promise<void> {
    await this.options.leftBehind?.();
  }

  /** The session setting the run's statements take their locks under ('' when the session's own applies). */
  get settingSql(): string {
    return this.policy.lockTimeoutMs === null ? '' : `SET lock_timeout = ${this.policy.lockTimeoutMs};`;
  }

  /** The same, for one transaction only (sent after its BEGIN): the session's own comes back at its end. */
  get localSettingSql(): string {
    return this.policy.lockTimeoutMs === null ? '' : `SET LOCAL lock_timeout = ${this.policy.lockTimeoutMs};`;
  }

  /**
   * Runs `attempt` (a transaction, or one statement outside any) until it does not fail on a lock
   * timeout; `recover` puts the session back where the attempt began (a ROLLBACK) before a pause.
   * `lockTimeoutMs` is the one the attempt waits under, for the message (null: the session's own).
   */
  async run<T>(
    attempt: (tries: number) => Promise<T>,
    recover: () => Promise<unknown>,
    lockTimeoutMs: number | null = this.policy.lockTimeoutMs,
  ): Promise<T> {
    const { attempts } = this.policy;
    for (let tries = 1; ; tries += 1) {
      const started = performance.now();
      try {
        return await attempt(tries);
      } catch (error) {
        if (!isLockConflict(error)) throw error;
        this.waits.timeouts += 1;
        await recover();
        if (tries >= attempts) {
          this.waits.waitMs += Math.round(performance.now() - started);
          throw new LockRetriesExhausted(
            { ...this.waits },
            `lock not available after ${tries} tr${tries === 1 ? 'y' : 'ies'} (${lockTimeoutMs === null ? "the session's lock_timeout" : `lock_timeout ${lockTimeoutMs} ms`}, ${this.waits.waitMs} ms lost to lock waits): ${errorMessage((error as { cause?: unknown }).cause ?? error)}`,
            { cause: error },
          );
        }
        const pause = backoffDelay(this.policy, tries, this.options.random);
        this.options.log?.info(
          { tries, pause, sqlstate: conflictCode(error) },
          conflictCode(error) === DEADLOCK_DETECTED
            ? 'a deadlock failed the transaction: rolled back, trying again'
            : 'a lock was not available in time: rolled back, trying again',
        );
        await sleep(pause, undefined, this.options.signal ? { signal: this.options.signal } : {});
        this.waits.waitMs += Math.round(performance.now() - started);
      }
    }
  }
}
