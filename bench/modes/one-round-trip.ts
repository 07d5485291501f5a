// What the `plain` and `floor` modes share: one multi-statement string per tenant, sent over C
// connections, each taking the next tenant until none is left.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { databaseUrl } from '../../test/helpers/services.js';
import type { BenchContext } from '../context.js';
import { cpuMeter, type CpuUsage } from '../support/cpu.js';
import { checkpoint } from '../support/db.js';

/** Times `sql` (one string per tenant) over `connections` connections, opened before the clock starts. */
export async function sendEach(ctx: BenchContext, database: string, sql: readonly string[], connections: number): Promise<{ ms: number; cpu: CpuUsage }> {
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < connections; i++) {
      const client = new pg.Client({ connectionString: databaseUrl(database) });
      client.on('error', () => {});
      clients.push(client);
      await client.connect(); // connected before timing: it is the DDL we measure
    }
    await checkpoint();
    let next = 0;
    const stopCpu = cpuMeter(ctx.run);
    const started = performance.now();
    // each connection takes the next tenant until none is left (same work-sharing as a queue)
    await Promise.all(
      clients.map(async (client) => {
        while (next < sql.length) await client.query(sql[next++]!);
      }),
    );
    const ms = performance.now() - started;
    return { ms, cpu: await stopCpu() };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
}
