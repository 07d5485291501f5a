import type { RunCounts, RunStatus } from '@tenantry/core';

/** Every run status, checked against core's union: a status added there fails the build here. */
const ALL: Record<RunStatus, true> = {
  waiting: true,
  queued: true,
  running: true,
  succeeded: true,
  failed: true,
  cancelled: true,
};
export const RUN_STATUSES = Object.keys(ALL) as RunStatus[];
/** Statuses of runs with work still to do. */
export const OPEN_STATUSES: readonly RunStatus[] = RUN_STATUSES.filter(
  (s) => s === 'waiting' || s === 'queued' || s === 'running',
);

/** `count(*) FILTER (...) AS <status>` for each status, over a runs table aliased `alias`. */
export function countColumns(alias: string): string {
  return RUN_STATUSES.map((s) => `count(*) FILTER (WHERE ${alias}.status = '${s}')::int AS ${s}`).join(',\n  ');
}

export function countsOf(row: Record<string, unknown>): RunCounts {
  return Object.fromEntries(RUN_STATUSES.map((s) => [s, Number(row[s] ?? 0)])) as RunCounts;
}
