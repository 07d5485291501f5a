import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupToolError, connectionArgs, runTool, sha256File } from './pg-tools.js';

export interface DumpOptions {
  url: string;
  schemas: readonly string[];
  /** the file to write (written to a temporary name first, renamed when complete) */
  file: string;
  /** an exported snapshot, so the dump matches versions read in that snapshot */
  snapshot?: string;
  binDir?: string;
}

export interface DumpResult {
  file: string;
  bytes: number;
  sha256: string;
}

/**
 * Dumps schemas in pg_dump's custom format, several tenants per file: pg_dump reads the whole
 * catalog on every call, so one dump of 50 schemas costs little more than a dump of one.
 * `--strict-names` makes a missing schema an error instead of an empty dump.
 */
export async function dumpSchemas(options: DumpOptions): Promise<DumpResult> {
  if (options.schemas.length === 0) throw new BackupToolError('nothing to back up');
  await mkdir(path.dirname(options.file), { recursive: true });
  const partial = `${options.file}.partial`;
  const { args, env } = connectionArgs(options.url);
  const schemaArgs = options.schemas.flatMap((schema) => ['--schema', schema]);
  try {
    await runTool(
      options.binDir,
      'pg_dump',
      [...args, '--format=custom', '--strict-names', '--no-owner', '--no-privileges', ...schemaArgs, ...(options.snapshot ? [`--snapshot=${options.snapshot}`] : []), '--file', partial],
      env,
    );
    await rename(partial, options.file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const [{ size }, sha256] = await Promise.all([stat(options.file), sha256File(options.file)]);
  return { file: options.file, bytes: size, sha256 };
}

export interface RestoreOptions {
  url: string;
  file: string;
  /** the one schema to take out of the dump (a dump may hold many tenants) */
  schema: string;
  binDir?: string;
}

/**
 * Restores one schema from a dump, in one transaction (`--single-transaction`): it is all there
 * or not at all. pg_restore does not create a schema it is asked for with --schema: the caller
 * creates it, empty, after moving the live one aside.
 */
export async function restoreSchema(options: RestoreOptions): Promise<void> {
  const { args, env } = connectionArgs(options.url);
  await runTool(
    options.binDir,
    'pg_restore',
    [...args, '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--schema', options.schema, options.file],
    env,
  );
}
