import {
  backupSchemas,
  errorMessage,
  locateTenant,
  parseTenantId,
  toCreatedRun,
  type CreatedRun,
} from '@tenantry/core';
import { parseBackupBatchJobData } from './job-data.js';
import { enqueueRuns } from './producer.js';
import { PRIORITY } from './queues.js';
import type { ProcessorDeps } from './processor.js';

/**
 * Backs up a batch of a rollout's tenants in one pg_dump, then enqueues their runs. Without
 * tenant locks: a tenant that changes between this dump and its run gets a backup of its own,
 * taken by the run under its lock. When the dump fails for good the runs are enqueued anyway,
 * and each takes its own backup (or fails without touching its tenant).
 */
export async function processBackupBatch(deps: ProcessorDeps, raw: unknown, attempt: { final: boolean }): Promise<{ backedUp: number; enqueued: number }> {
  const data = parseBackupBatchJobData(raw);
  const runs = (await Promise.all(data.runIds.map((id) => deps.ledger.getRun(id)))).filter(
    (run): run is NonNullable<typeof run> => run !== undefined && run.platform === data.platform && run.rolloutId === data.rolloutId && (run.status === 'queued' || run.status === 'running'),
  );
  if (runs.length === 0) return { backedUp: 0, enqueued: 0 };
  const platform = deps.config.platforms[data.platform];
  if (!platform) throw new Error(`unknown platform ${data.platform}`);
  const created: CreatedRun[] = runs.map(toCreatedRun);
  let backedUp = 0;
  try {
    const byUrl = new Map<string, Array<{ tenant: string; schema: string; runId: string }>>();
    for (const run of runs) {
      const location = locateTenant(platform, parseTenantId(run.tenant));
      const target = { tenant: run.tenant, schema: location.schema, runId: run.id };
      const list = byUrl.get(location.databaseUrl);
      if (list) list.push(target);
      else byUrl.set(location.databaseUrl, [target]);
    }
    for (const [url, targets] of byUrl) {
      const client = await deps.pools.acquire(url);
      try {
        const backups = await backupSchemas({
          client,
          url,
          platform: data.platform,
          migrationsTable: platform.migrationsTable,
          targets,
          dir: deps.config.backup.dir,
          ...(deps.config.backup.binDir ? { binDir: deps.config.backup.binDir } : {}),
          rolloutId: data.rolloutId,
          ledger: deps.backups,
        });
        backedUp += backups.length;
      } finally {
        client.release();
      }
    }
  } catch (error) {
    deps.logger.warn({ rolloutId: data.rolloutId, platform: data.platform, err: errorMessage(error), final: attempt.final }, 'batch backup failed');
    if (!attempt.final) throw error;
  }
  await enqueueRuns(deps.queue, data.rolloutId, created, { priority: PRIORITY.fleet });
  return { backedUp, enqueued: created.length };
}
