import type pg from 'pg';
import { readMigrationSet, type MigrationSet } from '../catalog/migration-set.js';
import { getPlatform, type TenantryPlatform } from '../config/tenantry-config.js';
import { isUnreachable, unreachable } from '../db/connect.js';
import { existingSchemas } from '../db/existing-schemas.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { releaseSession } from '../db/session-state.js';
import { InvalidInput, TenantLockBusy, TenantryError } from '../errors.js';
import { parseTenantId, tenantSchemaName, type TenantId } from '../ids.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { tenantLockKey } from '../locks/tenant-lock.js';
import { HistoryTable } from '../migrator/history-table.js';
import { EMPTY_VERSION } from '../types.js';
import { describeDifference, diffFingerprints, type SchemaDifference } from '../verification/diff.js';
import { fingerprintSchemas, type SchemaFingerprint } from '../verification/fingerprint.js';
import { readHistoryRows } from '../migrator/history-rows.js';
import { versionLadder, type VersionLadder } from '../verification/version-ladder.js';
import { locateTenant, type TenantLocation } from './location.js';
import { registerTenants, type TenantsContext } from './register.js';
import { parseServerId } from './servers.js';

/** `tenants adopt` found schemas that match no version: nothing was recorded. */
export class AdoptionNoMatch extends TenantryError {
  constructor(
    readonly platform: string,
    readonly refused: ReadonlyArray<{
      tenant: string;
      schema: string;
      closest: string;
      differences: SchemaDifference[];
    }>,
    message: string,
  ) {
    super('ADOPTION_NO_MATCH', message);
  }
}

export interface AdoptedTenant {
  tenant: string;
  schema: string;
  /** the version it was recorded at */
  version: string;
  /** older versions with the same schema (migrations that changed data only): the newest was taken */
  alsoMatches: string[];
  /** it already had node-pg-migrate's table, which was kept as it was */
  hadHistory: boolean;
}

export interface AdoptResult {
  platform: string;
  adopted: AdoptedTenant[];
  /** already registered: left as they are */
  existing: string[];
}

/**
 * The tenant an argument names: a schema name of the platform's tenantSchema form (`tenant_acme`
 * for `tenant_{tenant}`) names its tenant; anything else is a tenant id.
 */
export function tenantOfArgument(platform: Readonly<TenantryPlatform>, arg: string): TenantId {
  const [before, after] = platform.tenantSchema.split('{tenant}') as [string, string | undefined];
  if (
    after !== undefined &&
    (before !== '' || after !== '') &&
    arg.length > before.length + after.length &&
    arg.startsWith(before) &&
    arg.endsWith(after)
  ) {
    const tenant = parseTenantId(arg.slice(before.length, arg.length - after.length));
    if (tenantSchemaName(platform.tenantSchema, tenant) === arg) return tenant;
  }
  return parseTenantId(arg);
}

/** The schemas' existing histories and fingerprints, per database; a missing schema or database is bad input. */
async function readSchemas(
  pools: PoolRegistry,
  locations: readonly TenantLocation[],
): Promise<Map<string, { fingerprint: SchemaFingerprint; history: string[] }>> {
  const found = new Map<string, { fingerprint: SchemaFingerprint; history: string[] }>();
  const byDatabase = new Map<string, TenantLocation[]>();
  for (const l of locations) byDatabase.set(l.databaseUrl, [...(byDatabase.get(l.databaseUrl) ?? []), l]);
  for (const [url, group] of byDatabase) {
    const client = await pools.acquire(url).catch((error: unknown) => {
      if ((error as { code?: string }).code === '3D000')
        throw new InvalidInput(
          `the database of tenant ${group[0]!.tenant} on ${group[0]!.platform} does not exist: nothing to adopt`,
        );
      throw isUnreachable(error) ? unreachable(url, error) : error;
    });
    try {
      const schemas = group.map((l) => l.schema);
      const existing = await existingSchemas(client, schemas);
      const missing = group.find((l) => !existing.has(l.schema));
      if (missing)
        throw new InvalidInput(
          `schema ${missing.schema} (tenant ${missing.tenant} of ${missing.platform}) does not exist: nothing to adopt (\`tenants add\` creates new tenants)`,
        );
      const table = group[0]!.migrationsTable;
      const fingerprints = await fingerprintSchemas(client, schemas, { migrationsTable: table });
      const histories = await readHistoryRows(client, schemas, table);
      for (const l of group)
        found.set(`${l.databaseUrl}\u0000${l.schema}`, {
          fingerprint: fingerprints.get(l.schema)!,
          history: histories.get(l.schema) ?? [],
        });
    } finally {
      releaseSession(client, false);
    }
  }
  return found;
}

type Match =
  | { ok: true; version: string; alsoMatches: string[] }
  | { ok: false; closest: string; differences: SchemaDifference[] };

/** The newest version whose reference the schema matches; or the closest one, with what differs. */
function matchVersion(
  ladder: VersionLadder,
  set: MigrationSet,
  live: { fingerprint: SchemaFingerprint; history: string[] },
): Match {
  if (live.history.length > 0) {
    // a history of its own: it must fit the files, and the schema the version it records
    const version = live.history.at(-1)!;
    const fits = live.history.every((name, i) => set.migrations[i]?.name === name);
    const rung = ladder.rungs[live.history.length];
    if (!fits || !rung) {
      return {
        ok: false,
        closest: version,
        differences: [
          {
            kind: 'changed',
            object: 'history',
            expected: 'a prefix of the migration files',
            actual: live.history.join(', '),
          },
        ],
      };
    }
    const differences = diffFingerprints(rung.fingerprint, live.fingerprint);
    return differences.length === 0
      ? { ok: true, version, alsoMatches: [] }
      : { ok: false, closest: version, differences };
  }
  const matching = ladder.rungs.filter((r) => r.fingerprint.hash === live.fingerprint.hash).map((r) => r.version);
  if (matching.length > 0) return { ok: true, version: matching.at(-1)!, alsoMatches: matching.slice(0, -1) };
  let closest = ladder.rungs.at(-1)!;
  let differences = diffFingerprints(closest.fingerprint, live.fingerprint);
  for (const rung of [...ladder.rungs].reverse()) {
    const d = diffFingerprints(rung.fingerprint, live.fingerprint);
    if (d.length < differences.length) [closest, differences] = [rung, d];
  }
  return { ok: false, closest: closest.version, differences };
}

interface HistoryEntry {
  location: TenantLocation;
  names: string[];
  /** the fingerprint it was matched on */
  hash: string;
}

/**
 * Writes node-pg-migrate's table with the rows up to each tenant's version, under the tenant's
 * run lock, in one transaction per database; a schema that changed since it was matched is
 * refused (nothing is written).
 */
async function recordHistories(pools: PoolRegistry, entries: readonly HistoryEntry[]): Promise<void> {
  const byDatabase = new Map<string, HistoryEntry[]>();
  for (const e of entries)
    byDatabase.set(e.location.databaseUrl, [...(byDatabase.get(e.location.databaseUrl) ?? []), e]);
  const open: pg.PoolClient[] = [];
  try {
    for (const [url, group] of byDatabase) {
      const client = await pools.acquire(url);
      open.push(client);
      await client.query('BEGIN');
      for (const { location } of group) {
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_xact_lock($1, $2) AS locked',
          tenantLockKey(location.platform, location.tenant),
        );
        if (rows[0]?.locked !== true) throw new TenantLockBusy(location.platform, location.tenant);
      }
      const now = await fingerprintSchemas(
        client,
        group.map((e) => e.location.schema),
        { migrationsTable: group[0]!.location.migrationsTable },
      );
      for (const { location, names, hash } of group) {
        if (now.get(location.schema)?.hash !== hash)
          throw new InvalidInput(
            `schema ${location.schema} changed while it was being adopted: run \`tenants adopt\` again`,
          );
        const history = new HistoryTable(location);
        await client.query(history.createSql());
        await client.query(
          `INSERT INTO ${history.name} (name, run_on) SELECT name, now() FROM unnest($1::text[]) WITH ORDINALITY AS u(name, n) ORDER BY n`,
          [names],
        );
      }
    }
    for (const client of open) await client.query('COMMIT');
  } catch (error) {
    for (const client of open) await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    for (const client of open) releaseSession(client, false);
  }
}

/**
 * Registers schemas created without Tenantry: each one's fingerprint is matched against the
 * references of every version (built once: verification/version-ladder.ts), newest first; the
 * tenant is registered where the config puts it, and node-pg-migrate's table is written with the
 * migrations up to that version (a schema that has the table already keeps it, when it fits).
 * Any schema that matches no version refuses the whole command, naming what differs from the
 * closest version; tenants already registered are left as they are.
 */
export async function adoptTenants(
  ctx: TenantsContext,
  platformId: string,
  args: readonly string[],
  options: { server?: string } = {},
): Promise<AdoptResult> {
  const platform = getPlatform(ctx.config, platformId);
  if (args.length === 0) throw new InvalidInput('name at least one schema or tenant id to adopt');
  // an existing schema is where it is: no policy can guess its server
  const server = options.server ?? (platform.serverOrder.length === 1 ? platform.serverOrder[0]! : undefined);
  if (server === undefined) {
    throw new InvalidInput(
      `platform ${platform.id} has several servers: name the one holding the schemas with --server (one of ${platform.serverOrder.join(', ')})`,
    );
  }
  parseServerId(platform, server);
  const tenants = [...new Set(args.map((a) => tenantOfArgument(platform, a)))];
  const registered = new Set(await new TenantRegistry(ctx.control).select(platform.id, tenants));
  const locations = tenants.filter((t) => !registered.has(t)).map((t) => locateTenant(platform, t, server));
  if (locations.length === 0) return { platform: platform.id, adopted: [], existing: [...registered] };

  const live = await readSchemas(ctx.pools, locations);
  const set = readMigrationSet(platform.tenantMigrationsDir);
  const session = await ctx.pools.acquire(platform.databaseUrl);
  let ladder: VersionLadder;
  try {
    ladder = await versionLadder(session, {
      platform: platform.id,
      set,
      version: set.migrations.at(-1)?.name ?? EMPTY_VERSION,
      migrationsTable: platform.migrationsTable,
      buildTimeoutMs: platform.buildTimeoutMs,
    });
  } finally {
    releaseSession(session, false);
  }

  const adopted: AdoptedTenant[] = [];
  const refused: AdoptionNoMatch['refused'][number][] = [];
  const histories: HistoryEntry[] = [];
  for (const location of locations) {
    const schema = live.get(`${location.databaseUrl}\u0000${location.schema}`)!;
    const match = matchVersion(ladder, set, schema);
    if (!match.ok) {
      refused.push({
        tenant: location.tenant,
        schema: location.schema,
        closest: match.closest,
        differences: match.differences,
      });
      continue;
    }
    const position = match.version === EMPTY_VERSION ? 0 : set.positions.get(match.version)!;
    adopted.push({
      tenant: location.tenant,
      schema: location.schema,
      version: match.version,
      alsoMatches: match.alsoMatches,
      hadHistory: schema.history.length > 0,
    });
    if (schema.history.length === 0 && position > 0)
      histories.push({
        location,
        names: set.migrations.slice(0, position).map((m) => m.name),
        hash: schema.fingerprint.hash,
      });
  }
  if (refused.length > 0) {
    const first = refused[0]!;
    const shown = first.differences.slice(0, 3).map(describeDifference).join('; ');
    const more = first.differences.length > 3 ? ` (and ${first.differences.length - 3} more)` : '';
    const others = refused.length > 1 ? ` (and ${refused.length - 1} more schema(s) match no version)` : '';
    throw new AdoptionNoMatch(
      platform.id,
      refused,
      `schema ${first.schema} (tenant ${first.tenant} of ${platform.id}) matches no version of ${platform.id}; closest is ${first.closest}: ${shown}${more}${others}; nothing was adopted`,
    );
  }
  const result = await registerTenants(
    ctx,
    platform.id,
    locations.map((l) => l.tenant),
    {
      server,
      provision: async (_, added) =>
        recordHistories(
          ctx.pools,
          histories.filter((h) => added.includes(h.location.tenant)),
        ),
    },
  );
  return {
    platform: platform.id,
    adopted: adopted.filter((a) => result.added.includes(a.tenant)),
    existing: [...registered, ...result.existing],
  };
}
