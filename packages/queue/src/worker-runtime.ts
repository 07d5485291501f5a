import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  BackupLedger,
  ControlDb,
  PoolRegistry,
  RolloutLedger,
  WorkerRegistry,
  errorMessage,
  workerExpiryMs,
  type Logger,
  type TenantryConfig,
} from '@tenantry/core';
import { Governor, SessionSlots, closeBuildThreads, runSessionName } from '@tenantry/core/internal';
import { openQueueStore } from './backend.js';
import { createRunProcessor } from './processor.js';
import { reconcile } from './reconciler.js';
import { RunWatch } from './run-watch.js';
import { createNotifier } from './notifications/notifier.js';
import { startWebhookWorker } from './notifications/webhook-worker.js';
import { traceJobs } from './tracing/trace-jobs.js';

export interface WorkerOptions {
  config: TenantryConfig;
  logger: Logger;
  concurrency?: number;
  /** defaults to host-pid-random */
  workerId?: string;
}

export interface RunningWorker {
  id: string;
  /** Stops taking jobs, lets running runs finish (up to the shutdown timeout), then closes. */
  close(): Promise<void>;
}

/** How long each step of a shutdown past its timeout may take: the whole stop is bounded. */
const STOP_GRACE_MS = 10_000;

/** Waits for `work`, at most `ms` (its failure is ignored: a stop goes on regardless). */
async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * Starts a worker in this process: a BullMQ worker on the run queue, a pool per tenant database,
 * and a heartbeat in the ledger. Any number of these may run on any hosts.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { config, logger } = options;
  const concurrency = options.concurrency ?? config.worker.concurrency;
  const id = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const log = logger.child({ workerId: id });

  const store = openQueueStore(config, {
    connectionName: `tenantry worker ${id}`,
    poolSize: Math.min(concurrency + 2, 20),
  });
  await store.assertReachable();
  // runs on budgeted platforms hold a control session each (their budget slot) besides ledger writes
  const control = new ControlDb(config, {
    max: Math.min(2 * concurrency + 3, 41), // and one for the governor (its budget slots)
    applicationName: `tenantry worker ${id}`.slice(0, 63),
  });
  await control.assertReady();
  const registry = new WorkerRegistry(control);
  await registry.register({ id, host: hostname(), pid: process.pid, concurrency });
  // every session this worker opens on a platform database is named after it (locks cleanup)
  // a run holds one connection; across all the databases of one server the worker holds at most
  // connectionsPerServer (runs wait for one), and closes what it has not used for idleConnectionMs
  const pools = new PoolRegistry(
    concurrency,
    { applicationName: runSessionName(id) },
    { perServer: config.worker.connectionsPerServer ?? concurrency, idleMs: config.worker.idleConnectionMs },
  );
  const ledger = new RolloutLedger(control);

  const queue = store.runQueue();
  const backups = new BackupLedger(control);
  const watch = new RunWatch();
  watch.start(ledger, log);
  // runs in flight per database server, across all workers, cut while a server is strained
  const governor = config.governor.enabled ? new Governor(config, control, log).start() : undefined;
  // lifecycle events to the logs and the webhooks; this process sends its share of the deliveries
  const notifier = createNotifier(config, () => store.notificationQueue(), log);
  const webhooks = startWebhookWorker(config, store, log);
  // `concurrency` runs hold a tenant session at once, and as many jobs are taken: one job taken
  // ahead upset the one-at-a-time order that a halt at --max-failures relies on (session-slots.ts)
  const sessions = new SessionSlots(concurrency);
  const processor = createRunProcessor({
    config,
    pools,
    ledger,
    backups,
    control,
    queue,
    workerId: id,
    logger: log,
    watch,
    ...(governor ? { governor } : {}),
    events: notifier.events,
    sessions,
  });
  const worker = store.createWorker(traceJobs(processor), {
    concurrency,
    // a killed worker's jobs are noticed and handed on within ~lockDuration + stalledInterval
    // (15 s at most; a false stall only delivers a job twice, which the tenant lock makes harmless)
    lockDuration: 10_000,
    stalledInterval: 5_000,
    maxStalledCount: 3,
  });
  worker.on('error', (error) => log.error({ err: errorMessage(error) }, 'queue error'));
  worker.on('stalled', (jobId) => log.warn({ jobId }, 'job stalled: its worker vanished; it will run again'));

  // the ledger is the system of record: repair what the queue lost, at start and then regularly
  const expiry = workerExpiryMs(config.worker.heartbeatMs);
  const repair = () =>
    reconcile({ control, store, config, workerExpiryMs: expiry, logger: log, events: notifier.events });
  void repair();
  const reconciler = setInterval(() => void repair(), config.worker.reconcileIntervalMs);
  reconciler.unref();

  const heartbeat = setInterval(() => {
    registry.heartbeat(id).catch((error: unknown) => log.warn({ err: errorMessage(error) }, 'heartbeat failed'));
  }, config.worker.heartbeatMs);
  heartbeat.unref();
  log.info({ concurrency, queue: store.where }, 'worker started');

  let closing: Promise<void> | undefined;
  return {
    id,
    close() {
      closing ??= (async () => {
        log.info({}, 'worker stopping: letting running runs finish');
        clearInterval(heartbeat);
        clearInterval(reconciler);
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), config.worker.shutdownTimeoutMs);
        });
        const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          // each run in flight is stopped (its migration code ended, its statement cancelled, its
          // session ended if it does not answer) and handed on: its transaction rolls back
          const stopping = watch.stopAll();
          log.warn(
            { timeoutMs: config.worker.shutdownTimeoutMs, runs: stopping },
            'runs did not finish in time; stopping them (their transactions roll back, they run again elsewhere)',
          );
          await bounded(worker.close(), STOP_GRACE_MS);
          await bounded(worker.close(true), STOP_GRACE_MS);
        }
        watch.close();
        // events of the last runs are queued before the queue closes; deliveries in flight finish or run again elsewhere
        await bounded(notifier.flush(), STOP_GRACE_MS);
        notifier.close();
        if (webhooks) await bounded(webhooks.close(), STOP_GRACE_MS);
        if (governor) await bounded(governor.close(), STOP_GRACE_MS);
        await bounded(registry.stopped(id), STOP_GRACE_MS);
        await bounded(store.close(), STOP_GRACE_MS);
        // a session still busy is ended with the process: the server frees its locks then
        await bounded(pools.close(), STOP_GRACE_MS);
        await bounded(control.close(), STOP_GRACE_MS);
        await closeBuildThreads();
        log.info({}, 'worker stopped');
      })();
      return closing;
    },
  };
}
