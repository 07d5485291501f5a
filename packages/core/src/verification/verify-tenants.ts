import type { MigrationSet } from '../catalog/migration-set.js';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import type { TenantId } from '../ids.js';
import { existingSchemas } from '../db/existing-schemas.js';
import { locateTenant } from '../tenants/location.js';
import { EMPTY_VERSION } from '../types.js';
import { diffFingerprints, type SchemaDifference } from './diff.js';
import { fingerprintSchemas, type Queryable, type SchemaFingerprint } from './fingerprint.js';
import { digestSchemas } from './schema-digest.js';
import { readHistoryRows } from '../migrator/history-rows.js';
import type { ReferenceCache } from './reference.js';

/** One tenant's live schema against the reference of its version. */
export interface TenantVerification {
  platform: string;
  tenant: string;
  schema: string;
  /** the version its own migrations table records */
  version: string;
  status: 'match' | 'drift';
  differences: SchemaDifference[];
}

export interface VerifyTenantsOptions {
  /** one session on the tenants' database; not used by anyone else meanwhile */
  client: Queryable;
  /** where references are built (default: `client`): one session on the platform database */
  referenceClient?: Queryable;
  platform: Readonly<TenantryPlatform>;
  set: MigrationSet;
  /** tenants living in the database `client` is connected to */
  tenants: readonly TenantId[];
  /** the server they are recorded on */
  serverId: string;
  references: ReferenceCache;
  /** receives each tenant's history as read, by tenant (so a caller that needs it does not read it again) */
  onHistories?: (histories: ReadonlyMap<string, readonly string[]>) => void;
}

/**
 * Verifies many tenants of one database at once: which schemas exist, the versions their own
 * migrations tables record, and every live schema's digest, each in a few catalog queries; then
 * one reference per version present (from the cache). A tenant drifts when its schema is
 * missing, its recorded history is not a prefix of the files, or its fingerprint differs from
 * the reference. A digest equal to its reference's is a match; the fingerprints of the others
 * are read in full and compared object by object (diffFingerprints), which says what differs.
 */
export async function verifyTenants(options: VerifyTenantsOptions): Promise<TenantVerification[]> {
  const { client, platform, set } = options;
  const locations = options.tenants.map((t) => locateTenant(platform, t, options.serverId));
  const schemas = locations.map((l) => l.schema);
  const present = await existingSchemas(client, schemas);
  const histories = await readHistoryRows(
    client,
    schemas.filter((s) => present.has(s)),
    platform.migrationsTable,
  );
  if (options.onHistories)
    options.onHistories(
      new Map(
        locations.filter((l) => present.has(l.schema)).map((l) => [l.tenant, histories.get(l.schema) ?? []] as const),
      ),
    );
  // one digest per schema from the server; full fingerprints only of schemas whose digest differs
  const fingerprintOptions = { migrationsTable: platform.migrationsTable };
  const digests = await digestSchemas(client, [...present], fingerprintOptions);

  const results: TenantVerification[] = [];
  const compared: Array<{ index: number; schema: string; reference: SchemaFingerprint }> = [];
  for (const location of locations) {
    const base = { platform: platform.id, tenant: location.tenant, schema: location.schema };
    if (!present.has(location.schema)) {
      results.push({
        ...base,
        version: EMPTY_VERSION,
        status: 'drift',
        differences: [{ kind: 'missing', object: `schema ${location.schema}` }],
      });
      continue;
    }
    const applied = histories.get(location.schema) ?? [];
    const version = applied.at(-1) ?? EMPTY_VERSION;
    const mismatch = applied.findIndex((name, i) => set.migrations[i]?.name !== name);
    if (mismatch >= 0) {
      const expected = set.migrations[mismatch]?.name;
      const actual = `${applied[mismatch]} applied as migration ${mismatch + 1}`;
      const object = `history ${platform.migrationsTable}`;
      results.push({
        ...base,
        version,
        status: 'drift',
        differences: [
          { kind: 'changed', object, expected: expected ?? `no migration ${mismatch + 1} in ${set.dir}`, actual },
        ],
      });
      continue;
    }
    const reference = await options.references.get(options.referenceClient ?? client, {
      platform: platform.id,
      set,
      version,
      migrationsTable: platform.migrationsTable,
      buildTimeoutMs: platform.buildTimeoutMs,
    });
    const digest = digests.get(location.schema);
    if (reference.digest !== undefined && digest === reference.digest) {
      results.push({ ...base, version, status: 'match', differences: [] });
      continue;
    }
    compared.push({ index: results.length, schema: location.schema, reference });
    results.push({ ...base, version, status: 'match', differences: [] }); // settled below
  }
  if (compared.length === 0) return results;

  const live = await fingerprintSchemas(
    client,
    compared.map((c) => c.schema),
    fingerprintOptions,
  );
  for (const { index, schema, reference } of compared) {
    const differences = diffFingerprints(reference, live.get(schema)!);
    results[index] = { ...results[index]!, status: differences.length === 0 ? 'match' : 'drift', differences };
  }
  return results;
}

/**
 * Verifies one tenant: the call a run makes after it migrated a tenant (`verify: true`), on the
 * run's own connection, with the worker's long-lived ReferenceCache.
 */
export async function verifyTenant(options: {
  client: Queryable;
  platform: Readonly<TenantryPlatform>;
  set: MigrationSet;
  tenant: TenantId;
  serverId: string;
  references: ReferenceCache;
  /** where a reference not yet cached is built (default: `client`) */
  referenceClient?: Queryable;
}): Promise<TenantVerification> {
  const [result] = await verifyTenants({ ...options, tenants: [options.tenant] });
  return result!;
}
