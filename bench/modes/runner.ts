// node-pg-migrate's runner, one tenant after another on one connection: what a hand-rolled loop
// over tenants does. The loop runs in a worker thread of this process (runner-loop.mjs).
import { Worker } from 'node:worker_threads';
import { databaseUrl } from '../../test/helpers/services.js';
import type { BenchContext, ModeResult } from '../context.js';
import { cpuMeter } from '../support/cpu.js';
import { checkpoint } from '../support/db.js';
import { fingerprint, MIGRATIONS_DIR, schemaOf, tenantIds, verifyTenants } from '../workload.js';

type LoopMessage = { type: 'connected' } | { type: 'done'; ms: number };

export async function benchRunnerLoop(ctx: BenchContext, { tenants: n }: { tenants: number }): Promise<ModeResult> {
  const database = `bench_${ctx.run}_runner`;
  const tenants = tenantIds(n);
  let worker: Worker | undefined;
  try {
    await ctx.registry.createDatabase(database);
    // no execArgv: the thread loads no TypeScript hooks, as a user's plain loop would not
    worker = new Worker(new URL('./runner-loop.mjs', import.meta.url), {
      execArgv: [],
      workerData: { databaseUrl: databaseUrl(database), dir: MIGRATIONS_DIR, schemas: tenants.map(schemaOf) },
    });
    const loop = worker;
    const next = () =>
      new Promise<LoopMessage>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        loop.once('error', onError);
        loop.once('message', (message: LoopMessage) => {
          loop.off('error', onError);
          resolve(message);
        });
      });
    if ((await next()).type !== 'connected') throw new Error('runner loop: expected the thread to connect first');
    await checkpoint();
    ctx.log(`runner loop: ${n} tenants, one connection`);
    const stopCpu = cpuMeter(ctx.run);
    const done = next();
    loop.postMessage('go');
    const result = await done;
    const cpu = await stopCpu(); // while the thread's connection is open: its backend's CPU is counted
    if (result.type !== 'done') throw new Error('runner loop: the thread did not finish');
    const exited = new Promise((resolve) => loop.once('exit', resolve));
    loop.postMessage('end');
    await exited;
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]!));
    return { row: { mode: 'node-pg-migrate runner loop', key: 'runner', tenants: n, connections: 1, ms: result.ms, cpu }, print };
  } finally {
    await worker?.terminate();
    await ctx.registry.dropDatabase(database).catch(() => {});
  }
}
