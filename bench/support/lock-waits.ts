// Lock waits on the tenants' database as the server sees them, sampled while a rollout runs: the
// application's sessions waiting behind a migration, and the migrations' own waits.
import pg from 'pg';
import { APP_NAME } from './app-load.js';
import type { LockWaitSample } from './latency.js';

/** A worker's run sessions are named `tenantry run <tag> <worker id>` (core's session-names). */
const RUN_SESSIONS = 'tenantry run %';

export interface LockWaitSampling {
  /** the application's sessions seen waiting on a lock */
  app: LockWaitSample[];
  /** the longest a migration's statement was seen waiting on a lock (ms) */
  migrationMaxWaitMs: number;
  samples: number;
  /** samples lost to a broken connection (the sampler reconnects) */
  failed: number;
}

const SAMPLE = `SELECT a.pid, a.application_name = $1 AS app,
       extract(epoch FROM clock_timestamp()) * 1000 AS at, extract(epoch FROM a.query_start) * 1000 AS query_start,
       EXISTS (SELECT 1 FROM pg_stat_activity m WHERE m.pid = ANY (pg_blocking_pids(a.pid)) AND m.application_name LIKE $2) AS behind_migration
  FROM pg_stat_activity a
 WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.state = 'active'
   AND (a.application_name = $1 OR a.application_name LIKE $2)`;

/** Samples pg_stat_activity every `intervalMs` until the returned function is called. */
export async function sampleLockWaits(databaseUrl: string, intervalMs = 100): Promise<() => Promise<LockWaitSampling>> {
  const open = async () => {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-lock-sampler' });
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  let client: pg.Client | undefined = await open();
  const result: LockWaitSampling = { app: [], migrationMaxWaitMs: 0, samples: 0, failed: 0 };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        client ??= await open();
        const { rows } = await client.query<{ pid: number; app: boolean; at: number; query_start: number; behind_migration: boolean }>(SAMPLE, [APP_NAME, RUN_SESSIONS]);
        result.samples += 1;
        for (const r of rows) {
          const at = Number(r.at);
          const queryStart = Number(r.query_start);
          if (r.app) result.app.push({ at, pid: r.pid, queryStart, behindMigration: r.behind_migration });
          else result.migrationMaxWaitMs = Math.max(result.migrationMaxWaitMs, at - queryStart);
        }
      } catch {
        // a broken connection: counted, and a new one opened for the next sample
        result.failed += 1;
        await client?.end().catch(() => {});
        client = undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await client?.end().catch(() => {});
    return result;
  };
}
