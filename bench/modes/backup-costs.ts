// What a rollout's pg_dump backups cost (the `backup` mode), from recorded timings only.
import { accessSync, constants as fsConstants, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sandbox } from '../../test/helpers/sandbox.js';
import { databaseUrl } from '../../test/helpers/services.js';
import type { BenchContext } from '../context.js';
import { ledgerTable, withClient } from '../support/db.js';
import { timeProcess } from '../support/processes.js';
import { backupBatchJobIds, jobFields } from '../support/queue.js';
import { median } from '../support/stats.js';
import { PLATFORM, schemaOf } from '../workload.js';

export interface PgDumpProbe {
  program: string;
  script: boolean;
  schemasInDatabase: number;
  versionMs: number;
  oneSchemaMs: number;
  batchSchemas: number;
  batchMs: number;
  msPerExtraSchema: number | undefined;
}

export interface BackupCosts {
  backedUp: number;
  dumps: number;
  dumpBytes: number;
  batched: { tenants: number; jobs: number; workerMs: number; msPerJob: number; msPerTenant: number };
  inRun: { tenants: number; workerMs: number; msPerTenant: number };
  backupMsPerTenant: number;
  migrationMsPerTenant: number;
  probe?: PgDumpProbe;
}

/**
 * Where a rollout's backups came from and what they cost:
 * - a backup taken by a backup-batch job before its runs were enqueued (created before its run
 *   started): the batch's worker time is BullMQ's processedOn → finishedOn of that job;
 * - a backup taken inside the run, under the tenant's lock (a tenant no batch covered): the
 *   ledger's run start → the backup's `created_at` (written right after pg_dump exits).
 * A run's migration cost is its start → finish, less the backup taken inside it.
 */
export async function backupCosts(sb: Sandbox, tenants: number): Promise<BackupCosts> {
  const ledger = await withClient(sb.controlDb, async (c) => {
    const { rows } = await c.query<{ backed_up: number; batched: number; in_run: number; in_run_backup_ms: string; migrate_ms: string; dumps: number; dump_bytes: string }>(
      `SELECT count(*)::int AS backed_up,
        count(*) FILTER (WHERE b.created_at < r.started_at)::int AS batched,
        count(*) FILTER (WHERE b.created_at >= r.started_at)::int AS in_run,
        coalesce(sum(extract(epoch FROM b.created_at - r.started_at) * 1000) FILTER (WHERE b.created_at >= r.started_at), 0) AS in_run_backup_ms,
        sum(extract(epoch FROM r.finished_at - greatest(r.started_at, b.created_at)) * 1000) AS migrate_ms,
        (SELECT count(DISTINCT location)::int FROM ${ledgerTable('backups')}) AS dumps,
        (SELECT sum(bytes)::bigint FROM (SELECT DISTINCT location, bytes FROM ${ledgerTable('backups')}) d) AS dump_bytes
      FROM ${ledgerTable('runs')} r JOIN ${ledgerTable('backups')} b ON b.run_id = r.id
      WHERE r.scope = 'tenant' AND r.status = 'succeeded'`,
    );
    return rows[0]!;
  });
  if (ledger.backed_up !== tenants) throw new Error(`backup: expected ${tenants} backups in the ledger, found ${ledger.backed_up}`);
  const ids = await backupBatchJobIds(sb.prefix);
  const jobs = await jobFields(sb.prefix, ids, ['processedOn', 'finishedOn', 'data']);
  const batchMs = jobs.reduce((sum, j) => sum + (Number(j.finishedOn) - Number(j.processedOn)), 0);
  const inRunBackupMs = Number(ledger.in_run_backup_ms);
  return {
    backedUp: ledger.backed_up,
    dumps: ledger.dumps,
    dumpBytes: Number(ledger.dump_bytes),
    batched: { tenants: ledger.batched, jobs: jobs.length, workerMs: batchMs, msPerJob: batchMs / jobs.length, msPerTenant: batchMs / ledger.batched },
    inRun: { tenants: ledger.in_run, workerMs: inRunBackupMs, msPerTenant: inRunBackupMs / ledger.in_run },
    // worker time per tenant: all backup work over all tenants, beside the migration work
    backupMsPerTenant: (batchMs + inRunBackupMs) / tenants,
    migrationMsPerTenant: Number(ledger.migrate_ms) / tenants,
  };
}

/** The pg_dump Tenantry's workers run: in --pg-bin-dir, else the first on PATH. */
function pgDumpPath(pgBinDir: string | undefined): string {
  const dirs = pgBinDir ? [pgBinDir] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, 'pg_dump');
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`pg_dump not found in ${pgBinDir ?? 'PATH'}`);
}

/**
 * pg_dump on its own, on the rollout's database after it (every tenant at the latest version),
 * median of three: the process alone (`--version`), one schema, and one batch's worth of schemas
 * (backup.batchSize, 50), with the options Tenantry's dumps use. Not part of any timed rollout.
 */
export async function pgDumpProbe(ctx: BenchContext, sb: Sandbox, tenants: readonly string[]): Promise<PgDumpProbe> {
  const batch = Math.min(50, tenants.length);
  const dump = (schemas: readonly string[]) => [
    `--dbname=${databaseUrl(sb.platformDbs[PLATFORM]!)}`,
    '--format=custom',
    '--strict-names',
    '--no-owner',
    '--no-privileges',
    ...schemas.flatMap((s) => ['--schema', s]),
    '--file',
    path.join(sb.dir, 'probe.dump'),
  ];
  const program = pgDumpPath(ctx.options.pgBinDir);
  const times = async (args: readonly string[]) => {
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) samples.push(await timeProcess(ctx.registry, program, args));
    return median(samples);
  };
  ctx.log(`${sb.id}: pg_dump probe: --version, 1 schema, ${batch} schemas (3 times each, not timed as part of the rollout)`);
  const versionMs = await times(['--version']);
  const oneMs = await times(dump([schemaOf(tenants[0]!)]));
  const batchMs = await times(dump(tenants.slice(0, batch).map(schemaOf)));
  // Debian's /usr/bin/pg_dump is pg_wrapper, a Perl script that picks the version, then runs the binary
  const script = readFileSync(program).subarray(0, 2).toString() === '#!';
  return {
    program,
    script,
    schemasInDatabase: tenants.length,
    versionMs,
    oneSchemaMs: oneMs,
    batchSchemas: batch,
    batchMs,
    msPerExtraSchema: batch > 1 ? (batchMs - oneMs) / (batch - 1) : undefined,
  };
}
