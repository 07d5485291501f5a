import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { TenantryError, errorMessage } from '../errors.js';
import { libpqConnection } from '../db/connection-string.js';
import { redactUrl } from '../db/redact.js';

const run = promisify(execFile);

/** pg_dump or pg_restore is missing or unusable (exit 2), or ran and failed (exit 1). */
export class BackupToolError extends TenantryError {
  constructor(message: string, options: { cause?: unknown; exitCode?: 1 | 2 } = {}) {
    super('BACKUP_TOOL', message, options);
  }
}

/**
 * How pg_dump and pg_restore reach a database: the whole connection string as `--dbname` (so
 * libpq reads host, port, user, database and TLS settings as the workers' own connections do,
 * in every form: `postgres:///db?host=…&port=…`, `postgres://user@/db`), without its password,
 * which goes through the environment: no secret is ever in argv or logs.
 */
export function connectionArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const { dbname, env: secrets } = libpqConnection(url);
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: '10', PGAPPNAME: 'tenantry backup' };
  delete env.PGPASSWORD;
  return { args: ['--dbname', dbname], env: { ...env, ...secrets } };
}

function tool(binDir: string | undefined, name: 'pg_dump' | 'pg_restore'): string {
  return binDir ? path.join(binDir, name) : name;
}

/** Runs pg_dump/pg_restore without a shell; failures carry stderr's first lines, redacted. */
export async function runTool(
  binDir: string | undefined,
  name: 'pg_dump' | 'pg_restore',
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  try {
    const { stdout } = await run(tool(binDir, name), args, { env, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT')
      throw new BackupToolError(`${name} was not found (install the PostgreSQL client tools, or set backup.binDir)`, {
        cause: error,
      });
    const detail = (err.stderr ?? errorMessage(error)).trim().split('\n').slice(0, 3).join(' | ');
    throw new BackupToolError(`${name} failed: ${redactUrl(detail)}`, { cause: error, exitCode: 1 });
  }
}

/** The major version of the local pg_dump (15 for "pg_dump (PostgreSQL) 15.4"). */
export async function pgDumpMajor(binDir?: string): Promise<number> {
  const out = await runTool(binDir, 'pg_dump', ['--version'], process.env);
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
  if (!match) throw new BackupToolError(`cannot read the version of pg_dump from "${out.trim()}"`);
  return Number(match[1]);
}

/** pg_dump refuses to dump a server newer than itself: say so before anything changes. */
export function assertDumpable(clientMajor: number, serverVersionNum: number, where: string): void {
  const serverMajor = Math.floor(serverVersionNum / 10_000);
  if (clientMajor < serverMajor) {
    throw new BackupToolError(
      `pg_dump ${clientMajor} cannot back up ${where}, which runs PostgreSQL ${serverMajor}: install pg_dump ${serverMajor} or newer (or set backup.binDir), or use --backup none`,
    );
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
