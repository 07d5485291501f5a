import type { TenantryConfig } from '../config/load.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { ControlDb } from '../ledger/control-db.js';
import { LOCK_NAMESPACE } from './keys.js';

export interface HeldLock {
  platform: string;
  database: string;
  /** the run holding it, when the ledger knows it */
  runId: string | null;
  tenant: string | null;
  workerId: string | null;
  workerHeartbeatAt: Date | null;
  /** whether the holder's worker has heartbeated within the expiry */
  workerAlive: boolean;
  backendPid: number;
  since: Date | null;
  applicationName: string;
  kind: 'tenant' | 'shared';
}

/**
 * Every Tenantry advisory lock held on the platform databases, joined with the ledger's view of
 * who holds it: the run (by backend pid), its worker and that worker's last heartbeat.
 */
export async function listTenantLocks(config: TenantryConfig, control: ControlDb, pools: PoolRegistry, expiryMs: number): Promise<HeldLock[]> {
  const locks: HeldLock[] = [];
  const urls = new Map<string, string>();
  for (const id of config.platformOrder) urls.set(config.platforms[id]!.databaseUrl, id);
  for (const [url, platform] of urls) {
    const { rows } = await pools.get(url).query<{ pid: number; classid: number; application_name: string; since: Date | null; datname: string }>(
      `SELECT l.pid, l.classid::bigint::int AS classid, a.application_name, coalesce(a.xact_start, a.backend_start) AS since, a.datname
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint IN ($1, $2)
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [LOCK_NAMESPACE.tenantRun, LOCK_NAMESPACE.platformShared],
    );
    if (rows.length === 0) continue;
    const { rows: runs } = await control.pool.query<{ id: string; tenant: string; worker_id: string | null; backend_pid: number; heartbeat_at: Date | null; alive: boolean | null }>(
      `SELECT r.id, r.tenant, r.worker_id, r.backend_pid, w.heartbeat_at,
              (w.stopped_at IS NULL AND w.heartbeat_at > now() - make_interval(secs => $3::double precision / 1000)) AS alive
       FROM ${control.table('runs')} r LEFT JOIN ${control.table('workers')} w ON w.id = r.worker_id
       WHERE r.status IN ('running', 'queued') AND r.platform = $1 AND r.backend_pid = ANY($2::int[])`,
      [platform, rows.map((r) => r.pid), expiryMs],
    );
    for (const row of rows) {
      const run = runs.find((r) => r.backend_pid === row.pid);
      locks.push({
        platform,
        database: row.datname,
        runId: run?.id ?? null,
        tenant: run?.tenant ?? null,
        workerId: run?.worker_id ?? null,
        workerHeartbeatAt: run?.heartbeat_at ?? null,
        workerAlive: run?.alive === true,
        backendPid: row.pid,
        since: row.since,
        applicationName: row.application_name,
        kind: Number(row.classid) === LOCK_NAMESPACE.platformShared ? 'shared' : 'tenant',
      });
    }
  }
  return locks;
}

/**
 * Frees the locks of dead workers: ends the database session of every lock holder whose run's
 * worker has not heartbeated within the expiry (`pg_terminate_backend`), so its lock is released,
 * its transaction rolled back and its run retried by BullMQ on a live worker. A lock whose worker
 * is alive, or whose holder the ledger does not know, is never touched.
 */
export async function cleanupExpiredLocks(config: TenantryConfig, control: ControlDb, pools: PoolRegistry, expiryMs: number): Promise<{ cleaned: number; locks: HeldLock[] }> {
  const expired = (await listTenantLocks(config, control, pools, expiryMs)).filter((l) => l.runId !== null && l.workerId !== null && !l.workerAlive);
  let cleaned = 0;
  for (const lock of expired) {
    const url = config.platforms[lock.platform]!.databaseUrl;
    const { rows } = await pools.get(url).query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [lock.backendPid]);
    if (rows[0]?.ok) cleaned += 1;
  }
  return { cleaned, locks: expired };
}
