import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { BackupToolError, connectionArgs } from './pg-tools.js';
import { redactUrl } from '../db/redact.js';

/** The session name of a restore into a tenant whose live schema is aside as `aside`: how a later run finds one still at it. */
export function restoreSessionName(aside: string): string {
  return `tenantry restore ${aside}`.slice(0, 63);
}

export interface PipedRestoreOptions {
  url: string;
  file: string;
  schema: string;
  /** names pg_restore's session (restoreSessionName) */
  sessionName: string;
  /**
   * what to take out of the dump (pg_restore options): by default the schema's objects without
   * owners and privileges; restoreSchema passes a `--use-list` of the schema's entries instead
   */
  selection?: string[];
  binDir?: string;
  signal?: AbortSignal;
}

/**
 * Restores one schema with pg_restore in one transaction, the dump fed through its stdin by this
 * process: should this process die (even SIGKILLed), pg_restore reads an early end of file and
 * fails, and its transaction, which commits only at the end, rolls back. A restore can never
 * commit behind the back of the run that started it.
 */
export async function pipedRestore(options: PipedRestoreOptions): Promise<void> {
  const { args, env } = connectionArgs(options.url);
  const tool = options.binDir ? path.join(options.binDir, 'pg_restore') : 'pg_restore';
  const child = spawn(
    tool,
    [
      ...args,
      '--single-transaction',
      '--exit-on-error',
      ...(options.selection ?? ['--no-owner', '--no-privileges', '--schema', options.schema]),
    ],
    {
      env: { ...env, PGAPPNAME: options.sessionName },
      stdio: ['pipe', 'ignore', 'pipe'],
      ...(options.signal ? { signal: options.signal, killSignal: 'SIGKILL' as const } : {}),
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.stdin.on('error', () => {}); // pg_restore stopped reading: its exit says why
  const input = createReadStream(options.file);
  input.on('error', (error) => child.stdin.destroy(error));
  input.pipe(child.stdin);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        reject(
          new BackupToolError('pg_restore was not found (install the PostgreSQL client tools, or set backup.binDir)', {
            cause: error,
          }),
        );
      else if (error.name === 'AbortError') reject(options.signal?.reason ?? error);
      else reject(error);
    });
    child.on('close', (exit) => resolve(exit));
  });
  input.destroy();
  if (code !== 0) {
    const detail = stderr.trim().split('\n').slice(0, 3).join(' | ');
    throw new BackupToolError(`pg_restore failed: ${redactUrl(detail || `exit ${code}`)}`, { exitCode: 1 });
  }
}
