// One reconciler pass over N unfinished runs left by a worker that died.
import { performance } from 'node:perf_hooks';
import type { Logger } from '@tenantry/core';
import type { ReconcileResult } from '@tenantry/queue';
import { flushPrefix } from '../../test/helpers/services.js';
import type { BenchContext } from '../context.js';
import { cpuMeter, type CpuGroups } from '../support/cpu.js';
import { checkpoint, ledgerTable, withClient } from '../support/db.js';
import { waitingJobs } from '../support/queue.js';
import { UNSTAGED_FLAGS } from '../workload.js';
import { registerInLedger } from './enqueue.js';
import { accountsSandbox, cli } from './tenantry.js';

export interface ReconcilePass extends ReconcileResult {
  name: string;
  ms: number;
  cpuSeconds: CpuGroups;
}

export interface ReconcileFigures {
  runs: number;
  passes: ReconcilePass[];
}

/**
 * A rollout of n runs, no worker. Then a worker that died mid-rollout is staged in the ledger:
 * registered, its heartbeat an hour old, every other run `running` on it, the rest `queued`. One
 * pass of the reconciler, called in this process the way the worker runtime calls it (same
 * ControlDb and queue store options, opened and checked first), is timed four times: with the
 * queue intact (it revives n/2 runs and finds every job), first as the process's first pass, then
 * again; after the queue lost every key (it revives n/2 and enqueues all n again); and once more
 * with nothing left to repair (the pass every worker makes every reconcileIntervalMs).
 */
export async function benchReconcile(ctx: BenchContext, { runs: n }: { runs: number }): Promise<ReconcileFigures> {
  const sb = accountsSandbox(ctx, 'reconcile');
  const { ControlDb, loadConfig } = await import('@tenantry/core');
  const { openQueueStore, reconcile } = await import('@tenantry/queue');
  let control: InstanceType<typeof ControlDb> | undefined;
  let store: ReturnType<typeof openQueueStore> | undefined;
  try {
    ctx.log(`reconcile: init + ${n} tenants + a rollout of ${n} runs, no worker (not timed)`);
    await cli(sb, ['init']);
    await registerInLedger(sb, n);
    await cli(sb, ['--json', 'migrate', '--to', 'latest', ...UNSTAGED_FLAGS]);

    const config = loadConfig(sb.configFile, process.env);
    const concurrency = config.worker.concurrency;
    store = openQueueStore(config, { connectionName: 'tenantry bench reconciler', poolSize: Math.min(concurrency + 2, 20) });
    await store.assertReachable();
    control = new ControlDb(config, { max: Math.min(2 * concurrency + 2, 40), applicationName: 'tenantry bench reconciler' });
    await control.assertReady();
    const workerExpiryMs = Math.max(config.worker.heartbeatMs * 6, 3_000);
    const errors: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (obj, msg) => errors.push(`${msg}: ${JSON.stringify(obj)}`), child: () => logger };

    const strand = () =>
      withClient(sb.controlDb, async (c) => {
        await c.query(
          `INSERT INTO ${ledgerTable('workers')} (id, host, pid, concurrency, started_at, heartbeat_at) VALUES ('bench-dead-worker', 'bench', 1, 4, now() - interval '1 hour', now() - interval '1 hour')
           ON CONFLICT (id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at, stopped_at = NULL`,
        );
        // older than the 2 s the reconciler leaves a just-written run alone
        await c.query(`UPDATE ${ledgerTable('runs')} SET status = 'queued', queued_at = now() - interval '1 hour'`);
        await c.query(
          `UPDATE ${ledgerTable('runs')} SET status = 'running', worker_id = 'bench-dead-worker', attempt = 1, started_at = now() - interval '30 minutes'
           WHERE substr(tenant, 2)::int % 2 = 0`,
        );
        await c.query(`ANALYZE ${ledgerTable('runs')}`);
      });
    const pass = async (name: string, expect: Partial<ReconcileResult>): Promise<ReconcilePass> => {
      await checkpoint();
      ctx.log(`reconcile: timing one pass over ${n} unfinished runs (${name})`);
      const stopCpu = cpuMeter(ctx.run);
      const started = performance.now();
      const result = await reconcile({ control: control!, store: store!, config, workerExpiryMs, logger });
      const ms = performance.now() - started;
      const cpu = await stopCpu(); // where the pass spent its time: PostgreSQL, Redis, or this process (the reconciler's Node side)
      if (!result) throw new Error(`reconcile (${name}): no pass ran: ${errors.join('; ') || 'its lock was busy'}`);
      for (const [key, value] of Object.entries(expect)) {
        if (result[key as keyof ReconcileResult] !== value) throw new Error(`reconcile (${name}): expected ${key} ${value}, got ${JSON.stringify(result)}`);
      }
      return { name, ms, ...result, cpuSeconds: cpu.seconds };
    };

    const half = Math.floor(n / 2);
    // the first pass in a process also loads and compiles the code it runs (a worker's pass at start-up)
    await strand();
    const cold = await pass('queue intact, first pass', { revived: half, requeued: 0, checked: n });
    await strand();
    const intact = await pass('queue intact', { revived: half, requeued: 0, checked: n });
    await strand();
    await flushPrefix(sb.prefix); // the queue lost every key
    const lost = await pass('queue lost', { revived: half, requeued: n, checked: n });
    const waiting = await waitingJobs(sb.prefix);
    if (waiting !== n) throw new Error(`reconcile: expected ${n} jobs waiting after the pass, found ${waiting}`);
    const idle = await pass('nothing to repair', { revived: 0, requeued: 0, checked: n });
    return { runs: n, passes: [cold, intact, lost, idle] };
  } finally {
    await store?.close().catch(() => {});
    await control?.close().catch(() => {});
    await ctx.registry.destroy(sb);
  }
}
