import { randomBytes } from 'node:crypto';
import type { MigrationSet } from '../catalog/migration-set.js';
import type pg from 'pg';
import { escapeIdentifier } from '../db/connect.js';
import { auditSession } from '../db/session-state.js';
import { ConfigError, TenantryError, errorMessage } from '../errors.js';
import { migrationLoaderStrategies } from '../migrator/loader.js';
import { BuildSession, MigrationBuildTimeout } from '../migrator/build-sandbox.js';
import { EMPTY_VERSION } from '../types.js';
import { fingerprintSchema, makeFingerprint, type Queryable, type SchemaFingerprint } from './fingerprint.js';
import { EMPTY_SCHEMA_DIGEST, digestSchemas } from './schema-digest.js';

/** Scratch schemas of references are named like this, and dropped as soon as they are read. */
export const REFERENCE_SCHEMA_PREFIX = 'tenantry_ref_';

/** The reference of a version could not be built: its migrations fail on an empty schema. */
export class ReferenceBuildFailed extends TenantryError {
  constructor(
    readonly platform: string,
    readonly version: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super('REFERENCE_BUILD_FAILED', message, options);
  }
}

export interface ReferenceSpec {
  platform: string;
  set: MigrationSet;
  /** a migration name of the set, or '0' */
  version: string;
  migrationsTable: string;
  /** how long loading the set's files may take (platforms.X.buildTimeoutMs) */
  buildTimeoutMs?: number;
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * Builds the reference of a version: migrates a scratch schema (`tenantry_ref_<random>`) of the
 * client's database up to that version (see migrateSchema), fingerprints it (with the server's
 * digest, see digestSchemas) and drops it, whatever happens.
 */
export async function buildReference(client: Queryable, spec: ReferenceSpec): Promise<SchemaFingerprint> {
  const position = spec.version === EMPTY_VERSION ? 0 : spec.set.positions.get(spec.version);
  if (position === undefined)
    throw new ReferenceBuildFailed(
      spec.platform,
      spec.version,
      `${spec.version} is not a tenant migration of ${spec.platform}`,
    );
  const schema = `${REFERENCE_SCHEMA_PREFIX}${randomBytes(6).toString('hex')}`;
  if (position === 0) return { ...makeFingerprint(schema, new Map()), digest: EMPTY_SCHEMA_DIGEST };
  try {
    await migrateSchema(client, spec, schema, position);
    const options = { migrationsTable: spec.migrationsTable };
    const fingerprint = await fingerprintSchema(client, schema, options);
    // read while the schema exists: verify compares it with each tenant's digest
    const digest = (await digestSchemas(client, [schema], options)).get(schema);
    return digest === undefined ? fingerprint : { ...fingerprint, digest };
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`).catch(() => {});
  }
}

/**
 * Applies the next `count` migrations of the set to `schema` (created when missing) of the
 * client's database, with the same runner options as a run. The client's search_path is
 * restored afterwards (reset when the session had not set it), and whatever else the migrations
 * left in the session is noted, so that `releaseSession` closes it. Files that do not load are a
 * configuration error (exit 2); SQL that fails is ReferenceBuildFailed.
 */
export async function migrateSchema(
  client: Queryable,
  spec: ReferenceSpec,
  schema: string,
  count: number,
): Promise<void> {
  // the runner below imports every file of the set in this process: a file that never finishes
  // loading is found first in a build thread (which keeps it cached: this costs once per process)
  try {
    const probe = await BuildSession.open(
      spec.set.migrations,
      spec.buildTimeoutMs ? { timeoutMs: spec.buildTimeoutMs } : {},
    );
    probe.release();
  } catch (error) {
    // like any file that does not load, a configuration error; other load errors the runner reports below
    if (error instanceof MigrationBuildTimeout)
      throw new ConfigError(`platform ${spec.platform}: ${errorMessage(error)}`, { cause: error });
  }
  const { rows: saved } = await client.query(
    "SELECT setting AS path, source = 'session' AS set FROM pg_catalog.pg_settings WHERE name = 'search_path'",
  );
  try {
    const { runner } = await import('node-pg-migrate'); // loaded when needed: start-up cost
    await runner({
      dbClient: client as never,
      dir: spec.set.dir,
      schema,
      createSchema: true,
      migrationsTable: spec.migrationsTable,
      direction: 'up',
      count,
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      migrationLoaderStrategies,
      logger: quiet,
    });
  } catch (error) {
    const message = errorMessage(error);
    if (message.startsWith('Error loading migration files')) {
      throw new ConfigError(`platform ${spec.platform}: ${message.split('\n')[0]}`, { cause: error });
    }
    throw new ReferenceBuildFailed(
      spec.platform,
      spec.version,
      `cannot build the reference of ${spec.platform} at ${spec.version} in a scratch schema: ${message.split('\n')[0]}`,
      { cause: error },
    );
  } finally {
    if (saved[0]?.set === true)
      await client.query("SELECT pg_catalog.set_config('search_path', $1, false)", [saved[0].path]).catch(() => {});
    else await client.query('RESET search_path').catch(() => {});
    await auditSession(client as pg.ClientBase, { settings: saved[0]?.set !== true });
  }
}

/** What a reference is built from: the platform, its history table, the version and the checksums of the files up to it. */
export function referenceKey(spec: ReferenceSpec): string {
  const position = spec.version === EMPTY_VERSION ? 0 : (spec.set.positions.get(spec.version) ?? -1);
  const sums = spec.set.migrations.slice(0, Math.max(position, 0)).map((m) => m.checksum.slice(0, 16));
  return [spec.platform, spec.migrationsTable, spec.version, ...sums].join('\u0000');
}

/**
 * One reference per (platform, version, file contents), built once per process on first use.
 * The key includes the checksums of the migrations up to the version, so an edited file gets a
 * new reference. Keep one for a process's life (a worker verifying after each run) or one per command.
 */
export class ReferenceCache {
  private readonly built = new Map<string, Promise<SchemaFingerprint>>();

  key(spec: ReferenceSpec): string {
    return referenceKey(spec);
  }

  /** The reference of a version; built on `client` (which must be one session) when not cached. */
  get(client: Queryable, spec: ReferenceSpec): Promise<SchemaFingerprint> {
    const key = this.key(spec);
    let reference = this.built.get(key);
    if (!reference) {
      reference = buildReference(client, spec);
      this.built.set(key, reference);
      // a failed build is not cached: the next caller tries again
      reference.catch(() => this.built.delete(key));
    }
    return reference;
  }

  get size(): number {
    return this.built.size;
  }
}
