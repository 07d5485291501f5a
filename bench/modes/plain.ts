// plain SQL over W×C connections: the same DDL written by hand, one transaction and one round
// trip per tenant, no tooling at all.
import type { BenchContext, ModeResult } from '../context.js';
import { fingerprint, oneRoundTripSql, PLAIN_STEPS, schemaOf, tenantIds, verifyTenants } from '../workload.js';
import { sendEach } from './one-round-trip.js';

export async function benchPlainSql(ctx: BenchContext, { tenants: n, connections }: { tenants: number; connections: number }): Promise<ModeResult> {
  const database = `bench_${ctx.run}_plain`;
  const tenants = tenantIds(n);
  try {
    await ctx.registry.createDatabase(database);
    const sql = tenants.map((t) => oneRoundTripSql(schemaOf(t), PLAIN_STEPS)); // built before timing too
    ctx.log(`plain SQL: ${n} tenants over ${connections} connection(s)`);
    const { ms, cpu } = await sendEach(ctx, database, sql, connections);
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]!));
    return { row: { mode: `plain SQL (${connections} conn)`, key: 'plain', tenants: n, connections, ms, cpu }, print };
  } finally {
    await ctx.registry.dropDatabase(database).catch(() => {});
  }
}
