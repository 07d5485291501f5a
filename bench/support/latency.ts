// What the application saw, from the load generator's own records: exact percentiles over every
// operation of a phase (a phase holds thousands of them, so sorting them all costs nothing), and
// how long its queries waited behind a migration, from pg_stat_activity samples. Pure: no I/O.

/** One application operation, as the load generator timed it (epoch ms). */
export interface Op {
  tenant: string;
  /** when the schedule meant it to start: latency counts from here, so a stalled pool shows */
  intendedAt: number;
  /** when it got a connection and its query was sent */
  sentAt: number;
  endedAt: number;
  /** SQLSTATE, or the error's name, when it failed */
  error?: string;
}

export interface LatencySummary {
  ops: number;
  /** completed operations per second of the phase */
  opsPerSecond: number;
  errors: number;
  errorsByCode: Record<string, number>;
  /** intended start → end: what a user of the application waits (queueing for a connection included) */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** sent → end: the longest a query took on its connection */
  maxQueryMs: number;
}

/** The nearest-rank percentile (`p` in 0..100) of ascending values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A phase's operations summed up; `durationMs` is the phase's length, for the rate. */
export function summarize(ops: readonly Op[], durationMs: number): LatencySummary {
  const latencies = ops.map((o) => o.endedAt - o.intendedAt).sort((a, b) => a - b);
  const errorsByCode: Record<string, number> = {};
  for (const o of ops) if (o.error !== undefined) errorsByCode[o.error] = (errorsByCode[o.error] ?? 0) + 1;
  return {
    ops: ops.length,
    opsPerSecond: durationMs > 0 ? ops.length / (durationMs / 1000) : Number.NaN,
    errors: Object.values(errorsByCode).reduce((a, b) => a + b, 0),
    errorsByCode,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    maxQueryMs: ops.reduce((m, o) => Math.max(m, o.endedAt - o.sentAt), ops.length > 0 ? 0 : Number.NaN),
  };
}

/** One session seen waiting on a lock, in one pg_stat_activity sample (server clock, epoch ms). */
export interface LockWaitSample {
  at: number;
  pid: number;
  /** its current query's start: with the pid, names the query */
  queryStart: number;
  /** a migration's session is among pg_blocking_pids (holding the lock, or queued ahead for it) */
  behindMigration: boolean;
}

export interface BlockedFigures {
  /** distinct queries seen waiting behind a migration */
  queries: number;
  /** the longest such wait: its query's start → the last sample that saw it waiting */
  maxMs: number;
}

/**
 * The application's queries seen blocked behind a migration. A wait is counted from its query's
 * start (these queries take milliseconds when not blocked) to the last sample that saw it waiting,
 * so it is short of the truth by at most one sampling interval.
 */
export function blockedBehindMigration(samples: readonly LockWaitSample[]): BlockedFigures {
  const waits = new Map<string, number>();
  for (const s of samples) {
    if (!s.behindMigration) continue;
    const key = `${s.pid}@${s.queryStart}`;
    waits.set(key, Math.max(waits.get(key) ?? 0, s.at - s.queryStart));
  }
  return { queries: waits.size, maxMs: waits.size > 0 ? Math.max(...waits.values()) : 0 };
}
