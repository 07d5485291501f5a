import { InvalidInput, checkInvariants } from '@tenantry/core';
import { openQueueStore, runJobId, type QueueStore } from '@tenantry/queue';
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
  if ((options.platform?.length ?? 0) > 0 || (options.tenant?.length ?? 0) > 0) throw new InvalidInput('--invariants checks the whole fleet or one --rollout, not --platform or --tenant');
  const rolloutId = options.rollout === undefined ? undefined : await resolveRecordId(ctx, 'rollout', options.rollout);
  const store = openQueueStore(ctx.config, { connectionName: 'tenantry cli invariants' });
  try {
    // the queue is part of what is checked: an unreachable one is an error, not a pass
    await store.assertReachable();
    const started = Date.now();
    const report = await checkInvariants({
      config: ctx.config,
      control: ctx.control,
      pools: ctx.pools,
      workerExpiryMs: Math.max(ctx.config.worker.heartbeatMs * 6, 3_000),
      ...(rolloutId ? { rolloutId } : {}),
      jobsExist: (runIds) => jobsAlive(store, runIds),
    });
    const ms = Date.now() - started;
    if (ctx.json) {
      printJson({ ...report, ms });
    } else {
      for (const v of report.violations) {
        const who = [v.platform && v.tenant ? `${v.platform}/${v.tenant}` : v.platform, v.runId ? `run ${v.runId}` : undefined].filter(Boolean).join(' ');
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

async function jobsAlive(store: QueueStore, runIds: readonly string[]): Promise<boolean[]> {
  const queue = store.runQueue();
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
