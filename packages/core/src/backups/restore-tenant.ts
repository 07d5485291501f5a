import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import type pg from 'pg';
import type { MigrationSet } from '../catalog/migration-set.js';
import { escapeIdentifier } from '../db/connect.js';
import { TenantryError } from '../errors.js';
import type { BackupRecord } from '../ledger/backup-ledger.js';
import type { LockRetry } from '../migrator/lock-retry.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import type { TenantLocation } from '../tenants/location.js';
import { sha256File } from './pg-tools.js';
import { restoreSchema } from './pg-dump.js';
import { restoreSessionName } from './restore-process.js';

export class BackupUnusable extends TenantryError {
  constructor(message: string) {
    super('BACKUP_UNUSABLE', message);
  }
}

/** Checks that a backup's file is there and is exactly what was written. */
export async function verifyBackupFile(backup: BackupRecord): Promise<void> {
  try {
    await access(backup.location);
  } catch {
    throw new BackupUnusable(`backup ${backup.id} file ${backup.location} is missing`);
  }
  const sha256 = await sha256File(backup.location);
  if (sha256 !== backup.sha256) {
    throw new BackupUnusable(
      `backup ${backup.id} file ${backup.location} does not match its checksum (sha256 ${sha256.slice(0, 12)}…, expected ${backup.sha256.slice(0, 12)}…)`,
    );
  }
}

export interface RestoreTenantOptions {
  /** the run's own connection, holding the tenant lock */
  client: pg.ClientBase;
  location: TenantLocation;
  backup: BackupRecord;
  set: MigrationSet;
  binDir?: string;
  /** records the aside schema in the ledger (null: the swap is over): called before it is used */
  noteAside: (aside: string | null) => Promise<void>;
  /** stops pg_restore (the run's deadline, an abort) */
  signal?: AbortSignal;
  /** the swap's transactions take their locks under it, tried again after a lock timeout (without: the session's lock_timeout) */
  lockRetry?: LockRetry;
}

/** The schema a tenant's live schema is moved to during a restore: one per tenant schema (a restore holds the tenant lock). */
export function asideSchemaOf(schema: string): string {
  return `${ASIDE_PREFIX}${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

export const ASIDE_PREFIX = 'tenantry_aside_';

/**
 * Undoes a restore cut short (its worker killed between moving the live schema aside and dropping
 * it): a pg_restore still at it is ended, whatever sits in the tenant's place is dropped and the
 * aside schema renamed back. The tenant is then exactly as it was before the restore began (a
 * retry restores again). Called under the tenant lock; returns whether there was one to undo.
 * With `lockRetry`, the swap back yields to traffic as the restore's own steps do (swapStep).
 */
export async function undoInterruptedRestore(
  client: pg.ClientBase,
  schema: string,
  lockRetry?: LockRetry,
): Promise<boolean> {
  const aside = asideSchemaOf(schema);
  const { rows } = await client.query<{ found: boolean }>('SELECT to_regnamespace($1) IS NOT NULL AS found', [aside]);
  if (rows[0]?.found !== true) return false;
  // a pg_restore orphaned by its worker holds locks in the tenant's schema until it ends
  for (let i = 0; i < 50; i += 1) {
    const { rows: left } = await client.query<{ n: number }>(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND pid <> pg_backend_pid()',
      [restoreSessionName(aside)],
    );
    if (left[0]?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await swapStep(
    client,
    [
      `DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`,
      `ALTER SCHEMA ${escapeIdentifier(aside)} RENAME TO ${escapeIdentifier(schema)}`,
    ],
    lockRetry,
  );
  return true;
}

/**
 * One step of the schema swap, a transaction of its own. With `lockRetry` (the platform's lock
 * retry), it takes its locks under the run's lock budget and is tried again after a lock timeout
 * or a deadlock, as a migration's transaction is: a `DROP SCHEMA ... CASCADE` waiting for a table
 * the application reads queues the application's queries behind it. Without, the session's
 * lock_timeout applies.
 */
async function swapStep(client: pg.ClientBase, statements: readonly string[], lockRetry?: LockRetry): Promise<void> {
  const sql = `BEGIN; ${lockRetry?.localSettingSql ?? ''} ${statements.join('; ')}; COMMIT`;
  const rollBack = () => client.query('ROLLBACK');
  try {
    if (lockRetry) await lockRetry.run(() => client.query(sql), rollBack);
    else await client.query(sql);
  } catch (error) {
    await rollBack().catch(() => {});
    throw error;
  }
}

/**
 * Puts a tenant back to a backup, atomically from the tenant's side under any kill. The aside
 * schema's name is recorded in the ledger first; the live schema is renamed aside and an empty one
 * created (one transaction); pg_restore fills it in one transaction, fed by this process (it dies
 * with it); the restored version is checked against the backup's; only then is the aside schema
 * dropped and the record cleared. Any failure drops what was restored and renames the old schema
 * back. A kill at any point leaves either the tenant untouched, the restore complete, or an aside
 * schema that the next run of the tenant (its retry, or any other) puts back before anything else
 * (undoInterruptedRestore). Returns the version before and after, and what of the backup's
 * privileges could not be restored.
 */
export async function restoreTenant(
  options: RestoreTenantOptions,
): Promise<{ from: string; to: string; notes: string[] }> {
  const { client, location, backup } = options;
  if (backup.schemaName !== location.schema) {
    throw new BackupUnusable(`backup ${backup.id} holds schema ${backup.schemaName}, not ${location.schema}`);
  }
  await verifyBackupFile(backup);
  const schema = escapeIdentifier(location.schema);
  const asideName = asideSchemaOf(location.schema);
  const aside = escapeIdentifier(asideName);
  await undoInterruptedRestore(client, location.schema, options.lockRetry);
  const before = await readAppliedMigrations(client, location.schema, location.migrationsTable);
  const { rows } = await client.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS found',
    [location.schema],
  );
  const hadSchema = rows[0]?.found === true;

  if (hadSchema) await options.noteAside(asideName);
  await swapStep(
    client,
    [...(hadSchema ? [`ALTER SCHEMA ${schema} RENAME TO ${aside}`] : []), `CREATE SCHEMA ${schema}`],
    options.lockRetry,
  );
  let notes: string[];
  try {
    ({ notes } = await restoreSchema({
      url: location.databaseUrl,
      file: backup.location,
      schema: location.schema,
      client,
      sessionName: restoreSessionName(asideName),
      ...(options.binDir ? { binDir: options.binDir } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    }));
    const restored = await readAppliedMigrations(client, location.schema, location.migrationsTable);
    const version = restored.at(-1) ?? '0';
    if (version !== backup.version) {
      throw new BackupUnusable(
        `backup ${backup.id} restored version ${version}, but the ledger says it holds ${backup.version}`,
      );
    }
    appliedPosition(options.set, restored, `backup ${backup.id}`);
  } catch (error) {
    await swapStep(
      client,
      [`DROP SCHEMA IF EXISTS ${schema} CASCADE`, ...(hadSchema ? [`ALTER SCHEMA ${aside} RENAME TO ${schema}`] : [])],
      options.lockRetry,
    );
    await options.noteAside(null);
    throw error;
  }
  if (hadSchema) await swapStep(client, [`DROP SCHEMA ${aside} CASCADE`], options.lockRetry);
  await options.noteAside(null);
  return { from: before.at(-1) ?? '0', to: backup.version, notes };
}
