// The one-round-trip floor: the very statements a rollout sends (each migration built from its
// file by the same build thread a run uses), one transaction and one multi-statement string per
// tenant, over W×C connections; the tenants' schemas exist beforehand, as `tenants add` leaves
// them. What PostgreSQL itself needs for the rollout's DDL, with no bookkeeping around it.
import pg from 'pg';
import type { BenchContext, ModeResult } from '../context.js';
import { chunks, fingerprint, MIGRATIONS_DIR, schemaOf, tenantIds, verifyTenants } from '../workload.js';
import { withClient } from '../support/db.js';
import { sendEach } from './one-round-trip.js';

/** Each migration's statements, as a run builds them, with its history row. */
async function rolloutSteps(): Promise<string[]> {
  const { readMigrationSet } = await import('@tenantry/core');
  const { BuildSession, closeBuildThreads } = await import('@tenantry/core/internal');
  const files = readMigrationSet(MIGRATIONS_DIR).migrations;
  const session = await BuildSession.open(files);
  try {
    const noReads = () => Promise.reject(new Error('the floor builds migrations that do not read'));
    const steps: string[] = [];
    for (const file of files) {
      const built = await session.build(file.name, 'up', noReads);
      if (!built.usingTransaction) throw new Error(`floor: ${file.name} runs outside a transaction; the floor sends one transaction per tenant`);
      steps.push(`${built.sql.join('\n;\n')}\n;\nINSERT INTO "pgmigrations" (name, run_on) VALUES (${pg.escapeLiteral(file.name)}, NOW());`);
    }
    return steps;
  } finally {
    session.release();
    await closeBuildThreads();
  }
}

function tenantSql(schema: string, steps: readonly string[]): string {
  const s = pg.escapeIdentifier(schema);
  return [
    'BEGIN;',
    `SET LOCAL search_path TO ${s};`,
    'CREATE TABLE IF NOT EXISTS "pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);',
    ...steps,
    'COMMIT;',
  ].join('\n');
}

export async function benchFloor(ctx: BenchContext, { tenants: n, connections, label }: { tenants: number; connections: number; label: string }): Promise<ModeResult> {
  const database = `bench_${ctx.run}_${label}`;
  const tenants = tenantIds(n);
  try {
    await ctx.registry.createDatabase(database);
    const steps = await rolloutSteps();
    await withClient(database, async (c) => {
      for (const part of chunks(tenants, 500)) await c.query(part.map((t) => `CREATE SCHEMA ${pg.escapeIdentifier(schemaOf(t))};`).join('\n'));
    });
    const sql = tenants.map((t) => tenantSql(schemaOf(t), steps));
    ctx.log(`floor: ${n} tenants over ${connections} connection(s), the rollout's statements in one round trip per tenant`);
    const { ms, cpu } = await sendEach(ctx, database, sql, connections);
    await verifyTenants(database, tenants);
    const print = await fingerprint(database, schemaOf(tenants[0]!));
    return { row: { mode: `one-round-trip floor (${connections} conn)`, key: label, tenants: n, connections, ms, cpu }, print };
  } finally {
    await ctx.registry.dropDatabase(database).catch(() => {});
  }
}
