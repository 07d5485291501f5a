import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { existingSchemas } from '../db/existing-schemas.js';
import type { BackupLedger, BackupRecord } from '../ledger/backup-ledger.js';
import { readVersions } from '../migrator/tenant-version.js';
import { BackupToolError, assertDumpable, pgDumpMajor } from './pg-tools.js';
import { dumpSchemas } from './pg-dump.js';
import { runHooks, type RunHooks } from '../runs/run-hooks.js';

export interface BackupTarget {
  tenant: string;
  schema: string;
  runId?: string | null;
}

export interface BackupSchemasOptions {
  /** a connection to the tenants' database (a run's own connection when one tenant is locked) */
  client: pg.ClientBase;
  url: string;
  platform: string;
  migrationsTable: string;
  targets: readonly BackupTarget[];
  dir: string;
  binDir?: string;
  rolloutId: string | null;
  ledger: BackupLedger;
  /** test hooks (runs/run-hooks.ts); absent, those of the process, if any. @internal */
  hooks?: RunHooks;
}

function dumpFile(dir: string, platform: string): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.join(dir, platform, `${stamp}-${randomBytes(4).toString('hex')}.dump`);
}

/**
 * Backs up several tenants of one database in one pg_dump, and records one backup per tenant.
 * The versions recorded are read in the very snapshot pg_dump dumps (`pg_export_snapshot` in a
 * repeatable-read transaction), so a backup never claims a version it does not hold.
 */
export async function backupSchemas(options: BackupSchemasOptions): Promise<BackupRecord[]> {
  const { client } = options;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    const schemas = options.targets.map((t) => t.schema);
    const existing = await existingSchemas(client, schemas);
    const targets = options.targets.filter((t) => existing.has(t.schema));
    if (targets.length === 0) {
      await client.query('COMMIT');
      return [];
    }
    const versions = await readVersions(
      client,
      targets.map((t) => t.schema),
      options.migrationsTable,
    );
    const began = performance.now();
    const dump = await dumpSchemas({
      url: options.url,
      schemas: targets.map((t) => t.schema),
      file: dumpFile(options.dir, options.platform),
      snapshot: rows[0]!.snapshot,
      ...(options.binDir ? { binDir: options.binDir } : {}),
    });
    const durationMs = performance.now() - began;
    const hooks = runHooks(options.hooks);
    if (hooks?.duringBackup) await hooks.duringBackup();
    await client.query('COMMIT');
    return options.ledger.record(
      targets.map((t) => ({
        platform: options.platform,
        tenant: t.tenant,
        version: versions.get(t.schema)?.version ?? '0',
        strategy: 'pg_dump' as const,
        location: dump.file,
        schemaName: t.schema,
        bytes: dump.bytes,
        sha256: dump.sha256,
        rolloutId: options.rolloutId,
        runId: t.runId ?? null,
        durationMs,
      })),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Checks, before a rollout that backs up is written, that backups can be taken: the backup
 * directory is writable and pg_dump is not older than each server. Errors exit 2.
 */
export async function assertBackupsPossible(
  dir: string,
  servers: ReadonlyArray<{ where: string; client: pg.ClientBase }>,
  binDir?: string,
): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch {
    throw new BackupToolError(`backup directory ${dir} cannot be written`);
  }
  const major = await pgDumpMajor(binDir);
  for (const server of servers) {
    const { rows } = await server.client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    assertDumpable(major, Number(rows[0]!.v), server.where);
  }
}
