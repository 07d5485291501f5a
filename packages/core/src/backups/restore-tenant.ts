import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import type pg from 'pg';
import type { MigrationSet } from '../catalog/migration-set.js';
import { escapeIdentifier } from '../db/connect.js';
import { TenantryError } from '../errors.js';
import type { BackupRecord } from '../ledger/backup-ledger.js';
import { appliedPosition, readAppliedMigrations } from '../migrator/tenant-version.js';
import type { TenantLocation } from '../tenants/location.js';
import { restoreSchema } from './pg-dump.js';
import { sha256File } from './pg-tools.js';

export class BackupUnusable extends TenantryError {
  constructor(message: string) {
    super('BACKUP_UNUSABLE', message, { exitCode: 1 });
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
    throw new BackupUnusable(`backup ${backup.id} file ${backup.location} does not match its checksum (sha256 ${sha256.slice(0, 12)}…, expected ${backup.sha256.slice(0, 12)}…)`);
  }
}

export interface RestoreTenantOptions {
  /** the run's own connection, holding the tenant lock */
  client: pg.ClientBase;
  location: TenantLocation;
  backup: BackupRecord;
  set: MigrationSet;
  binDir?: string;
}

/**
 * Puts a tenant back to a backup: the live schema is renamed aside, an empty schema created and
 * the backup restored into it in one transaction, the restored version checked against the
 * backup's; only then is the old schema dropped. Any failure drops what was restored and renames
 * the old schema back: the tenant is as it was. Returns the version before and after, and what
 * of the backup's privileges could not be restored.
 */
export async function restoreTenant(options: RestoreTenantOptions): Promise<{ from: string; to: string; notes: string[] }> {
  const { client, location, backup } = options;
  if (backup.schemaName !== location.schema) {
    throw new BackupUnusable(`backup ${backup.id} holds schema ${backup.schemaName}, not ${location.schema}`);
  }
  await verifyBackupFile(backup);
  const schema = escapeIdentifier(location.schema);
  const asideName = `tenantry_aside_${randomBytes(6).toString('hex')}`;
  const aside = escapeIdentifier(asideName);
  const before = await readAppliedMigrations(client, location.schema, location.migrationsTable);
  const { rows } = await client.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS found', [location.schema]);
  const hadSchema = rows[0]?.found === true;

  await client.query('BEGIN');
  try {
    if (hadSchema) await client.query(`ALTER SCHEMA ${schema} RENAME TO ${aside}`);
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  let notes: string[] = [];
  try {
    ({ notes } = await restoreSchema({ url: location.databaseUrl, file: backup.location, schema: location.schema, client, ...(options.binDir ? { binDir: options.binDir } : {}) }));
    const restored = await readAppliedMigrations(client, location.schema, location.migrationsTable);
    const version = restored.at(-1) ?? '0';
    if (version !== backup.version) {
      throw new BackupUnusable(`backup ${backup.id} restored version ${version}, but the ledger says it holds ${backup.version}`);
    }
    appliedPosition(options.set, restored, `backup ${backup.id}`);
  } catch (error) {
    await client.query('BEGIN');
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    if (hadSchema) await client.query(`ALTER SCHEMA ${aside} RENAME TO ${schema}`);
    await client.query('COMMIT');
    throw error;
  }
  if (hadSchema) await client.query(`DROP SCHEMA ${aside} CASCADE`);
  return { from: before.at(-1) ?? '0', to: backup.version, notes };
}
