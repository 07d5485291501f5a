import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { escapeIdentifier, escapeLiteral } from '../db/connect.js';
import { TenantryError } from '../errors.js';
import { tryLockKey, unlockKey } from '../locks/advisory.js';
import { LOCK_NAMESPACE, lockKey, type AdvisoryKey } from '../locks/keys.js';
import { fingerprintSchema, type SchemaFingerprint } from './fingerprint.js';
import { readHistoryRows } from '../migrator/history-rows.js';
import {
  REFERENCE_SCHEMA_PREFIX,
  ReferenceBuildFailed,
  migrateSchema,
  referenceKey,
  type ReferenceSpec,
} from './reference.js';

/**
 * A version's template: its reference kept as a schema of the platform database
 * (`tenantry_ref_at_<hash of platform, version and file checksums>`), built once by the runner
 * like any reference, and stamped with its fingerprint in the schema's comment. New tenants are
 * copied from it (tenants/onboard.ts). An edited migration file gives another name, so a stale
 * template is never used; a template whose fingerprint or history no longer matches its stamp
 * (touched by hand, or a build cut short) is dropped and built again.
 */
export interface Template {
  schema: string;
  version: string;
  fingerprint: SchemaFingerprint;
  /** the migrations its history table records, in order */
  history: string[];
}

export const TEMPLATE_SCHEMA_PREFIX = `${REFERENCE_SCHEMA_PREFIX}at_`;

/** How long a build waits for another process's build of the same template. */
const BUILD_WAIT_MS = 10 * 60_000;

export function templateSchemaName(spec: ReferenceSpec): string {
  return `${TEMPLATE_SCHEMA_PREFIX}${createHash('sha256').update(referenceKey(spec)).digest('hex').slice(0, 16)}`;
}

function stamp(spec: ReferenceSpec, hash: string): string {
  return `tenantry reference of ${spec.platform} at ${spec.version}; fingerprint ${hash}`;
}

/** The template as it is, when it is there and still what its stamp says; undefined otherwise. */
async function readTemplate(
  client: pg.ClientBase,
  spec: ReferenceSpec,
  schema: string,
  expected: readonly string[],
): Promise<Template | undefined> {
  const { rows } = await client.query<{ note: string | null }>(
    "SELECT pg_catalog.obj_description(oid, 'pg_namespace') AS note FROM pg_catalog.pg_namespace WHERE nspname = $1",
    [schema],
  );
  if (rows.length === 0) return undefined;
  const fingerprint = await fingerprintSchema(client, schema, { migrationsTable: spec.migrationsTable });
  const history = (await readHistoryRows(client, [schema], spec.migrationsTable)).get(schema) ?? [];
  const intact = rows[0]!.note === stamp(spec, fingerprint.hash) && history.join('\n') === expected.join('\n');
  return intact ? { schema, version: spec.version, fingerprint, history } : undefined;
}

/**
 * The template of a version, on `client` (one session on the platform database), built when it
 * is missing or no longer intact. Builds of one template are serialised by an advisory lock
 * (polled, as every Tenantry lock: a build never waits inside the server).
 */
export async function ensureTemplate(client: pg.ClientBase, spec: ReferenceSpec): Promise<Template> {
  const position = spec.set.positions.get(spec.version);
  if (position === undefined)
    throw new ReferenceBuildFailed(
      spec.platform,
      spec.version,
      `${spec.version} is not a tenant migration of ${spec.platform}`,
    );
  const schema = templateSchemaName(spec);
  const expected = spec.set.migrations.slice(0, position).map((m) => m.name);
  const ready = await readTemplate(client, spec, schema, expected);
  if (ready) return ready;

  const key: AdvisoryKey = [LOCK_NAMESPACE.templateBuild, lockKey(schema)];
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!(await tryLockKey(client, key))) {
    if (Date.now() > deadline)
      throw new TenantryError(
        'REFERENCE_BUILD_FAILED',
        `the template of ${spec.platform} at ${spec.version} is still being built by another process`,
      );
    await sleep(200);
  }
  try {
    // another process may have built it while this one waited
    const built = await readTemplate(client, spec, schema, expected);
    if (built) return built;
    await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
    try {
      await migrateSchema(client, spec, schema, position);
      const fingerprint = await fingerprintSchema(client, schema, { migrationsTable: spec.migrationsTable });
      await client.query(
        `COMMENT ON SCHEMA ${escapeIdentifier(schema)} IS ${escapeLiteral(stamp(spec, fingerprint.hash))}`,
      );
      return { schema, version: spec.version, fingerprint, history: expected };
    } catch (error) {
      await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`).catch(() => {});
      throw error;
    }
  } finally {
    await unlockKey(client, key).catch(() => {});
  }
}

/**
 * Drops the platform's templates that onboarding has moved past: those of versions before
 * `current` (or at it, built from other file contents), and of versions no longer in the files,
 * with their spares (`spareSchemaPrefix`). A template or spare in use (its build or claim lock
 * held) is left for next time. Returns the templates dropped.
 */
export async function dropOlderTemplates(
  client: pg.ClientBase,
  current: Template,
  spec: ReferenceSpec,
  spareSchemaPrefix: (template: string) => string,
): Promise<string[]> {
  const { rows } = await client.query<{ nspname: string; note: string | null }>(
    "SELECT nspname, pg_catalog.obj_description(oid, 'pg_namespace') AS note FROM pg_catalog.pg_namespace WHERE left(nspname, length($1)) = $1",
    [TEMPLATE_SCHEMA_PREFIX],
  );
  const position = spec.set.positions.get(current.version) ?? 0;
  const dropped: string[] = [];
  for (const { nspname, note } of rows) {
    const owner = /^tenantry reference of (\S+) at (\S+); fingerprint [0-9a-f]{64}$/.exec(note ?? '');
    if (nspname === current.schema || !owner || owner[1] !== spec.platform) continue;
    const at = spec.set.positions.get(owner[2]!);
    if (at !== undefined && at > position) continue;
    const key: AdvisoryKey = [LOCK_NAMESPACE.templateBuild, lockKey(nspname)];
    if (!(await tryLockKey(client, key))) continue;
    try {
      const { rows: spares } = await client.query<{ nspname: string }>(
        'SELECT nspname FROM pg_catalog.pg_namespace WHERE left(nspname, length($1)) = $1',
        [spareSchemaPrefix(nspname)],
      );
      for (const spare of spares) {
        // a spare is dropped only when no onboarding holds its claim lock
        await client.query('BEGIN');
        try {
          const { rows: free } = await client.query<{ locked: boolean }>(
            'SELECT pg_try_advisory_xact_lock($1, $2) AS locked',
            [LOCK_NAMESPACE.templateBuild, lockKey(spare.nspname)],
          );
          if (free[0]?.locked === true)
            await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(spare.nspname)} CASCADE`);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }
      await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(nspname)} CASCADE`);
      dropped.push(nspname);
    } finally {
      await unlockKey(client, key).catch(() => {});
    }
  }
  return dropped;
}
