// What the application saw, from the load generator's own records: exact percentiles over every
// operation of a phase (a phase holds thousands of them, so sorting them all costs nothing), and
// how long its queries waited behind a migration, from pg_stat_activity samples. Pure: no I/O.

/** One application operation, as the load generator timed it (epoch ms). */
export interface Op {
  tenant: string;
  /** when the schedule meant it to start: latency counts from here, so a stalled pool shows */
  intendedAt: number;
  /** when the generator got to it (later than intendedAt when its own event loop was held up); absent: intendedAt */
  issuedAt?: number;
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

/** Where a phase's slowest operations (its top 1%, those at or over its p99) came from. */
export interface TailFigures {
  /** the latency the tail starts at (the phase's p99) */
  fromMs: number;
  ops: number;
  /** on the held tenant */
  held: number;
  /** on another tenant whose run was in flight when the operation was due (its locks, its caches invalidated by the DDL) */
  migrating: number;
  /** on a tenant no run touched at the time: the machine's shared cores */
  elsewhere: number;
  /** of the tail: waited more than half of their latency before their query was sent (a busy pool, or the generator's own event loop held up) */
  sentLate: number;
  /** of those: most of the wait was the generator's own (its event loop got to the operation late: this machine's CPUs busy), not the pool's */
  issuedLate: number;
}

/**
 * The tail of `ops` split by what each operation met: the held tenant, a tenant being migrated at
 * the time (`runs`: schema → the interval its run was in flight, epoch ms), or neither.
 */
export function tailOf(ops: readonly Op[], heldSchema: string | undefined, runs: ReadonlyMap<string, { from: number; to: number }>): TailFigures {
  const latency = (o: Op) => o.endedAt - o.intendedAt;
  const fromMs = percentile(ops.map(latency).sort((a, b) => a - b), 99);
  const tail = ops.filter((o) => latency(o) >= fromMs);
  let held = 0;
  let migrating = 0;
  let sentLate = 0;
  let issuedLate = 0;
  for (const o of tail) {
    const run = runs.get(o.tenant);
    if (o.tenant === heldSchema) held += 1;
    else if (run && o.intendedAt <= run.to && o.endedAt >= run.from) migrating += 1;
    if (o.sentAt - o.intendedAt <= latency(o) / 2) continue;
    sentLate += 1;
    if ((o.issuedAt ?? o.intendedAt) - o.intendedAt > (o.sentAt - o.intendedAt) / 2) issuedLate += 1;
  }
  return { fromMs, ops: tail.length, held, migrating, elsewhere: tail.length - held - migrating, sentLate, issuedLate };
}
