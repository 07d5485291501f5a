import type { FaultPoint } from '@tenantry/core/testing';
import { Sandbox, eventually, ok, rolloutIdIn, tenantIds, type SandboxOptions } from '../helpers/sandbox.js';
import { exited, type RunningProcess } from '../helpers/processes.js';

/** The accounts fixture: 5 migrations, each inserting its own canary row into applied_steps. */
export const V2 = '1710000000002_add-account-name';
export const LATEST = '1710000000005_account-status';

/** The full tier (`npm run test:chaos -- --full`): more tenants and rounds. */
export const FULL = process.env.TENANTRY_CHAOS_FULL === '1';

export type Worker = RunningProcess;

/** A sandbox of the accounts platform with `count` tenants registered (at version 0). */
export async function accountsFleet(
  count: number,
  options: Partial<SandboxOptions> = {},
): Promise<{ sandbox: Sandbox; tenants: string[] }> {
  const sandbox = new Sandbox({
    platforms: { accounts: { migrations: 'accounts' } },
    releases: { 'v1.0': { accounts: V2 } },
    ...options,
  });
  const tenants = tenantIds(count);
  await ok(sandbox, ['init']);
  for (let i = 0; i < tenants.length; i += 500)
    await ok(sandbox, ['tenants', 'add', 'accounts', ...tenants.slice(i, i + 500)]);
  return { sandbox, tenants };
}

/** Enqueues a rollout (without waiting) and returns its id. */
export async function enqueue(sandbox: Sandbox, args: string[]): Promise<string> {
  return rolloutIdIn(await ok(sandbox, args));
}

/**
 * Waits (generously) for a rollout to finish and returns its status. A rollout whose last run
 * failed is closed a moment before that run's compensation reopens it, so "finished" is a
 * closed rollout with no open run, seen twice a second and a half apart.
 */
export async function finished(sandbox: Sandbox, rolloutId: string, timeoutMs = 300_000): Promise<string> {
  const closed = async () => {
    const rows = await sandbox.ledger<{ status: string; open: number }>(
      `SELECT status, (SELECT count(*)::int FROM tenantry.runs WHERE rollout_id = o.id AND status IN ('waiting', 'queued', 'running')) AS open FROM tenantry.rollouts o WHERE id = $1`,
      [rolloutId],
    );
    return rows[0] && rows[0].status !== 'running' && rows[0].open === 0 ? rows[0].status : undefined;
  };
  return eventually(
    async () => {
      if ((await closed()) === undefined) return undefined;
      await sleep(1500);
      return closed();
    },
    timeoutMs,
    200,
  );
}

export async function started(worker: Worker): Promise<void> {
  await eventually(async () => (worker.output().includes('worker started') ? true : undefined), 30_000, 50);
}

export async function workerIdOf(sandbox: Sandbox, worker: Worker): Promise<string> {
  return eventually(
    async () =>
      (
        await sandbox.ledger<{ id: string }>(
          'SELECT id FROM tenantry.workers WHERE pid = $1 ORDER BY started_at DESC LIMIT 1',
          [worker.pid],
        )
      )[0]?.id,
  );
}

/** The runs a worker is in the middle of, by the ledger. */
export async function runningOn(sandbox: Sandbox, workerId: string): Promise<string[]> {
  const rows = await sandbox.ledger<{ id: string }>(
    `SELECT id FROM tenantry.runs WHERE worker_id = $1 AND status = 'running'`,
    [workerId],
  );
  return rows.map((r) => r.id);
}

/** Resolves with the ms from `since` until every run in `runIds` has finished (succeeded, failed or cancelled). */
export async function handedOver(
  sandbox: Sandbox,
  runIds: readonly string[],
  since: number,
  timeoutMs = 180_000,
): Promise<number> {
  if (runIds.length === 0) return 0;
  await eventually(
    async () => {
      const rows = await sandbox.ledger<{ n: number }>(
        `SELECT count(*)::int AS n FROM tenantry.runs WHERE id = ANY($1::uuid[]) AND status IN ('succeeded', 'failed', 'cancelled')`,
        [runIds],
      );
      return rows[0]!.n === runIds.length ? true : undefined;
    },
    timeoutMs,
    100,
  );
  return Date.now() - since;
}

/** SIGKILLs a worker and records which runs it was in the middle of. */
export async function kill(sandbox: Sandbox, worker: Worker): Promise<{ at: number; runs: string[] }> {
  const id = await workerIdOf(sandbox, worker);
  worker.kill('SIGKILL');
  await exited(worker);
  const at = Date.now();
  return { at, runs: await runningOn(sandbox, id) };
}

/** Waits until `n` runs of a rollout have succeeded. */
export async function progressed(sandbox: Sandbox, rolloutId: string, n: number, timeoutMs = 120_000): Promise<void> {
  await eventually(
    async () => {
      const rows = await sandbox.ledger<{ n: number }>(
        `SELECT count(*)::int AS n FROM tenantry.runs WHERE rollout_id = $1 AND status = 'succeeded'`,
        [rolloutId],
      );
      return rows[0]!.n >= n ? true : undefined;
    },
    timeoutMs,
    25,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Figures the suite prints at the end of a scenario (one line each), for the README's reliability section. */
export function report(line: string): void {
  process.stdout.write(`      chaos: ${line}\n`);
}

export function summary(values: readonly number[]): string {
  if (values.length === 0) return 'none';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `n=${values.length} median ${(median / 1000).toFixed(1)} s, max ${(sorted.at(-1)! / 1000).toFixed(1)} s`;
}

/** The preload that arms a worker's fault point. */
const FAULT_HOOKS = new URL('./fault-hooks.js', import.meta.url).href;

/** Workers started through `worker()`, so a failed test can show what they logged. */
const spawned: Worker[] = [];

/**
 * Starts a worker; with `fault`, one that SIGKILLs itself the first time a run reaches that point
 * of the run protocol (the run hooks of fault-hooks.js, preloaded).
 */
export function worker(
  sandbox: Sandbox,
  options: { concurrency?: number; env?: Record<string, string>; fault?: FaultPoint } = {},
): Worker {
  const { fault, ...rest } = options;
  const child = sandbox.startWorker(
    fault ? { ...rest, env: { ...rest.env, TENANTRY_FAULT: fault }, nodeArgs: ['--import', FAULT_HOOKS] } : rest,
  );
  spawned.push(child);
  return child;
}

/** The last log lines of the workers of the test that just failed (warnings and errors only), then forgets them. */
export function workerLogs(failed: boolean): string[] {
  const lines = failed
    ? spawned.flatMap((w) =>
        w
          .output()
          .split('\n')
          .filter((l) => !/"level":(20|30)/.test(l))
          .map((l) => `[pid ${w.pid}] ${l.slice(0, 400)}`),
      )
    : [];
  spawned.length = 0;
  return lines.slice(-80);
}
