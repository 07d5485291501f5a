import type pg from 'pg';
import type { GovernorConfig } from '../config/schema.js';
import { SERVER_IDENTITY_SQL } from '../tenants/where.js';

/**
 * A database server's health as the governor reads it, in one round trip:
 * - lockWaiters: sessions waiting on a heavyweight lock (pg_stat_activity wait_event_type 'Lock'):
 *   application queries queued behind DDL, or DDL queued behind traffic;
 * - oldestTransactionSeconds: age of the oldest open transaction (xact_start), Tenantry's own run
 *   sessions aside (a long migration is the rollout's own work, not the server's strain);
 * - replicationLagSeconds / replicationLagBytes: the slowest standby (pg_stat_replication): the
 *   largest of its write, flush and replay lag, and the WAL it has not replayed yet;
 * - connectionsUsedRatio: client sessions over max_connections;
 * - activeSessions: the application's sessions running a statement now (state 'active'), Tenantry's
 *   own (its runs, this sampler, its queue and ledger) aside: the application's concurrency, which
 *   rises when its queries slow down (CPU or I/O saturation shows here while no lock is held), as
 *   gh-ost and pt-online-schema-change read Threads_running.
 * Without pg_monitor (or pg_read_all_stats) a role sees other roles' sessions without their wait
 * events and transaction starts: grant it to the role the workers connect as.
 */
export interface ServerSignals {
  lockWaiters: number;
  oldestTransactionSeconds: number;
  replicationLagSeconds: number;
  replicationLagBytes: number;
  connectionsUsedRatio: number;
  activeSessions: number;
}

export type SignalName = keyof ServerSignals;

export const SIGNAL_NAMES: readonly SignalName[] = [
  'lockWaiters',
  'oldestTransactionSeconds',
  'replicationLagSeconds',
  'replicationLagBytes',
  'connectionsUsedRatio',
  'activeSessions',
];

/** Each signal's threshold; null: the signal is shown but strains nothing. */
export type Thresholds = Pick<GovernorConfig, SignalName>;

const SAMPLE_SQL = `
  SELECT ${SERVER_IDENTITY_SQL} AS server,
         (SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock')::int AS "lockWaiters",
         (SELECT coalesce(extract(epoch FROM max(clock_timestamp() - xact_start)), 0) FROM pg_stat_activity
           WHERE xact_start IS NOT NULL AND backend_type = 'client backend' AND pid <> pg_backend_pid()
             AND application_name NOT LIKE 'tenantry run %')::float8 AS "oldestTransactionSeconds",
         (SELECT coalesce(extract(epoch FROM max(greatest(write_lag, flush_lag, replay_lag))), 0)
            FROM pg_stat_replication)::float8 AS "replicationLagSeconds",
         (SELECT coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), 0) FROM pg_stat_replication
           WHERE NOT pg_is_in_recovery())::float8 AS "replicationLagBytes",
         ((SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::float8
           / current_setting('max_connections')::int) AS "connectionsUsedRatio",
         (SELECT count(*) FROM pg_stat_activity
           WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()
             AND application_name <> 'tenantry' AND application_name NOT LIKE 'tenantry %')::int AS "activeSessions"`;

/** One server's identity and signals, read on `client` (a session of the governor's own). */
export async function sampleServer(
  client: pg.ClientBase | pg.Pool,
): Promise<{ server: string; signals: ServerSignals }> {
  const { rows } = await client.query<ServerSignals & { server: string }>(SAMPLE_SQL);
  const { server, ...signals } = rows[0]!;
  return { server, signals };
}

/** A signal over its threshold, as the budget's reason says it. */
export interface Strain {
  signal: SignalName;
  value: number;
  threshold: number;
}

/** The signals over their thresholds (none: the server is healthy). */
export function strainsOf(signals: ServerSignals, thresholds: Thresholds): Strain[] {
  const strains: Strain[] = [];
  for (const signal of SIGNAL_NAMES) {
    const threshold = thresholds[signal];
    if (threshold !== null && signals[signal] > threshold) strains.push({ signal, value: signals[signal], threshold });
  }
  return strains;
}

/** "replication lag 45.2 s > 30 s", for logs, deferral reasons and status views. */
export function describeStrain(strain: Strain): string {
  const { unit, scale } = UNITS[strain.signal];
  const show = (n: number) => `${Number((n * scale).toFixed(n * scale >= 10 ? 0 : 2))}${unit}`;
  return `${LABELS[strain.signal]} ${show(strain.value)} > ${show(strain.threshold)}`;
}

const LABELS: Record<SignalName, string> = {
  lockWaiters: 'lock waiters',
  oldestTransactionSeconds: 'oldest transaction',
  replicationLagSeconds: 'replication lag',
  replicationLagBytes: 'replication lag',
  connectionsUsedRatio: 'connections used',
  activeSessions: 'active sessions',
};

const UNITS: Record<SignalName, { unit: string; scale: number }> = {
  lockWaiters: { unit: '', scale: 1 },
  oldestTransactionSeconds: { unit: ' s', scale: 1 },
  replicationLagSeconds: { unit: ' s', scale: 1 },
  replicationLagBytes: { unit: ' MiB', scale: 1 / (1024 * 1024) },
  connectionsUsedRatio: { unit: '%', scale: 100 },
  activeSessions: { unit: '', scale: 1 },
};
