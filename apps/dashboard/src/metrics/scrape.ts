import { Registry } from 'prom-client';
import { WorkerRegistry, errorMessage, type ControlDb, type Logger } from '@tenantry/core';
import type { BackupViews } from '../read-model/backups.js';
import type { FleetReader } from '../read-model/fleet.js';
import type { DashboardQueues } from '../queues.js';
import { OPEN_STATUSES } from '../read-model/statuses.js';
import { histogramByPlatform } from './histogram.js';
import { registerPrecomputedHistogram } from './precomputed-histogram.js';
import { addGovernor } from './governor.js';
import { counter, gauge } from './series.js';

export interface ScrapeSources {
  control: ControlDb;
  fleet: FleetReader;
  queues: DashboardQueues;
  backups: BackupViews;
  logger: Logger;
  /** how long a worker may be silent and still count as alive (`workerExpiryMs`) */
  workerExpiryMs: number;
}

/** Seconds: from a no-op run (tens of ms) to a long data migration. */
export const RUN_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];
export const BACKUP_DURATION_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];
const QUEUE_TIMEOUT_MS = 3_000;

/**
 * `/metrics`, computed at scrape time from the ledger, the queue and the tenants' own migration
 * tables, so the dashboard shares no state with the workers and any number of dashboards agree.
 * Every scrape builds a fresh registry: nothing carries over, nothing needs resetting, and two
 * scrapes at once cannot mix their values.
 *
 * Not exposed: reconciler repairs. Each worker's reconciler logs its repairs but records none in
 * the ledger, so a scrape has nothing to count them from.
 */
export async function scrapeMetrics(sources: ScrapeSources): Promise<string> {
  const registry = new Registry();
  const { control } = sources;
  const runs = control.table('runs');

  const [tally, durations, rollouts, workers] = await Promise.all([
    // one pass over the runs for their outcomes, open runs, lock waits and lock retries
    control.pool.query<{
      platform: string;
      status: string;
      noop: boolean;
      n: number;
      deferrals: string;
      lock_timeouts: string;
    }>(
      `SELECT platform, status, coalesce(noop, false) AS noop, count(*)::int AS n, sum(deferrals)::int8 AS deferrals,
              sum(lock_timeouts)::int8 AS lock_timeouts
       FROM ${runs} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ),
    histogramByPlatform(
      control.pool,
      // date_part gives float8 at once (extract computes a numeric first: slow over 100,000 runs)
      `SELECT platform, date_part('epoch', finished_at - started_at) AS v FROM ${runs}
       WHERE status IN ('succeeded', 'failed') AND started_at IS NOT NULL AND finished_at IS NOT NULL`,
      RUN_DURATION_BUCKETS,
    ),
    control.pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM ${control.table('rollouts')} GROUP BY 1 ORDER BY 1`,
    ),
    new WorkerRegistry(control).alive(sources.workerExpiryMs),
  ]);
  const outcomes = new Map<string, { platform: string; outcome: string; n: number }>();
  const open: Array<{ platform: string; status: string; n: number }> = [];
  const deferrals = new Map<string, number>();
  const lockTimeouts = new Map<string, number>();
  for (const r of tally.rows) {
    deferrals.set(r.platform, (deferrals.get(r.platform) ?? 0) + Number(r.deferrals));
    lockTimeouts.set(r.platform, (lockTimeouts.get(r.platform) ?? 0) + Number(r.lock_timeouts));
    if ((OPEN_STATUSES as readonly string[]).includes(r.status)) {
      const same = open.find((o) => o.platform === r.platform && o.status === r.status);
      if (same) same.n += r.n;
      else open.push({ platform: r.platform, status: r.status, n: r.n });
    } else {
      const outcome = r.status === 'succeeded' && r.noop ? 'noop' : r.status;
      const key = `${r.platform}\u0000${outcome}`;
      const counted = outcomes.get(key) ?? { platform: r.platform, outcome, n: 0 };
      counted.n += r.n;
      outcomes.set(key, counted);
    }
  }

  const runsTotal = counter(registry, {
    name: 'tenantry_runs_total',
    help: 'Finished runs by platform and outcome (succeeded, noop, failed, cancelled), from the ledger.',
    labelNames: ['platform', 'outcome'],
  });
  for (const r of outcomes.values()) runsTotal.inc({ platform: r.platform, outcome: r.outcome }, r.n);

  const runsOpen = gauge(registry, {
    name: 'tenantry_runs_open',
    help: 'Runs not finished yet, by platform and status (waiting for another run, queued, running).',
    labelNames: ['platform', 'status'],
  });
  for (const r of open) runsOpen.set({ platform: r.platform, status: r.status }, r.n);

  registerPrecomputedHistogram(registry, {
    name: 'tenantry_run_duration_seconds',
    help: 'How long finished runs took, from claim to finish, by platform.',
    buckets: RUN_DURATION_BUCKETS,
    label: 'platform',
    data: durations,
  });

  const lockWaits = counter(registry, {
    name: 'tenantry_lock_waits_total',
    help: 'Times a run found its tenant locked by another run and was deferred, by platform.',
    labelNames: ['platform'],
  });
  for (const [platform, n] of deferrals) lockWaits.inc({ platform }, n);

  const lockRetries = counter(registry, {
    name: 'tenantry_lock_retries_total',
    help: "Lock timeouts met by runs' transactions (each rolled back, then tried again or the run deferred), by platform.",
    labelNames: ['platform'],
  });
  for (const [platform, n] of lockTimeouts) lockRetries.inc({ platform }, n);

  const rolloutGauge = gauge(registry, {
    name: 'tenantry_rollouts',
    help: 'Rollouts in the ledger by status.',
    labelNames: ['status'],
  });
  for (const status of ['running', 'succeeded', 'failed', 'cancelled'])
    rolloutGauge.set({ status }, rollouts.rows.find((r) => r.status === status)?.n ?? 0);

  const aliveHelp = `Workers alive: not stopped, with a heartbeat in the last ${sources.workerExpiryMs / 1000} seconds (six heartbeat intervals).`;
  gauge(registry, { name: 'tenantry_workers_alive', help: aliveHelp }).set(workers.length);

  await Promise.all([
    addFleet(registry, sources),
    addQueue(registry, sources),
    addBackups(registry, sources),
    addGovernor(registry, control),
  ]);
  return registry.metrics();
}

/**
 * Tenants per platform, server and version: one series per server and version a platform's tenants are at (the
 * ledger's record, `unknown` where there is none and the schema was not read), never one per tenant.
 */
async function addFleet(registry: Registry, { fleet }: ScrapeSources): Promise<void> {
  const { counts, reachable } = await fleet.versionCounts();
  const tenants = gauge(registry, {
    name: 'tenantry_tenants',
    help: "Registered tenants by platform, server and version (the ledger's record from each tenant's last run; unrecorded ones read from the tenant's migrations table).",
    labelNames: ['platform', 'server', 'version'],
  });
  const answered = gauge(registry, {
    name: 'tenantry_platform_reachable',
    help: 'Whether every database of a platform answered the read of unrecorded tenant versions (1) or not (0).',
    labelNames: ['platform'],
  });
  for (const c of counts) tenants.set({ platform: c.platform, server: c.server, version: c.version }, c.tenants);
  for (const [platform, ok] of reachable) answered.set({ platform }, ok ? 1 : 0);
}

async function addQueue(registry: Registry, { queues, logger }: ScrapeSources): Promise<void> {
  const up = gauge(registry, {
    name: 'tenantry_queue_up',
    help: 'Whether the queue (Redis) answered this scrape.',
  });
  try {
    const counts = await queues.counts(QUEUE_TIMEOUT_MS);
    const depth = gauge(registry, {
      name: 'tenantry_queue_jobs',
      help: 'Jobs in a Tenantry queue by state (BullMQ getJobCounts).',
      labelNames: ['queue', 'state'],
    });
    for (const { queue, counts: byState } of counts)
      for (const [state, n] of Object.entries(byState)) depth.set({ queue, state }, n);
    up.set(1);
  } catch (error) {
    logger.warn({ err: errorMessage(error) }, 'metrics: queue counts unavailable');
    up.set(0);
  }
}

async function addBackups(registry: Registry, { backups, control }: ScrapeSources): Promise<void> {
  const totals = await backups.totals();
  if (!totals) return; // no backups table yet: no backup series at all
  const taken = counter(registry, {
    name: 'tenantry_backups_total',
    help: 'Backups taken (recorded in the ledger, pruned ones included), by platform.',
    labelNames: ['platform'],
  });
  const takenBytes = counter(registry, {
    name: 'tenantry_backup_bytes_total',
    help: 'Bytes of all backups taken, by platform.',
    labelNames: ['platform'],
  });
  const kept = gauge(registry, {
    name: 'tenantry_backups_kept',
    help: 'Backups kept (not pruned), by platform.',
    labelNames: ['platform'],
  });
  const keptBytes = gauge(registry, {
    name: 'tenantry_backup_kept_bytes',
    help: 'Bytes of the backups kept (not pruned), by platform.',
    labelNames: ['platform'],
  });
  for (const t of totals) {
    taken.inc({ platform: t.platform }, t.taken);
    takenBytes.inc({ platform: t.platform }, t.takenBytes);
    kept.set({ platform: t.platform }, t.kept);
    keptBytes.set({ platform: t.platform }, t.keptBytes);
  }
  // a duration histogram only when the ledger records how long backups take (today it does not)
  const source = await backups.durationSource();
  if (!source) return;
  registerPrecomputedHistogram(registry, {
    name: 'tenantry_backup_duration_seconds',
    help: 'How long backups took, by platform.',
    buckets: BACKUP_DURATION_BUCKETS,
    label: 'platform',
    data: await histogramByPlatform(control.pool, source, BACKUP_DURATION_BUCKETS),
  });
}
