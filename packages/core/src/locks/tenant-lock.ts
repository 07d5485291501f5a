import type pg from 'pg';
import { tryLockKey, unlockKey } from './advisory.js';
import { LOCK_NAMESPACE, lockKey } from './keys.js';

/**
 * The per-tenant run lock: a session advisory lock on the run's own connection, taken with
 * `pg_try_advisory_lock` and never waited on (waiting in `pg_advisory_lock` can deadlock with
 * `CREATE INDEX CONCURRENTLY`, which waits for every other transaction). A busy tenant is
 * deferred by the caller. The lock lives exactly as long as the session: a vanished worker's
 * lock is freed when the server drops its connection.
 */
export function tenantLockKey(platform: string, tenant: string): [number, number] {
  return [LOCK_NAMESPACE.tenantRun, lockKey(platform, tenant)];
}

/** The lock of a platform's shared-migration runs: one at a time per platform. */
export function sharedLockKey(platform: string): [number, number] {
  return [LOCK_NAMESPACE.platformShared, lockKey(platform)];
}

export async function tryLockTenant(client: pg.ClientBase, platform: string, tenant: string): Promise<boolean> {
  return tryLockKey(client, tenantLockKey(platform, tenant), { named: true });
}

export async function unlockTenant(client: pg.ClientBase, platform: string, tenant: string): Promise<boolean> {
  return unlockKey(client, tenantLockKey(platform, tenant), { named: true });
}
