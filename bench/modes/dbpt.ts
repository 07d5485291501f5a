// Database per tenant: the accounts platform with one database per tenant (`tenantDatabaseUrl`),
// on a PostgreSQL server of the bench's own, and what a rollout costs that server in connections.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { PrivatePostgres } from '../../test/helpers/postgres-servers.js';
import type { BenchContext } from '../context.js';
import { cpuMeter, type CpuUsage } from '../support/cpu.js';
import { withClientAt } from '../support/db.js';
import { cli, ledgerTimings, startWorkers, workerFigures, type TenantryDetails } from './tenantry.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { chunks, finishedEvent, MIGRATIONS_DIR, PLAIN_STEPS, PLATFORM, tenantIds, UNSTAGED_FLAGS } from '../workload.js';

/** The server's own limit, as a production server's default: max_connections 100, 3 reserved. */
const SERVER_SETTINGS = { max_connections: 100, superuser_reserved_connections: 3, log_connections: 'on' } as const;

export interface DbptFigures {
  tenants: number;
  workers: number;
  concurrency: number;
  /** `tenantry migrate --to latest --wait`, spawn → exit */
  ms: number;
  /** sessions opened on the tenant databases during the rollout, per tenant: all, then by who opened them */
  connectionsPerTenant: number;
  byApplication: Record<string, number>;
  /** the most client sessions the server had at once during the rollout: all, and the workers' run sessions */
  peakConnections: number;
  peakRunSessions: number;
  /** max_connections − superuser_reserved_connections */
  serverLimit: number;
  /** the workers' run sessions still open a while after the rollout (idle connections closed) */
  runSessionsAfterIdle: number;
  idleWaitMs: number;
  failedRuns: number;
  cpu: CpuUsage | undefined;
  details: TenantryDetails;
}

/** Samples pg_stat_activity of a server until stopped: the peak of client sessions, all and the workers' runs. */
function samplePeaks(url: string): { stop: () => Promise<{ all: number; runs: number }> } {
  let all = 0;
  let runs = 0;
  let running = true;
  const client = new pg.Client({ connectionString: url, application_name: 'bench sampler' });
  client.on('error', () => {});
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ all: number; runs: number }>(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE application_name LIKE 'tenantry run %')::int AS runs
         FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      all = Math.max(all, rows[0]?.all ?? 0);
      runs = Math.max(runs, rows[0]?.runs ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => {});
      await client.end().catch(() => {});
      return { all, runs };
    },
  };
}

/** Sessions the server log records per application (`log_connections`), from `offset` on. */
function sessionsByApplication(logFile: string, offset: number, databasePrefix: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const text = readFileSync(logFile, 'utf8').slice(offset);
  for (const match of text.matchAll(/connection authorized: user=\S+ database=(\S+)(?: application_name=([^\n]*))?/g)) {
    if (!match[1]!.startsWith(databasePrefix)) continue;
    // a worker's run sessions carry its id: counted together
    const app = (match[2] ?? '(none)').replace(/^tenantry run .*/, 'tenantry run (workers)').trim();
    counts[app] = (counts[app] ?? 0) + 1;
  }
  return counts;
}

/**
 * N tenant databases on a private server (max_connections 100), registered with `tenants add`;
 * W workers × C; `tenantry migrate --to latest --wait` timed. Measured from the server's side:
 * sessions opened on the tenant databases (log_connections), the peak of sessions at once
 * (pg_stat_activity, sampled every 20 ms), and the run sessions still open once the workers have
 * been idle a while.
 */
export async function benchDbpt(ctx: BenchContext, o: { tenants: number; workers: number; concurrency: number }): Promise<DbptFigures> {
  const label = `dbpt-${o.tenants}`;
  const server = await PrivatePostgres.start({ settings: SERVER_SETTINGS });
  if (typeof server === 'string') throw new Error(`${label}: cannot start a PostgreSQL server of its own: ${server}`);
  const removeServer = ctx.registry.onCleanup(() => server.destroy());
  let workers: BenchWorker[] = [];
  try {
    const prefix = `t_${ctx.run}_`;
    const sb = ctx.registry.sandbox(label, {
      platforms: {
        [PLATFORM]: {
          migrations: MIGRATIONS_DIR,
          tenantSchema: 'app',
          extra: { tenantDatabaseUrl: server.databaseUrl(`${prefix}{tenant}`) },
        },
      },
      servers: { platforms: server },
      extra: { worker: { heartbeatMs: 1000 }, run: undefined },
    });
    try {
      const tenants = tenantIds(o.tenants);
      ctx.log(`${label}: creating ${o.tenants} tenant databases on a private server, init, tenants add (not timed)`);
      await withClientAt(server.url, async (c) => {
        await c.query(`CREATE DATABASE ${pg.escapeIdentifier(sb.platformDbs[PLATFORM]!)}`);
        for (const part of chunks(tenants, 50)) {
          for (const t of part) await c.query(`CREATE DATABASE ${pg.escapeIdentifier(prefix + t)} TEMPLATE template0`);
        }
      });
      await cli(sb, ['init']);
      // --at 0: empty tenants, as they are (the default reads the version of every registered tenant)
      for (const part of chunks(tenants, 500)) await cli(sb, ['tenants', 'add', '--at', '0', PLATFORM, ...part]);
      workers = await startWorkers(ctx, sb, o.workers, o.concurrency);
      const limit = await withClientAt(server.url, async (c) => {
        const { rows } = await c.query<{ limit: number }>(
          `SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS limit`,
        );
        return rows[0]!.limit;
      });

      ctx.log(`${label}: ${o.workers} worker(s) × concurrency ${o.concurrency}; timing \`tenantry migrate --to latest --wait\``);
      const logOffset = readFileSync(server.logFile, 'utf8').length;
      const peaks = samplePeaks(server.url);
      const stopCpu = cpuMeter(ctx.run, workers.map((x) => x.pid));
      const result = await cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait', ...(ctx.options.unstaged ? UNSTAGED_FLAGS : [])], false);
      const cpu = await stopCpu();
      const peak = await peaks.stop();
      const finished = finishedEvent(result.stdout);
      if (result.code !== 0 || finished?.status !== 'succeeded' || finished.counts.succeeded !== o.tenants) {
        throw new Error(
          `${label}: migrate exited ${result.code}, rollout ${finished?.status ?? '?'} ${JSON.stringify(finished?.counts ?? {})}: ${result.stderr.trim().slice(-1000)} ${workers.map((x) => x.warnings.join('; ')).join(' | ')}`,
        );
      }
      const byApplication = sessionsByApplication(server.logFile, logOffset, prefix);
      const opened = Object.values(byApplication).reduce((a, b) => a + b, 0);
      // the workers, idle now, close what they no longer use
      const idleWaitMs = 15_000;
      await new Promise((resolve) => setTimeout(resolve, idleWaitMs));
      const left = await withClientAt(server.url, async (c) => {
        const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'tenantry run %'`);
        return rows[0]!.n;
      });
      await verifySample(server, prefix, tenants);
      const figures = { ...(await ledgerTimings(sb.controlDb, o.concurrency)), ...workerFigures(workers) };
      await Promise.all(workers.map((x) => stopChild(x.child)));
      return {
        tenants: o.tenants,
        workers: o.workers,
        concurrency: o.concurrency,
        ms: result.ms,
        connectionsPerTenant: opened / o.tenants,
        byApplication: Object.fromEntries(Object.entries(byApplication).map(([k, v]) => [k, v / o.tenants])),
        peakConnections: peak.all,
        peakRunSessions: peak.runs,
        serverLimit: limit,
        runSessionsAfterIdle: left,
        idleWaitMs,
        failedRuns: workers.reduce((n, x) => n + x.failed, 0),
        cpu,
        details: figures,
      };
    } finally {
      await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
      await ctx.registry.destroy(sb);
    }
  } finally {
    await removeServer();
  }
}

/** Every 50th tenant's database (and the last) is at the latest migration. */
async function verifySample(server: PrivatePostgres, prefix: string, tenants: readonly string[]): Promise<void> {
  const sample = tenants.filter((_, i) => i % 50 === 0 || i === tenants.length - 1);
  for (const t of sample) {
    const rows = await withClientAt(server.databaseUrl(prefix + t), async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM app.pgmigrations')).rows);
    if (rows[0]?.n !== PLAIN_STEPS.length) throw new Error(`tenant ${t}: ${rows[0]?.n ?? 0} migrations recorded, expected ${PLAIN_STEPS.length}`);
  }
}
