import type pg from 'pg';

/** A histogram's state for one label set, as Prometheus wants it: cumulative counts per `le`. */
export interface HistogramData {
  /** cumulative count of observations <= buckets[i] */
  cumulative: number[];
  count: number;
  sum: number;
}

/**
 * Buckets observations in SQL: each row of `source` (a trusted SELECT yielding `platform` and a
 * number `v`) is counted under the first bound it does not exceed, so the database returns at
 * most platforms × (buckets + 1) rows however many observations there are. Cumulated here. The
 * bucket is a CASE over the bounds (one pass, no per-row subquery: 100,000 runs in tens of ms).
 */
export async function histogramByPlatform(
  pool: pg.Pool,
  source: string,
  buckets: readonly number[],
): Promise<Map<string, HistogramData>> {
  // the bounds are the code's own constants, written as literals (a finite number prints as one)
  if (!buckets.every(Number.isFinite)) throw new Error('histogram bounds must be finite numbers');
  const bucketOf = `CASE ${buckets.map((le, i) => `WHEN o.v <= ${String(le)}::float8 THEN ${i + 1}`).join(' ')} END`;
  const { rows } = await pool.query<{ platform: string; i: number | null; n: number; s: number }>(
    `SELECT o.platform, ${bucketOf} AS i, count(*)::int AS n, coalesce(sum(o.v), 0)::float8 AS s
     FROM (${source}) o
     WHERE o.v IS NOT NULL
     GROUP BY 1, 2`,
  );
  const result = new Map<string, HistogramData>();
  for (const row of rows) {
    let data = result.get(row.platform);
    if (!data) {
      data = { cumulative: buckets.map(() => 0), count: 0, sum: 0 };
      result.set(row.platform, data);
    }
    data.count += row.n;
    data.sum += row.s;
    // a row in bucket i (1-based) counts in every bucket from i up; null: above every bound (+Inf only)
    if (row.i !== null) for (let k = row.i - 1; k < buckets.length; k++) data.cumulative[k]! += row.n;
  }
  return result;
}
