import type pg from 'pg';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { connectClient } from '../db/connect.js';
import { releaseSession } from '../db/session-state.js';
import { TenantLockBusy } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import type { ServerPermit } from '../governor/governor.js';
import { HeldLock, tryLockAndRead, type LockProbe } from '../locks/advisory.js';
import { acquireBudgetSlot, type BudgetSlot } from '../locks/connection-budget.js';
import type { AdvisoryKey } from '../locks/keys.js';
import { runSessionName } from '../locks/session-names.js';
import type { Logger } from '../logger.js';
import { phase } from '../tracing/spans.js';
import type { TenantLocation } from '../tenants/location.js';
import type { RunGuard } from './run-guard.js';
import type { SessionSlots } from './session-slots.js';

export interface TenantSessionOptions {
  pools: PoolRegistry;
  /** for connection budgets (platforms.X.maxConnections) */
  control?: ControlDb;
  /** the per-server budget (governor/): a permit of the run's server is held for the whole run */
  governor?: { admit(databaseUrl: string): Promise<ServerPermit> };
  workerId: string;
  platformId: string;
  platform: Readonly<TenantryPlatform>;
  tenant: string;
  location: TenantLocation;
  /** the run's lock: the tenant's, or the platform's shared lock */
  key: AdvisoryKey;
  /** stops the run: what it cancels, then ends, is this session */
  guard: RunGuard;
  log: Logger;
  /** what the lock's round trip also reads, under the lock */
  probe: LockProbe;
  /** the worker's session slots (session-slots.ts): a slot is held exactly while the session is */
  sessions?: SessionSlots;
}

/** How long a run waits for one of its worker's sessions before it goes back to the queue. */
export const SESSION_WAIT_MS = 2_000;

/** A run's session with its lock held, as `work` receives it. */
export interface TenantSession {
  client: pg.PoolClient;
  /** the session's backend pid, for the ledger (who holds which lock) */
  pid: number | null;
  lock: HeldLock;
  /** what the lock's round trip found, read under the lock (tryLockAndRead): the history when it was read there */
  found: { relation: boolean; schema: boolean; history?: string[] };
}

/**
 * A run's hold on its tenant, start to end: a permit of its server's budget (governor/), a slot
 * of the platform's connection budget (when it has one), a connection, the lock tried (busy: TenantLockBusy, the caller defers), the work, the
 * lock released. The session goes back to its pool afterwards, or is closed instead when it may
 * not serve another run: the work failed (a client in an unknown state), a migration left state in
 * it (session-state.ts), or it was a budgeted connection, the run's own.
 */
export async function withTenantSession<T>(
  options: TenantSessionOptions,
  work: (session: TenantSession) => Promise<T>,
): Promise<T> {
  const { platform, location, log } = options;
  // over its server's budget, the run is deferred before it takes anything (ServerBudgetBusy)
  const permit = await options.governor?.admit(location.databaseUrl);
  let own: (() => void) | undefined;
  try {
    own = await options.sessions?.acquire({ waitMs: SESSION_WAIT_MS, signal: options.guard.signal });
  } catch (error) {
    permit?.release();
    throw error;
  }
  let slot: BudgetSlot | undefined;
  let client: pg.PoolClient;
  try {
    slot =
      platform.maxConnections && options.control
        ? await acquireBudgetSlot(options.control, options.platformId, platform.maxConnections)
        : undefined;
    client = await options.pools.acquire(location.databaseUrl, {
      // pooled: a session serves many tenants' runs in turn, so it is named after its worker (the
      // ledger's backend_pid says which run holds which session, once the run is claimed)
      applicationName: runSessionName(options.workerId),
      lockTimeoutMs: platform.lockTimeoutMs,
      statementTimeoutMs: platform.statementTimeoutMs,
    });
  } catch (error) {
    await slot?.release();
    own?.();
    permit?.release();
    throw error;
  }
  let closeAfter = slot !== undefined;
  const pid = (client as pg.PoolClient & { processID?: number }).processID ?? null;
  if (pid !== null) {
    // a stop is sent on a short session of its own, outside the server's slots: it must not wait
    // behind the runs it stops (a stop is rare; the session ends as soon as it has been sent)
    const signal = (sql: string) => onOwnSession(location.databaseUrl, (admin) => admin.query(sql, [pid]));
    options.guard.attach({
      cancel: () => signal('SELECT pg_cancel_backend($1)'),
      terminate: () => signal('SELECT pg_terminate_backend($1)'),
    });
  }
  let lock: HeldLock | undefined;
  try {
    const probed = await phase('lock', () => tryLockAndRead(client, options.key, options.probe)); // [trace: lock]
    if (!probed.locked) throw new TenantLockBusy(options.platformId, options.tenant);
    lock = new HeldLock(client, options.key);
    const result = await work({
      client,
      pid,
      lock,
      found: {
        relation: probed.relationFound,
        schema: probed.schemaFound,
        ...(probed.history ? { history: probed.history } : {}),
      },
    });
    await lock.release();
    return result;
  } catch (error) {
    // a busy tenant leaves the session as it was; otherwise the lock dies with the session: a
    // client in an unknown state is destroyed, never reused
    if (lock !== undefined || !(error instanceof TenantLockBusy)) closeAfter = true;
    throw error;
  } finally {
    options.guard.dispose(); // nothing is cancelled on a session that goes back to the pool
    releaseSession(client, closeAfter, log);
    own?.();
    await slot?.release();
    permit?.release();
  }
}

async function onOwnSession<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connectClient(url, { applicationName: 'tenantry stop' });
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
