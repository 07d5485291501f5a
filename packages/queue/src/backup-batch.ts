import {
  errorMessage,
  locateTenant,
  recordedServer,
  parseTenantId,
  type BackupLedger,
  type CreatedRun,
  type PoolRegistry,
  type RunRecord,
} from '@tenantry/core';
import { backupSchemas, toCreatedRun } from '@tenantry/core/internal';
import { parseBackupBatchJobData } from './job-data.js';
import { enqueueRuns } from './producer.js';
import { PRIORITY } from './queues.js';
import type { RolloutDeps } from './rollouts/deps.js';

/** The rollout service's deps, and the platform databases and backup ledger that dumps need. */
export interface BackupBatchDeps extends RolloutDeps {
  pools: PoolRegistry;
  backups: BackupLedger;
}

/**
 * Backs up a batch of a rollout's tenants in one pg_dump per database, then enqueues their runs.
 * The same tenants' runs on a release's later platforms (which wait for these) are dumped here
 * too, in batches of their own platform: released one tenant at a time as their predecessor
 * finishes, they would otherwise each pay a pg_dump. Without tenant locks: a tenant that changes
 * between this dump and its run gets a backup of its own, taken by the run under its lock. When
 * a dump fails for good the runs are enqueued anyway, and each takes its own backup (or fails
 * without touching its tenant).
 */
export async function processBackupBatch(
  deps: BackupBatchDeps,
  raw: unknown,
  attempt: { final: boolean },
): Promise<{ backedUp: number; enqueued: number }> {
  const data = parseBackupBatchJobData(raw);
  const runs = (await Promise.all(data.runIds.map((id) => deps.ledger.getRun(id)))).filter(
    (run): run is NonNullable<typeof run> =>
      run !== undefined &&
      run.platform === data.platform &&
      run.rolloutId === data.rolloutId &&
      (run.status === 'queued' || run.status === 'running'),
  );
  if (runs.length === 0) return { backedUp: 0, enqueued: 0 };
  const created: CreatedRun[] = runs.map(toCreatedRun);
  let backedUp = 0;
  try {
    backedUp += await dumpRuns(deps, data.rolloutId, data.platform, runs);
  } catch (error) {
    deps.logger.warn(
      { rolloutId: data.rolloutId, platform: data.platform, err: errorMessage(error), final: attempt.final },
      'batch backup failed',
    );
    if (!attempt.final) throw error;
  }
  backedUp += await dumpDependants(deps, data.rolloutId, runs);
  await enqueueRuns(deps.queue, data.rolloutId, created, { priority: PRIORITY.fleet });
  return { backedUp, enqueued: created.length };
}

/** The batch's later platforms, one dump per platform and database; a failure only costs speed (each run then backs up itself). */
async function dumpDependants(deps: BackupBatchDeps, rolloutId: string, runs: readonly RunRecord[]): Promise<number> {
  let backedUp = 0;
  try {
    const dependants = await deps.ledger.waitingBackups(runs.map((r) => r.id));
    const byPlatform = new Map<string, RunRecord[]>();
    for (const run of dependants) byPlatform.set(run.platform, [...(byPlatform.get(run.platform) ?? []), run]);
    for (const [platform, list] of byPlatform) backedUp += await dumpRuns(deps, rolloutId, platform, list);
  } catch (error) {
    deps.logger.warn(
      { rolloutId, err: errorMessage(error) },
      'batch backup of later platforms failed: their runs back up themselves',
    );
  }
  return backedUp;
}

/** One pg_dump per database of the platform for these runs' tenants, a backup recorded for each. */
async function dumpRuns(
  deps: BackupBatchDeps,
  rolloutId: string,
  platformId: string,
  runs: readonly RunRecord[],
): Promise<number> {
  const platform = deps.config.platforms[platformId];
  if (!platform) throw new Error(`unknown platform ${platformId}`);
  const byUrl = new Map<string, Array<{ tenant: string; schema: string; runId: string }>>();
  const servers = await deps.ledger.tenantServers(runs);
  for (const run of runs) {
    const location = locateTenant(platform, parseTenantId(run.tenant), recordedServer(platform, run.tenant, servers));
    const target = { tenant: run.tenant, schema: location.schema, runId: run.id };
    const list = byUrl.get(location.databaseUrl);
    if (list) list.push(target);
    else byUrl.set(location.databaseUrl, [target]);
  }
  let backedUp = 0;
  for (const [url, targets] of byUrl) {
    const client = await deps.pools.acquire(url);
    try {
      const backups = await backupSchemas({
        client,
        url,
        platform: platformId,
        migrationsTable: platform.migrationsTable,
        targets,
        dir: deps.config.backup.dir,
        ...(deps.config.backup.binDir ? { binDir: deps.config.backup.binDir } : {}),
        rolloutId,
        ledger: deps.backups,
      });
      backedUp += backups.length;
    } finally {
      client.release();
    }
  }
  return backedUp;
}
