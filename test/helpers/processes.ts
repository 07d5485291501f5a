import { spawn, type ChildProcess } from 'node:child_process';

/** How a process that ran to its end finished: its exit code (-1 when a signal ended it) and its output. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where a child process runs; its stdin is closed, its stdout and stderr are read. */
export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** A long-running child process whose output (stdout and stderr as they came) is kept. */
export type RunningProcess = ChildProcess & { output: () => string };

/**
 * Runs a command to its end; resolves with its exit code and output. `onOutput` sees all the
 * output so far each time more arrives (to signal the process once it has said something).
 */
export function runToEnd(
  command: string,
  args: readonly string[],
  options: ProcessOptions & {
    onOutput?: (stdout: string, stderr: string, child: ChildProcess) => void;
    /** sees the child as soon as it is spawned (to stop it from elsewhere) */
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      options.onOutput?.(stdout, stderr, child);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onOutput?.(stdout, stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Starts a long-running process; what it writes is kept for assertions and failure messages. */
export function startProcess(command: string, args: readonly string[], options: ProcessOptions = {}): RunningProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return Object.assign(child, { output: () => output });
}

/** Resolves with the exit code once the process has exited (null when a signal ended it). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
