// node-pg-migrate's runner, one tenant after another on one connection: what a hand-rolled loop
// over tenants does.
import { performance } from 'node:perf_hooks';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { databaseUrl } from '../../test/helpers/services.js';
import type { BenchContext, ModeResult } from '../context.js';
import { cpuMeter } from '../support/cpu.js';
import { checkpoint } from '../support/db.js';
import { fingerprint, MIGRATIONS_DIR, schemaOf, tenantIds, verifyTenants } from '../workload.js';

export async function benchRunnerLoop(ctx: BenchContext, { tenants: n }: { tenants: number }): Promise<ModeResult> {
  const database = `bench_${ctx.run}_runner`;
  const tenants = tenantIds(n);
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  client.on('error', () => {});
  try {
    await ctx.registry.createDatabase(database);
    await client.connect();
    await checkpoint();
    ctx.log(`runner loop: ${n} tenants, one connection`);
    const stopCpu = cpuMeter(ctx.run);
    const started = performance.now();
    for (const tenant of tenants) {
      await runner({
        dbClient: client,
        schema: schemaOf(tenant),
        createSchema: true,
        migrationsTable: 'pgmigrations',
        dir: MIGRATIONS_DIR,
        direction: 'up',
        singleTransaction: true,
        noLock: true,
        checkOrder: true,
        log: () => {},
      });
    }
    const ms = performance.now() - started;
    const cpu = await stopCpu();
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]!));
    return { row: { mode: 'node-pg-migrate runner loop', key: 'runner', tenants: n, connections: 1, ms, cpu }, print };
  } finally {
    await client.end().catch(() => {});
    await ctx.registry.dropDatabase(database).catch(() => {});
  }
}
