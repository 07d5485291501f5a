import type { ControlDb } from '../ledger/control-db.js';

/** What a rollout's runs lost to lock timeouts (lock-retry.ts), summed over its runs. */
export interface RolloutLockWaits {
  /** runs that met at least one lock timeout */
  runs: number;
  timeouts: number;
  waitMs: number;
  /** deferrals of runs whose tries all met lock timeouts */
  deferrals: number;
}

export async function rolloutLockWaits(control: ControlDb, rolloutId: string): Promise<RolloutLockWaits> {
  const { rows } = await control.pool.query<RolloutLockWaits>(
    `SELECT count(*) FILTER (WHERE lock_timeouts > 0)::int AS runs, coalesce(sum(lock_timeouts), 0)::int AS timeouts,
            coalesce(sum(lock_wait_ms), 0)::int8::float8 AS "waitMs", coalesce(sum(lock_deferrals), 0)::int AS deferrals
     FROM ${control.table('runs')} WHERE rollout_id = $1`,
    [rolloutId],
  );
  return rows[0] ?? { runs: 0, timeouts: 0, waitMs: 0, deferrals: 0 };
}

/** One line for people, or undefined when no run met a lock timeout. */
export function describeLockWaits(waits: RolloutLockWaits): string | undefined {
  if (waits.timeouts === 0) return undefined;
  const deferred = waits.deferrals > 0 ? `, ${waits.deferrals} deferral(s)` : '';
  return `${waits.runs} run(s) met ${waits.timeouts} lock timeout(s), ${(waits.waitMs / 1000).toFixed(1)} s lost to lock waits${deferred}`;
}
