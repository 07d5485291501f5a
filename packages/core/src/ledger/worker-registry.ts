import type { ControlDb } from './control-db.js';

export interface WorkerInfo {
  id: string;
  host: string;
  pid: number;
  concurrency: number;
  startedAt: Date;
  heartbeatAt: Date;
}

/**
 * How long a worker may be silent and still count as alive: six missed heartbeats, never under
 * 3 s. The one liveness rule: the reconciler, lock cleanup, the invariants, `--wait` and the
 * dashboard all pass it to `workerAliveSql` or `WorkerRegistry.alive`.
 */
export function workerExpiryMs(heartbeatMs: number): number {
  return Math.max(heartbeatMs * 6, 3_000);
}

/**
 * Whether the workers row aliased `w` is alive: not stopped, and heartbeated within the expiry
 * (milliseconds, in the query parameter `expiry`, e.g. '$1'; see `workerExpiryMs`).
 */
export function workerAliveSql(w: string, expiry: string): string {
  return `(${w}.stopped_at IS NULL AND ${w}.heartbeat_at > now() - make_interval(secs => ${expiry}::double precision / 1000))`;
}

/** Live workers announce themselves and heartbeat here; a stale heartbeat means a dead worker. */
export class WorkerRegistry {
  constructor(private readonly db: ControlDb) {}

  async register(worker: { id: string; host: string; pid: number; concurrency: number }): Promise<void> {
    await this.db.pool.query(
      `INSERT INTO ${this.db.table('workers')} (id, host, pid, concurrency) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), stopped_at = NULL`,
      [worker.id, worker.host, worker.pid, worker.concurrency],
    );
  }

  async heartbeat(id: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.db.table('workers')} SET heartbeat_at = now() WHERE id = $1`, [id]);
  }

  async stopped(id: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.db.table('workers')} SET stopped_at = now() WHERE id = $1`, [id]);
  }

  /** Workers whose heartbeat is younger than `withinMs`. */
  async alive(withinMs: number): Promise<WorkerInfo[]> {
    const { rows } = await this.db.pool.query<{
      id: string;
      host: string;
      pid: number;
      concurrency: number;
      started_at: Date;
      heartbeat_at: Date;
    }>(
      `SELECT id, host, pid, concurrency, started_at, heartbeat_at FROM ${this.db.table('workers')} w
       WHERE ${workerAliveSql('w', '$1')}
       ORDER BY started_at`,
      [withinMs],
    );
    return rows.map((r) => ({
      id: r.id,
      host: r.host,
      pid: r.pid,
      concurrency: r.concurrency,
      startedAt: r.started_at,
      heartbeatAt: r.heartbeat_at,
    }));
  }
}
