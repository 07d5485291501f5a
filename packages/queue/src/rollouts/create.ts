import {
  BackupLedger,
  KnownVersions,
  SPAN_ATTRIBUTES,
  TenantRegistry,
  errorMessage,
  locateTenant,
  recordedServer,
  parseTenantId,
  planRollout,
  redactSecrets,
  type BackupStrategy,
  type CreatedRun,
  type NewRollout,
  type RolloutPlan,
  type RolloutRequest,
} from '@tenantry/core';
import { assertBackupsPossible, rolloutSpan } from '@tenantry/core/internal';
import type { Span } from '@opentelemetry/api';
import { enqueueWave } from '../producer.js';
import { PRIORITY } from '../queues.js';
import { eventsOf, type CreateDeps, type RolloutDeps } from './deps.js';
import { rolloutClosed } from './follow-up.js';

export interface CreatedRollout {
  rolloutId: string;
  runs: CreatedRun[];
  /** open rollouts over the same tenants that this one aborted (`supersede`), with their cancelled runs */
  superseded: Array<{ id: string; cancelled: number }>;
  /**
   * Set when the queue refused the jobs after the ledger was written (Redis out of memory, read
   * only, gone): the rollout stands, and the reconciler of any worker queues its runs from the ledger.
   */
  queueError?: string;
}

export interface EnqueuedRollout extends CreatedRollout {
  plan: RolloutPlan;
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
}

/**
 * A migrate or rollback rollout: validates the request, writes the rollout and all its runs to
 * the ledger in one transaction, then enqueues its first wave in bulk. The ledger is written
 * first so that a queue that loses jobs (or a producer that dies half-way) can be repaired from
 * it; a queue that refuses the jobs is reported in `queueError`, not thrown: the rollout is
 * written and the reconciler queues it.
 */
export async function createRollout(
  deps: CreateDeps,
  request: RolloutRequest & EnqueueOptions,
): Promise<EnqueuedRollout> {
  // [trace: the rollout's span, around its planning, its ledger write and its first enqueue]
  return rolloutSpan((span) => planAndCreate(deps, request, span));
}

async function planAndCreate(
  deps: CreateDeps,
  request: RolloutRequest & EnqueueOptions,
  span: Span,
): Promise<EnqueuedRollout> {
  const { config, control, pools } = deps;
  const plan = await planRollout(config, new TenantRegistry(control), request, {
    pools,
    backups: new BackupLedger(control),
    known: new KnownVersions(control),
    ...(request.fromBackup ? { fromBackup: true } : {}),
  });
  const backup: BackupStrategy = request.fromBackup ? 'none' : (request.backup ?? config.backup.strategy);
  if (backup === 'pg_dump') await assertDumpable(deps, plan);
  const created = await write(
    deps,
    span,
    {
      kind: plan.kind,
      target: plan.target,
      options: {
        platforms: request.platforms ?? [],
        tenants: request.tenants ?? [],
        backup,
        fromBackup: request.fromBackup === true,
        stages: plan.stages,
        ...selectionOf(request, plan),
        ...(request.recheck ? { recheck: true } : {}),
        skippedAtTarget: plan.skippedAtTarget,
        ...request.options,
      },
      stages: plan.stages,
      ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
      runs: plan.runs.map((run) => ({
        ...run,
        backup: run.method === 'restore' || run.scope === 'shared' ? 'none' : backup,
      })),
      ...(request.supersede ? { supersede: true } : {}),
    },
    request.priority ?? PRIORITY.fleet,
  );
  return { ...created, plan };
}

/** How the rollout chose its tenants (labels, pins, holds, canary, waves), kept with it as asked. */
function selectionOf(request: RolloutRequest, plan: RolloutPlan): Record<string, unknown> {
  const asked = {
    where: request.where,
    exclude: request.exclude,
    includePinned: request.includePinned,
    includeHeld: request.includeHeld,
    canaryWhere: request.canaryWhere,
    wavesBy: request.wavesBy,
  };
  const selection: Record<string, unknown> = Object.fromEntries(
    Object.entries(asked).filter(([, v]) => v !== undefined),
  );
  // counts, not names: a fleet may pin thousands of tenants
  const count = (reason: string) => new Set(plan.skipped.filter((s) => s.reason === reason).map((s) => s.tenant)).size;
  if (plan.skipped.length > 0) selection.skipped = { pinned: count('pinned'), held: count('held') };
  return Object.keys(selection).length > 0 ? { selection } : {};
}

/** Shared runs are never backed up: only the servers of tenant runs need a pg_dump that can dump them. */
async function assertDumpable(deps: CreateDeps, plan: RolloutPlan): Promise<void> {
  const tenantRuns = plan.runs.filter((r) => r.scope !== 'shared');
  const platforms = [...new Set(tenantRuns.map((r) => r.platform))];
  const servers = [];
  try {
    for (const platform of platforms) {
      // one tenant of each server the runs reach
      const config = deps.config.platforms[platform]!;
      const samples = new Map<string, string>();
      for (const r of tenantRuns.filter((r) => r.platform === platform))
        samples.set(recordedServer(config, r.tenant, r.serverId), r.tenant);
      for (const [serverId, tenant] of samples) {
        const url = locateTenant(config, parseTenantId(tenant), serverId).databaseUrl;
        const where =
          config.serverOrder.length > 1 ? `server ${serverId} of platform ${platform}` : `platform ${platform}`;
        servers.push({ where, client: await deps.pools.acquire(url) });
      }
    }
    await assertBackupsPossible(deps.config.backup.dir, servers, deps.config.backup.binDir);
  } finally {
    for (const server of servers) server.client.release();
  }
}

/**
 * Writes a rollout to the ledger, then enqueues the runs that wait for nothing: runs that wait
 * for another run are enqueued when it finishes, later waves when the wave before them is done.
 * (Shared runs and restores never back up first: enqueueWave sends them straight to the queue.)
 * A queue refusing the jobs is returned as `queueError` (the ledger is the system of record).
 */
export async function writeAndEnqueue(
  deps: RolloutDeps,
  rollout: NewRollout,
  priority: number,
): Promise<CreatedRollout> {
  return rolloutSpan((span) => write(deps, span, rollout, priority)); // [trace: the rollout's span]
}

/** writeAndEnqueue inside the rollout's span: its jobs carry the span's trace context (producer.ts). */
async function write(deps: RolloutDeps, span: Span, rollout: NewRollout, priority: number): Promise<CreatedRollout> {
  const { rolloutId, runs, superseded: aborted } = await deps.ledger.createRollout(rollout);
  span.setAttributes({
    [SPAN_ATTRIBUTES.rolloutId]: rolloutId,
    [SPAN_ATTRIBUTES.kind]: rollout.kind,
    [SPAN_ATTRIBUTES.target]: rollout.target,
    [SPAN_ATTRIBUTES.runs]: runs.length,
  });
  // a superseded rollout with nothing running is closed by the abort, in the same transaction
  const superseded = aborted.map(({ closed, ...old }) => {
    rolloutClosed(deps, old.id, closed);
    return old;
  });
  // [event: rollout:started] every rollout passes here: migrate, rollback, retry, restore, shared
  eventsOf(deps).emit('rollout:started', {
    rolloutId,
    kind: rollout.kind,
    target: rollout.target,
    runs: runs.length,
    requestedBy: rollout.requestedBy ?? null,
  });
  // a rollout with nothing to run (every tenant at its target) is written as done: it finishes as it starts
  if (runs.length === 0) rolloutClosed(deps, rolloutId, 'succeeded');
  const ready = runs.filter((run) => !run.afterRun && (run.wave ?? 0) === 0);
  try {
    await enqueueWave(deps.queue, rolloutId, ready, { priority, backupBatchSize: deps.config.backup.batchSize });
  } catch (error) {
    return { rolloutId, runs, superseded, queueError: redactSecrets(errorMessage(error)) };
  }
  return { rolloutId, runs, superseded };
}
