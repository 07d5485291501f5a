import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escapeIdentifier } from '../db/connect.js';
import type { Queryable } from '../verification/fingerprint.js';
import { entriesOfSchema, parseList } from './restore-list.js';
import { BackupToolError, connectionArgs, runTool, sha256File } from './pg-tools.js';
import { pipedRestore } from './restore-process.js';

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
 * `--strict-names` makes a missing schema an error instead of an empty dump. Owners, grants and
 * default privileges are kept: a restore puts them back.
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
      [
        ...args,
        '--format=custom',
        '--strict-names',
        ...schemaArgs,
        ...(options.snapshot ? [`--snapshot=${options.snapshot}`] : []),
        '--file',
        partial,
      ],
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
  /** a session on the same database, as the same role pg_restore connects as */
  client: Queryable;
  binDir?: string;
  /** names pg_restore's session (restoreSessionName) */
  sessionName: string;
  /** stops pg_restore (SIGKILL: its transaction rolls back) */
  signal?: AbortSignal;
}

/** Roles among `owners` the connected role may act as (a superuser, or a member): the others cannot own what is restored. */
async function assumableRoles(client: Queryable, owners: readonly string[]): Promise<Set<string>> {
  const { rows } = await client.query(
    `SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY($1::text[]) AND pg_has_role(current_user, oid, 'MEMBER')`,
    [owners],
  );
  return new Set((rows as Array<{ rolname: string }>).map((r) => r.rolname));
}

/**
 * Restores one schema from a dump, in one transaction (`--single-transaction`): it is all there
 * or not at all, with what the backup held of its privileges: grants on the schema and on each
 * object, default privileges, and owners where the connected role may act as them (when it may
 * not act as every owner, objects are owned by the connected role, and default privileges of
 * roles it may not act as are left out: both are returned as notes). pg_restore does not create
 * the schema: the caller creates it, empty, after moving the live one aside.
 */
export async function restoreSchema(options: RestoreOptions): Promise<{ notes: string[] }> {
  const { env } = connectionArgs(options.url);
  const { selected, schemaOwner } = entriesOfSchema(
    parseList(await runTool(options.binDir, 'pg_restore', ['--list', options.file], env)),
    options.schema,
  );
  const owners = [...new Set([...selected.map((e) => e.owner), ...(schemaOwner ? [schemaOwner] : [])])];
  const assumable = await assumableRoles(options.client, owners);
  const foreign = owners.filter((o) => !assumable.has(o));
  const notes: string[] = [];
  const entries = selected.filter((e) => e.description !== 'DEFAULT ACL' || assumable.has(e.owner));
  if (foreign.length > 0)
    notes.push(
      `owners ${foreign.join(', ')} of the backup were not restored: this role may not act as them, and owns what it restored`,
    );
  if (entries.length < selected.length) notes.push(`default privileges of ${foreign.join(', ')} were not restored`);
  const dir = await mkdtemp(path.join(tmpdir(), 'tenantry-restore-'));
  const list = path.join(dir, 'entries.list');
  try {
    await writeFile(list, `${entries.map((e) => e.line).join('\n')}\n`);
    // fed through stdin by this process (pipedRestore): it cannot commit behind a dead worker's back;
    // the list keeps the dump's order, which a pipe that cannot seek needs
    await pipedRestore({
      url: options.url,
      file: options.file,
      schema: options.schema,
      sessionName: options.sessionName,
      selection: [...(foreign.length > 0 ? ['--no-owner'] : []), '--use-list', list],
      ...(options.binDir ? { binDir: options.binDir } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (schemaOwner && assumable.has(schemaOwner))
    await options.client.query(
      `ALTER SCHEMA ${escapeIdentifier(options.schema)} OWNER TO ${escapeIdentifier(schemaOwner)}`,
    );
  return { notes };
}
