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
 * most platforms × (buckets + 1) rows however many observations there are. Cumulated here.
 */
export async function histogramByPlatform(
  pool: pg.Pool,
  source: string,
  buckets: readonly number[],
): Promise<Map<string, HistogramData>> {
  const { rows } = await pool.query<{ platform: string; i: number | null; n: number; s: number }>(
    `SELECT o.platform, b.i, count(*)::int AS n, coalesce(sum(o.v), 0)::float8 AS s
     FROM (${source}) o
     CROSS JOIN LATERAL (SELECT min(u.i)::int AS i FROM unnest($1::float8[]) WITH ORDINALITY u(le, i) WHERE o.v <= u.le) b
     WHERE o.v IS NOT NULL
     GROUP BY o.platform, b.i`,
    [buckets],
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
