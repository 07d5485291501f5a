import { readFileSync } from 'node:fs';

/**
 * Whether this process is a background job of the terminal it writes to (`tenantry worker &`):
 * its process group is not the terminal's foreground group. Read from /proc/self/stat (Linux);
 * where that cannot be read the answer is no, and the worker logs as usual.
 */
export function inBackgroundOfTerminal(): boolean {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // fields after "(comm)": state ppid pgrp session tty_nr tpgid
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [pgrp, ttyNr, tpgid] = [Number(fields[2]), Number(fields[4]), Number(fields[5])];
    return ttyNr !== 0 && tpgid > 0 && tpgid !== pgrp;
  } catch {
    return false;
  }
}

export interface WorkerLogLevel {
  level: string;
  /** set when the level was lowered for a background job: say so once, in plain words */
  notice?: string;
}

/**
 * The worker's log level. `TENANTRY_LOG_LEVEL` wins. Otherwise `info` (a line per run), except
 * for a worker started in the background of a terminal, which shares the screen with the
 * operator's next commands (`migrate --wait` draws its progress there): it logs warnings and
 * errors only, so a run's trouble still shows and a rollout's thousand successes do not.
 */
export function workerLogLevel(env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): WorkerLogLevel {
  if (env.TENANTRY_LOG_LEVEL) return { level: env.TENANTRY_LOG_LEVEL };
  if (!stdoutIsTerminal || !inBackgroundOfTerminal()) return { level: 'info' };
  return {
    level: 'warn',
    notice:
      'tenantry worker: running in the background of this terminal, so it logs only warnings and errors (TENANTRY_LOG_LEVEL=info shows every run)',
  };
}
