import type { Queue } from 'bullmq';
import {
  BackupLedger,
  RolloutLedger,
  SPAN_ATTRIBUTES,
  TenantRegistry,
  assertBackupsPossible,
  currentRolloutTrace,
  errorMessage,
  locateTenant,
  parseTenantId,
  planRollout,
  redactSecrets,
  rolloutSpan,
  type BackupStrategy,
  type ControlDb,
  type CreatedRun,
  type LifecycleEvents,
  type PoolRegistry,
  type RolloutPlan,
  type RolloutRequest,
  type TenantryConfig,
} from '@tenantry/core';
import { BACKUP_BATCH_JOB_NAME, PRIORITY, RUN_JOB_NAME, type TenantryJobData } from './queues.js';
import { backupBatchJobId, runJobId } from './job-data.js';

export interface EnqueuedRollout {
  rolloutId: string;
  plan: RolloutPlan;
  runs: CreatedRun[];
  /** open rollouts over the same tenants that this one aborted (`supersede`), with their cancelled runs */
  superseded: Array<{ id: string; cancelled: number }>;
  /**
   * Set when the queue refused the jobs after the ledger was written (Redis out of memory, read
   * only, gone): the rollout stands, and the reconciler of any worker queues its runs from the ledger.
   */
  queueError?: string;
}

const BULK = 1_000;
/** chunks in flight at once: Redis runs one at a time, but the next one is encoded and sent meanwhile */
const BULK_IN_FLIGHT = 4;

/** Adds the jobs of these runs. Deterministic ids: adding a run that is already queued is a no-op. */
export async function enqueueRuns(
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  runs: readonly CreatedRun[],
  options: { priority?: number } = {},
): Promise<void> {
  const chunks: Array<readonly CreatedRun[]> = [];
  for (let i = 0; i < runs.length; i += BULK) chunks.push(runs.slice(i, i + BULK));
  const traceparent = currentRolloutTrace(); // [trace: the rollout's context travels with its jobs]
  const send = async (): Promise<void> => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await queue.addBulk(
      chunk.map((run) => ({
        name: RUN_JOB_NAME,
        data: {
          runId: run.id,
          rolloutId,
          platform: run.platform,
          tenant: run.tenant,
          direction: run.direction,
          target: run.target,
          ...(run.method && run.method !== 'migrations' ? { method: run.method } : {}),
          ...(run.backup && run.backup !== 'none' ? { backup: run.backup } : {}),
          ...(run.backupId ? { backupId: run.backupId } : {}),
          ...(run.scope === 'shared' ? { scope: 'shared' as const } : {}),
          ...(traceparent ? { traceparent } : {}),
        },
        opts: { jobId: runJobId(run.id), ...(options.priority ? { priority: options.priority } : {}) },
      })),
    );
  };
  await Promise.all(Array.from({ length: Math.min(BULK_IN_FLIGHT, chunks.length) }, send));
}

/**
 * Backup batches: the runs of a rollout that backs up are enqueued by jobs that first dump their
 * tenants together (pg_dump's fixed cost is paid once per batch, not per tenant). A run still
 * checks, under its lock, that a backup of its tenant's current version exists, and takes one
 * itself if not: batching is only a speed-up.
 */
async function enqueueBackupBatches(queue: Queue<TenantryJobData>, rolloutId: string, runs: readonly CreatedRun[], batchSize: number, priority?: number): Promise<void> {
  const jobs: Array<{ name: string; data: TenantryJobData; opts: { jobId: string; priority?: number } }> = [];
  const traceparent = currentRolloutTrace(); // [trace: the rollout's context travels with its jobs]
  const byPlatform = new Map<string, CreatedRun[]>();
  for (const run of runs) {
    const list = byPlatform.get(run.platform);
    if (list) list.push(run);
    else byPlatform.set(run.platform, [run]);
  }
  for (const [platform, unordered] of byPlatform) {
    // batches are slices of the wave in run-id order: the reconciler recomputes them from the ledger
    const platformRuns = [...unordered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i * batchSize < platformRuns.length; i++) {
      const batch = platformRuns.slice(i * batchSize, (i + 1) * batchSize);
      jobs.push({
        name: BACKUP_BATCH_JOB_NAME,
        data: { rolloutId, platform, runIds: batch.map((r) => r.id), ...(traceparent ? { traceparent } : {}) },
        opts: { jobId: backupBatchJobId(batch[0]!.id), ...(priority ? { priority } : {}) },
      });
    }
  }
  for (let i = 0; i < jobs.length; i += BULK) await queue.addBulk(jobs.slice(i, i + BULK));
}

export interface EnqueueOptions {
  requestedBy?: string;
  options?: Record<string, unknown>;
  /** overrides the config's backup.strategy */
  backup?: BackupStrategy;
  /** restore from backups instead of running down migrations (rollbacks) */
  fromBackup?: boolean;
  priority?: number;
  /** abort open rollouts over the same tenants instead of being refused (RolloutConflict, exit 2) */
  supersede?: boolean;
  /** where rollout:started is emitted */
  events?: LifecycleEvents;
}

/**
 * The producer: validates the request, writes the rollout and all its runs to the ledger in one
 * transaction, then enqueues their jobs in bulk. The ledger is written first so that a queue that
 * loses jobs (or a producer that dies half-way) can be repaired from it; a queue that refuses the
 * jobs is reported in `queueError`, not thrown: the rollout is written and the reconciler queues it.
 */
export async function enqueueRollout(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  queue: Queue<TenantryJobData>,
  request: RolloutRequest & EnqueueOptions,
): Promise<EnqueuedRollout> {
  // [trace: the rollout's span] [event: rollout:started]
  return rolloutSpan(async (span) => {
    const rollout = await writeAndEnqueue(config, control, pools, queue, request);
    span.setAttributes({ [SPAN_ATTRIBUTES.rolloutId]: rollout.rolloutId, [SPAN_ATTRIBUTES.kind]: rollout.plan.kind, [SPAN_ATTRIBUTES.target]: rollout.plan.target, [SPAN_ATTRIBUTES.runs]: rollout.runs.length });
    request.events?.emit('rollout:started', { rolloutId: rollout.rolloutId, kind: rollout.plan.kind, target: rollout.plan.target, runs: rollout.runs.length, requestedBy: request.requestedBy ?? null });
    return rollout;
  });
}

async function writeAndEnqueue(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  queue: Queue<TenantryJobData>,
  request: RolloutRequest & EnqueueOptions,
): Promise<EnqueuedRollout> {
  const plan = await planRollout(config, new TenantRegistry(control), request, {
    pools,
    backups: new BackupLedger(control),
    ...(request.fromBackup ? { fromBackup: true } : {}),
  });
  const backup: BackupStrategy = request.fromBackup ? 'none' : (request.backup ?? config.backup.strategy);
  if (backup === 'pg_dump') {
    // shared runs are never backed up (see below): only the servers of tenant runs need pg_dump
    const tenantRuns = plan.runs.filter((r) => r.scope !== 'shared');
    const platforms = [...new Set(tenantRuns.map((r) => r.platform))];
    const servers = [];
    for (const platform of platforms) {
      const sample = tenantRuns.find((r) => r.platform === platform)!;
      const url = locateTenant(config.platforms[platform]!, parseTenantId(sample.tenant)).databaseUrl;
      const client = await pools.acquire(url);
      servers.push({ where: `platform ${platform}`, client });
    }
    try {
      await assertBackupsPossible(config.backup.dir, servers, config.backup.binDir);
    } finally {
      for (const server of servers) server.client.release();
    }
  }
  const ledger = new RolloutLedger(control);
  const { rolloutId, runs, superseded } = await ledger.createRollout({
    kind: plan.kind,
    target: plan.target,
    options: { platforms: request.platforms ?? [], tenants: request.tenants ?? [], backup, fromBackup: request.fromBackup === true, stages: plan.stages, ...request.options },
    ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    runs: plan.runs.map((run) => ({ ...run, backup: run.method === 'restore' || run.scope === 'shared' ? 'none' : backup })),
    ...(request.supersede ? { supersede: true } : {}),
  });
  const priority = request.priority ?? PRIORITY.fleet;
  // runs that wait for another run are enqueued when it finishes
  // and later waves when the wave before them is done
  const ready = runs.filter((run) => !run.afterRun && (run.wave ?? 0) === 0);
  try {
    await enqueueWave(queue, rolloutId, ready, { priority, backupBatchSize: config.backup.batchSize });
  } catch (error) {
    // the ledger is the system of record: the rollout exists and will run, so it is not reported as failed
    return { rolloutId, plan, runs, superseded, queueError: redactSecrets(errorMessage(error)) };
  }
  return { rolloutId, plan, runs, superseded };
}

/**
 * Enqueues the runs of a wave: those that back up their tenant first go through backup-batch
 * jobs (one pg_dump for many tenants), the others straight to the queue. The producer uses it for
 * a rollout's first wave, the worker for each wave it releases.
 */
export async function enqueueWave(
  queue: Queue<TenantryJobData>,
  rolloutId: string,
  runs: readonly CreatedRun[],
  options: { priority: number; backupBatchSize: number },
): Promise<void> {
  const batched: CreatedRun[] = [];
  const direct: CreatedRun[] = [];
  for (const run of runs) (run.backup === 'pg_dump' && run.scope !== 'shared' && run.method !== 'restore' ? batched : direct).push(run);
  await enqueueRuns(queue, rolloutId, direct, { priority: options.priority });
  if (batched.length > 0) await enqueueBackupBatches(queue, rolloutId, batched, options.backupBatchSize, options.priority);
}
