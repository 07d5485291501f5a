import type { MigrationSet } from '../catalog/migration-set.js';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import type { TenantId } from '../ids.js';
import { locateTenant } from '../tenants/location.js';
import type { Queryable } from './fingerprint.js';
import type { ReferenceCache } from './reference.js';
import { verifyTenants, type TenantVerification } from './verify-tenants.js';

/** A session borrowed from a pool: used by one caller at a time, then released. */
export interface ClientLease {
  client: Queryable;
  release(): void;
}

export interface VerifyPlatformOptions {
  platform: Readonly<TenantryPlatform>;
  set: MigrationSet;
  /** each with the server it is recorded on */
  tenants: ReadonlyArray<{ tenant: TenantId; serverId: string }>;
  references: ReferenceCache;
  /** a session on a database (the pool must allow `parallelism` + 1 at once) */
  acquire: (databaseUrl: string) => Promise<ClientLease>;
  /** batches verified at once, each on its own session (default 3) */
  parallelism?: number;
  /** tenants per batch (default 250) */
  batchSize?: number;
  /** receives each batch's histories as read, by tenant (see verifyTenants) */
  onHistories?: (histories: ReadonlyMap<string, readonly string[]>) => void;
}

/**
 * Verifies every tenant of a platform: tenants grouped by database, cut into batches, batches
 * verified `parallelism` at a time on sessions of their own (the catalog reads are CPU work in
 * the server, which has more than one core), references built on one more session of the
 * platform database that nothing else uses meanwhile. Results keep the order of `tenants`.
 */
export async function verifyPlatform(options: VerifyPlatformOptions): Promise<TenantVerification[]> {
  const { platform, set, references } = options;
  const batchSize = options.batchSize ?? 250;
  const byUrl = new Map<string, { serverId: string; tenants: TenantId[] }>();
  for (const { tenant, serverId } of options.tenants) {
    const url = locateTenant(platform, tenant, serverId).databaseUrl;
    const group = byUrl.get(url);
    if (group) group.tenants.push(tenant);
    else byUrl.set(url, { serverId, tenants: [tenant] });
  }
  const batches: Array<{ url: string; serverId: string; tenants: TenantId[] }> = [];
  for (const [url, { serverId, tenants }] of byUrl) {
    for (let i = 0; i < tenants.length; i += batchSize)
      batches.push({ url, serverId, tenants: tenants.slice(i, i + batchSize) });
  }
  if (batches.length === 0) return [];

  const referenceLease = await options.acquire(platform.databaseUrl);
  const results = new Array<TenantVerification[]>(batches.length);
  let next = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && next < batches.length) {
      const index = next++;
      const batch = batches[index]!;
      const lease = await options.acquire(batch.url);
      try {
        results[index] = await verifyTenants({
          client: lease.client,
          referenceClient: referenceLease.client,
          platform,
          set,
          tenants: batch.tenants,
          serverId: batch.serverId,
          references,
          ...(options.onHistories ? { onHistories: options.onHistories } : {}),
        });
      } catch (error) {
        stop = true;
        throw error;
      } finally {
        lease.release();
      }
    }
  };
  // every batch settles before the reference session is released, even when one fails
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(options.parallelism ?? 3, batches.length) }, worker),
  );
  referenceLease.release();
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return results.flat();
}
