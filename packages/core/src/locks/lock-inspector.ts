import type { TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import type { ControlDb } from '../ledger/control-db.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { LOCK_NAMESPACE } from './keys.js';
import { sharedLockKey, tenantLockKey } from './tenant-lock.js';
import { workerAliveSql } from '../ledger/worker-registry.js';
import { WORKER_TAG_SQL, workerTagOf } from './session-names.js';

export interface HeldLock {
  platform: string;
  database: string;
  /** the run holding it, when the ledger knows it */
  runId: string | null;
  tenant: string | null;
  /** the worker holding it: its run's, or (a lock taken before its run's claim) the session name's */
  workerId: string | null;
  workerHeartbeatAt: Date | null;
  /** whether the holder's worker has heartbeated within the expiry */
  workerAlive: boolean;
  backendPid: number;
  since: Date | null;
  applicationName: string;
  kind: 'tenant' | 'shared';
  /** its run is past its deadline (platforms.X.runTimeoutMs) by more than the worker's own stop takes */
  overdue: boolean;
}

/** The database each listed lock was found in (kept out of HeldLock: a URL may carry a password). */
const foundAt = new WeakMap<HeldLock, string>();

/** Past a run's deadline, how long its worker has to stop it itself before `locks cleanup` may. */
export const OVERDUE_GRACE_MS = 30_000;

/**
 * Every Tenantry advisory lock held on the platform databases, joined with the ledger's view of
 * who holds it: the run (by backend pid), its worker and that worker's last heartbeat. A lock no
 * run points at (taken, but not yet claimed, when its worker stopped) is traced to its worker by
 * the session's name (see session-names.ts).
 */
export async function listTenantLocks(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  expiryMs: number,
): Promise<HeldLock[]> {
  const locks: HeldLock[] = [];
  const platformsAt = new Map<string, string[]>();
  for (const id of config.platformOrder) {
    // the platform database, and the tenant databases of each of its servers (schema mode)
    const platform = config.platforms[id]!;
    const urls = new Set([
      platform.databaseUrl,
      ...Object.values(platform.servers).flatMap((s) => s.databaseUrl ?? []),
    ]);
    for (const url of urls) {
      const list = platformsAt.get(url);
      if (list) list.push(id);
      else platformsAt.set(url, [id]);
    }
  }
  for (const [url, platforms] of platformsAt) {
    const { rows } = await pools.get(url).query<{
      pid: number;
      classid: number;
      objid: string;
      application_name: string;
      since: Date | null;
      datname: string;
    }>(
      `SELECT l.pid, l.classid::bigint::int AS classid, l.objid::bigint::text AS objid, a.application_name, coalesce(a.xact_start, a.backend_start) AS since, a.datname
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint IN ($1, $2)
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [LOCK_NAMESPACE.tenantRun, LOCK_NAMESPACE.platformShared],
    );
    if (rows.length === 0) continue;
    const { rows: runs } = await control.pool.query<{
      id: string;
      platform: string;
      tenant: string;
      worker_id: string | null;
      backend_pid: number;
      heartbeat_at: Date | null;
      alive: boolean | null;
      running_ms: number | null;
    }>(
      `SELECT r.id, r.platform, r.tenant, r.worker_id, r.backend_pid, w.heartbeat_at, ${workerAliveSql('w', '$3')} AS alive,
              CASE WHEN r.status = 'running' THEN (extract(epoch FROM now() - r.started_at) * 1000)::float8 END AS running_ms
       FROM ${control.table('runs')} r LEFT JOIN ${control.table('workers')} w ON w.id = r.worker_id
       WHERE r.status IN ('running', 'queued') AND r.platform = ANY($1::text[]) AND r.backend_pid = ANY($2::int[])`,
      [platforms, rows.map((r) => r.pid), expiryMs],
    );
    const unclaimed = rows.filter((r) => !runs.some((run) => run.backend_pid === r.pid));
    const holders = await workersByTag(
      control,
      unclaimed.flatMap((r) => workerTagOf(r.application_name) ?? []),
      expiryMs,
    );
    const keys =
      unclaimed.length > 0
        ? await lockKeysOf(control, platforms)
        : new Map<string, { platform: string; tenant: string | null }>();
    for (const row of rows) {
      const kind = Number(row.classid) === LOCK_NAMESPACE.platformShared ? 'shared' : 'tenant';
      const run = runs.find((r) => r.backend_pid === row.pid);
      const tag = run ? undefined : workerTagOf(row.application_name);
      const holder = tag ? holders.get(tag) : undefined;
      const key = run ? undefined : keys.get(`${row.classid}/${toInt32(Number(row.objid))}`);
      const lock: HeldLock = {
        platform: run?.platform ?? key?.platform ?? platforms[0]!,
        database: row.datname,
        runId: run?.id ?? null,
        tenant: run?.tenant ?? key?.tenant ?? null,
        workerId: run?.worker_id ?? holder?.id ?? null,
        workerHeartbeatAt: run?.heartbeat_at ?? holder?.heartbeatAt ?? null,
        workerAlive: run ? run.alive === true : holder?.alive === true,
        backendPid: row.pid,
        since: row.since,
        applicationName: row.application_name,
        kind,
        overdue:
          run?.running_ms != null &&
          run.running_ms > (config.platforms[run.platform]?.runTimeoutMs ?? Infinity) + OVERDUE_GRACE_MS,
      };
      foundAt.set(lock, url);
      locks.push(lock);
    }
  }
  return locks;
}

/** Workers by the tag in their sessions' names; a tag two workers share names neither. */
async function workersByTag(
  control: ControlDb,
  tags: readonly string[],
  expiryMs: number,
): Promise<Map<string, { id: string; heartbeatAt: Date; alive: boolean }>> {
  const found = new Map<string, { id: string; heartbeatAt: Date; alive: boolean }>();
  if (tags.length === 0) return found;
  const { rows } = await control.pool.query<{ tag: string; id: string; heartbeat_at: Date; alive: boolean }>(
    `SELECT ${WORKER_TAG_SQL} AS tag, w.id, w.heartbeat_at, ${workerAliveSql('w', '$2')} AS alive
     FROM ${control.table('workers')} w WHERE ${WORKER_TAG_SQL} = ANY($1::text[])`,
    [[...new Set(tags)], expiryMs],
  );
  for (const row of rows) {
    if (rows.filter((r) => r.tag === row.tag).length === 1)
      found.set(row.tag, { id: row.id, heartbeatAt: row.heartbeat_at, alive: row.alive });
  }
  return found;
}

/**
 * The (namespace/key) of every registered tenant's and every shared lock on these platforms,
 * for locks no run row names: a lock key is a hash, so the tenant is found by hashing them all.
 */
async function lockKeysOf(
  control: ControlDb,
  platforms: readonly string[],
): Promise<Map<string, { platform: string; tenant: string | null }>> {
  const keys = new Map<string, { platform: string; tenant: string | null }>();
  for (const platform of platforms) keys.set(sharedLockKey(platform).join('/'), { platform, tenant: null });
  for (const { platform, tenant } of await new TenantRegistry(control).list(platforms))
    keys.set(tenantLockKey(platform, tenant).join('/'), { platform, tenant });
  return keys;
}

/** pg_locks shows the second int4 of an advisory key as an unsigned oid. */
function toInt32(oid: number): number {
  return oid > 0x7fffffff ? oid - 0x100000000 : oid;
}

/**
 * Frees the locks of dead workers: ends the database session of every lock holder whose worker
 * (its run's, or the one its session is named after) has not heartbeated within the expiry
 * (`pg_terminate_backend`), so its lock is released, its transaction rolled back and its run
 * retried by BullMQ on a live worker. Likewise the session of a run past its deadline by more than
 * OVERDUE_GRACE_MS, whatever its worker (one that could not stop it itself). A lock whose holder
 * the ledger does not know (another tool's session) is never touched.
 */
export async function cleanupExpiredLocks(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  expiryMs: number,
): Promise<{ cleaned: number; locks: HeldLock[] }> {
  const expired = (await listTenantLocks(config, control, pools, expiryMs)).filter(
    (l) => (l.workerId !== null && !l.workerAlive) || l.overdue,
  );
  let cleaned = 0;
  for (const lock of expired) {
    const url = foundAt.get(lock) ?? config.platforms[lock.platform]!.databaseUrl;
    const { rows } = await pools
      .get(url)
      .query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [lock.backendPid]);
    if (rows[0]?.ok) cleaned += 1;
  }
  return { cleaned, locks: expired };
}
