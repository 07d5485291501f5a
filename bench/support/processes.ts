import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Sandbox } from '../../test/helpers/sandbox.js';
import type { Registry } from './registry.js';

/** Stops a process: SIGTERM, then SIGKILL after `timeoutMs`. */
export async function stopChild(child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Spawns a command and resolves with its wall time (spawn → exit); rejects on a non-zero exit. */
export function timeProcess(registry: Registry, command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    registry.track(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} exited ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

export interface BenchWorker {
  child: ChildProcess;
  pid: number;
  /** resolves on its "worker started" log line */
  started: Promise<void>;
  succeeded: number;
  failed: number;
  warnings: string[];
  idleRssKb: number;
  maxRssKb: number;
  cpuAtStart: number;
  cpuSeconds: number | undefined;
  stderr: string;
}

/** A real `tenantry worker --concurrency C` of the sandbox, its JSON log lines counted. */
export function startWorker(sandbox: Sandbox, concurrency: number, cpuProfDir: string | undefined): BenchWorker {
  // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the worker's own command line
  const child = sandbox.startWorker({ concurrency, ...(cpuProfDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] } : {}) });
  const worker: BenchWorker = {
    child,
    pid: child.pid ?? 0,
    started: Promise.resolve(),
    succeeded: 0,
    failed: 0,
    warnings: [],
    idleRssKb: 0,
    maxRssKb: 0,
    cpuAtStart: 0,
    cpuSeconds: undefined,
    stderr: '',
  };
  let buffer = '';
  worker.started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${child.pid} did not log "worker started" within 30 s: ${worker.stderr.slice(-500)}`)), 30_000);
    child.stdout!.on('data', (data: Buffer) => {
      buffer += data.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        let entry: { msg?: unknown; level?: unknown };
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch {
          continue;
        }
        if (entry.msg === 'worker started') {
          clearTimeout(timer);
          resolve();
        } else if (entry.msg === 'run succeeded') worker.succeeded += 1;
        else if (typeof entry.msg === 'string' && entry.msg.startsWith('run failed')) worker.failed += 1;
        if (typeof entry.level === 'number' && entry.level >= 40 && worker.warnings.length < 5) worker.warnings.push(String(entry.msg));
      }
    });
    child.stderr!.on('data', (d: Buffer) => (worker.stderr += d.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker ${child.pid} exited (${code ?? signal}) before it started: ${worker.stderr.slice(-500)}`));
    });
  });
  worker.started.catch(() => {}); // observed by the caller; never an unhandled rejection
  return worker;
}
