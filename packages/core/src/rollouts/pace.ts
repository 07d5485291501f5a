import type { ControlDb } from '../ledger/control-db.js';

export interface RolloutPace {
  /** runs that ran to an end (succeeded or failed); cancelled runs never ran and do not count */
  ran: number;
  firstStartedAt: Date | null;
  lastFinishedAt: Date | null;
}

/**
 * What a rollout's speed is measured on: runs that really ran, between the first start and the
 * last end. A paused rollout's pace does not fall while it waits, and cancelling runs adds none.
 */
export async function rolloutPace(control: ControlDb, rolloutId: string): Promise<RolloutPace> {
  const { rows } = await control.pool.query<{ ran: number; first: Date | null; last: Date | null }>(
    `SELECT count(*) FILTER (WHERE status IN ('succeeded', 'failed') AND started_at IS NOT NULL)::int AS ran,
            min(started_at) AS first,
            max(finished_at) FILTER (WHERE status IN ('succeeded', 'failed')) AS last
     FROM ${control.table('runs')} WHERE rollout_id = $1`,
    [rolloutId],
  );
  const row = rows[0];
  return { ran: row?.ran ?? 0, firstStartedAt: row?.first ?? null, lastFinishedAt: row?.last ?? null };
}

/** Runs per second, or undefined when nothing ran yet. `now` ends the window of a running rollout. */
export function paceRate(pace: RolloutPace, running: boolean, now = new Date()): number | undefined {
  if (pace.ran === 0 || !pace.firstStartedAt) return undefined;
  const end = running ? now : (pace.lastFinishedAt ?? now);
  const seconds = (end.getTime() - pace.firstStartedAt.getTime()) / 1000;
  return seconds > 0 ? pace.ran / seconds : undefined;
}
