import { readdirSync, readFileSync } from 'node:fs';
import type { BenchWorker } from './processes.js';
import { withClient } from './db.js';

/** Where the machine's CPU went during a timed phase, in seconds per process group. */
export interface CpuGroups {
  postgres: number;
  redis: number;
  workers: number;
  tools: number;
  cli: number;
  bench: number;
  other: number;
}

export interface CpuUsage {
  /** share of all CPUs busy during the phase */
  busy: number | undefined;
  seconds: CpuGroups;
}

interface ProcStat {
  comm: string;
  ppid: number;
  /** own user + system seconds */
  cpu: number;
  /** reaped children's user + system seconds */
  children: number;
}

/** A process's resident set now (`VmRSS`), or its peak so far (`VmHWM`: no sample misses a spike), kB. */
export function readRssKb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process is gone
  }
}

function readStat(pid: number | string): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' '); // f[0] is field 3 (state)
    // fields 14-17: utime, stime, cutime, cstime, in clock ticks (USER_HZ = 100 on Linux)
    return {
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(f[1]),
      cpu: (Number(f[11]) + Number(f[12])) / 100,
      children: (Number(f[13]) + Number(f[14])) / 100,
    };
  } catch {
    return undefined; // gone
  }
}

/** Samples each worker's RSS (and CPU time) every 200 ms; returns a stop function. */
export function sampleRss(workers: readonly BenchWorker[]): () => void {
  for (const w of workers) w.cpuAtStart = readStat(w.pid)?.cpu ?? 0;
  const sample = () => {
    for (const w of workers) {
      w.maxRssKb = Math.max(w.maxRssKb, readRssKb(w.pid, 'VmHWM'));
      const cpu = readStat(w.pid)?.cpu;
      if (cpu !== undefined) w.cpuSeconds = cpu - w.cpuAtStart; // keeps the last value once it exits
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    sample();
    clearInterval(timer);
  };
}

interface CpuSnapshot {
  idle: number;
  total: number;
  processes: Map<number, ProcStat>;
}

function snapshotCpu(): CpuSnapshot {
  const ticks = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const processes = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat) processes.set(Number(entry), stat);
  }
  return { idle: (ticks[3] ?? 0) + (ticks[4] ?? 0), total: ticks.reduce((a, b) => a + b, 0), processes };
}

/**
 * PostgreSQL processes whose CPU is ours: backends on this run's databases, the server's own
 * background processes (no database) and the postmaster. Another session's backends are not.
 */
async function ourPostgresPids(run: string, processes: Map<number, ProcStat>): Promise<Set<number>> {
  const { rows } = await withClient('postgres', (c) =>
    c.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname IS NULL OR datname LIKE $1`, [`bench\\_${run}\\_%`]),
  );
  const pids = new Set(rows.map((r) => r.pid));
  for (const [pid, stat] of processes) {
    if (stat.comm === 'postgres' && processes.get(stat.ppid)?.comm !== 'postgres') pids.add(pid); // the postmaster
  }
  return pids;
}

/**
 * Where the machine's CPU went during a timed phase: call to start, await the result to stop.
 * Groups: postgres (ours, see above), redis, the worker processes, tools (programs the workers ran
 * and reaped: pg_dump), the CLI (this bench's children that exited during the phase), this bench
 * process, and `other`: the rest of the machine's busy time (the kernel, and anything else running
 * on the machine: a large value means interference).
 */
export function cpuMeter(run: string, workerPids: readonly number[] = []): () => Promise<CpuUsage> {
  const start = snapshotCpu();
  return async () => {
    const end = snapshotCpu();
    const ours = await ourPostgresPids(run, end.processes);
    const groups: CpuGroups = { postgres: 0, redis: 0, workers: 0, tools: 0, cli: 0, bench: 0, other: 0 };
    for (const [pid, now] of end.processes) {
      const before = start.processes.get(pid);
      const used = now.cpu - (before?.cpu ?? 0); // new processes: all of it
      if (now.comm === 'postgres') groups.postgres += ours.has(pid) ? used : 0;
      else if (now.comm === 'redis-server') groups.redis += used;
      else if (workerPids.includes(pid)) {
        groups.workers += used;
        // the programs the workers ran and reaped (pg_dump)
        groups.tools += now.children - (before?.children ?? 0);
      } else if (pid === process.pid) {
        groups.bench += used;
        groups.cli += now.children - (before?.children ?? 0);
      }
    }
    const busySeconds = (end.total - end.idle - (start.total - start.idle)) / 100;
    groups.other = Math.max(0, busySeconds - Object.values(groups).reduce((a, b) => a + b, 0));
    const total = end.total - start.total;
    return { busy: total > 0 ? 1 - (end.idle - start.idle) / total : undefined, seconds: groups };
  };
}

/** Other processes took more than 20% of the CPU a row used: its timing is not reliable. */
export function disturbed(cpu: CpuUsage | undefined): boolean | undefined {
  if (!cpu) return undefined;
  return cpu.seconds.other > 0.2 * Object.values(cpu.seconds).reduce((a, b) => a + b, 0);
}
