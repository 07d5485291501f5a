import {
  InvalidInput,
  TenantryError,
  checkInvariants,
  errorMessage,
  workerExpiryMs,
  type CheckInvariantsOptions,
  type InvariantReport,
} from '@tenantry/core';
import type { QueueStore } from '@tenantry/queue';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';
import { resolveRecordId } from '../record-id.js';

export interface InvariantsOptions {
  invariants?: boolean;
  rollout?: string;
  platform?: string[];
  tenant?: string[];
}

/**
 * `tenantry verify --invariants`: Tenantry's promise checked against the fleet's real state
 * (versions, fingerprints, indexes, locks, runs, queue, backups, compensations). One line per
 * violation; exit 1 when any invariant is broken.
 */
export async function invariantsCommand(ctx: CliContext, options: InvariantsOptions): Promise<number> {
  if (!options.invariants) throw new InvalidInput('--rollout goes with --invariants');
  if ((options.platform?.length ?? 0) > 0 || (options.tenant?.length ?? 0) > 0)
    throw new InvalidInput('--invariants checks the whole fleet or one --rollout, not --platform or --tenant');
  const rolloutId = options.rollout === undefined ? undefined : await resolveRecordId(ctx, 'rollout', options.rollout);
  const { openQueueStore } = await import('@tenantry/queue');
  const store = openQueueStore(ctx.config, { connectionName: 'tenantry cli invariants' });
  try {
    // the queue is part of what is checked: an unreachable one is an error, not a pass
    await store.assertReachable();
    const started = Date.now();
    const report = await checkWithRetries({
      config: ctx.config,
      control: ctx.control,
      pools: ctx.pools,
      workerExpiryMs: workerExpiryMs(ctx.config.worker.heartbeatMs),
      ...(rolloutId ? { rolloutId } : {}),
      jobsExist: (runIds) => jobsAlive(store, runIds),
    });
    const ms = Date.now() - started;
    if (ctx.json) {
      printJson({ ...report, ms });
    } else {
      for (const v of report.violations) {
        const who = [
          v.platform && v.tenant ? `${v.platform}/${v.tenant}` : v.platform,
          v.runId ? `run ${v.runId}` : undefined,
        ]
          .filter(Boolean)
          .join(' ');
        printLine(`${v.invariant}: ${who ? `${who}: ` : ''}${v.message}`);
      }
      const { tenants, runs, databases } = report.checked;
      printLine(
        `invariants: ${tenants} tenant(s), ${runs} run(s), ${databases} database(s) checked in ${(ms / 1000).toFixed(1)} s: ` +
          (report.ok ? 'all hold' : `${report.violations.length} violation(s)`),
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

/** States a job can still run from; a completed or failed job of a queued run is lost. */
const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children', 'wait']);

/** Lock not granted in time, a deadlock, a serialization failure: the fleet was busy, not broken. */
/** SQLSTATEs of a busy fleet: lock_not_available, deadlock_detected, serialization_failure. */
const BUSY_SQLSTATES: readonly unknown[] = ['55P03', '40P01', '40001'];
const TRIES = 3;

/**
 * The check reads catalogs and tenants' tables under the sessions' lock_timeout: one that meets a
 * busy fleet (a migration holding a table's lock) is tried again; still busy after three tries,
 * it ends with exit 2 naming the cause, never as a broken invariant.
 */
async function checkWithRetries(options: CheckInvariantsOptions): Promise<InvariantReport> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await checkInvariants(options);
    } catch (error) {
      if (!BUSY_SQLSTATES.includes((error as { code?: unknown } | null)?.code)) throw error;
      if (attempt >= TRIES) {
        throw new TenantryError(
          'INVARIANTS_BUSY',
          `could not check the invariants: ${errorMessage(error)} (SQLSTATE ${(error as { code: string }).code}, ${TRIES} tries): the fleet is busy; try again when it is quieter`,
          { cause: error },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

async function jobsAlive(store: QueueStore, runIds: readonly string[]): Promise<boolean[]> {
  const queue = store.runQueue();
  const { runJobId } = await import('@tenantry/queue');
  const alive: boolean[] = [];
  for (let i = 0; i < runIds.length; i += 20) {
    const batch = await Promise.all(
      runIds.slice(i, i + 20).map(async (id) => {
        const job = await queue.getJob(runJobId(id));
        return job ? LIVE_STATES.has(await job.getState()) : false;
      }),
    );
    alive.push(...batch);
  }
  return alive;
}
