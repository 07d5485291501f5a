/** A connection that runs one query at a time on one session (a pg.Client, a PoolClient, PGlite). */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
