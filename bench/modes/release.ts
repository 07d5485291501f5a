// The release modes: the examples' three platforms (isp_framework, management_platform, billing,
// each its own database) moved to their release v2.0.0 as one saga per tenant, without (`release`)
// and with (`release-backup`) pg_dump backups. What it answers: does every platform of a release
// dump its tenants in batches? See bench/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/helpers/sandbox.js';
import type { BenchContext, ModeResult } from '../context.js';
import { cpuMeter, sampleRss } from '../support/cpu.js';
import { checkpoint, withClient } from '../support/db.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { chunks, finishedEvent, tenantIds, UNSTAGED_FLAGS } from '../workload.js';
import { cli, startWorkers, workerFigures, type TenantryDetails } from './tenantry.js';

const PLATFORMS = ['isp_framework', 'management_platform', 'billing'] as const;
const RELEASE = 'v2.0.0';

/**
 * One timed `tenantry migrate --to v2.0.0 --wait` over `tenants` tenants on each of the three
 * example platforms, on fresh databases.
 */
export async function benchRelease(
  ctx: BenchContext,
  { tenants: n, workers: w, concurrency: c, backup }: { tenants: number; workers: number; concurrency: number; backup: boolean },
): Promise<ModeResult<TenantryDetails>> {
  const label = backup ? 'release-backup' : 'release';
  const examples = path.join(ROOT, 'examples');
  const exampleConfig = JSON.parse(readFileSync(path.join(examples, 'tenantry.config.json'), 'utf8')) as { releases: Record<string, Record<string, string>> };
  const pgBinDir = ctx.options.pgBinDir;
  const sb = ctx.registry.sandbox(
    label,
    {
      platforms: Object.fromEntries(
        PLATFORMS.map((p) => [p, { migrations: path.join(examples, p, 'tenant'), extra: { migrations: { tenant: path.join(examples, p, 'tenant'), shared: path.join(examples, p, 'shared') } } }]),
      ),
      releases: exampleConfig.releases,
      extra: {
        worker: { heartbeatMs: 1000 },
        run: undefined,
        ...(backup ? { backup: { strategy: 'pg_dump', dir: './backups', ...(pgBinDir ? { binDir: pgBinDir } : {}) } } : {}),
      },
    },
    label.replace('-', '_'),
  );
  const ids = tenantIds(n);
  let workers: BenchWorker[] = [];
  try {
    ctx.log(`${label}: init + registering ${n} tenants on ${PLATFORMS.length} platforms (not timed)`);
    await cli(sb, ['init']);
    for (const p of PLATFORMS) for (const part of chunks(ids, 500)) await cli(sb, ['tenants', 'add', p, ...part]);
    workers = await startWorkers(ctx, sb, w, c);
    await checkpoint();
    ctx.log(`${label}: timing \`tenantry migrate --to ${RELEASE} --wait\`${backup ? ' with backup.strategy pg_dump' : ''}`);
    const stopSampling = sampleRss(workers);
    const stopCpu = cpuMeter(ctx.run, workers.map((x) => x.pid));
    const result = await cli(sb, ['--json', 'migrate', '--to', RELEASE, '--wait', ...(ctx.options.unstaged ? UNSTAGED_FLAGS : [])], false);
    const cpu = await stopCpu();
    stopSampling();
    const finished = finishedEvent(result.stdout);
    const runs = n * PLATFORMS.length + PLATFORMS.length; // one shared run per platform
    if (result.code !== 0 || finished?.status !== 'succeeded' || finished.counts.succeeded !== runs) {
      throw new Error(`${label}: migrate exited ${result.code}, rollout ${finished?.status ?? '?'} ${JSON.stringify(finished?.counts ?? {})}: ${result.stderr.trim().slice(-1000)}`);
    }
    await Promise.all(workers.map((x) => stopChild(x.child)));
    const dumps = backup ? await dumpsPerPlatform(sb.controlDb, n) : undefined;
    const { workers: figures, maxRssMb } = workerFigures(workers);
    return {
      row: { mode: `Tenantry release, 3 platforms${backup ? ' + pg_dump' : ''} (W=${w}, C=${c})`, key: label, tenants: n, connections: w * c, ms: result.ms, cpu },
      details: { runs, ...(dumps ? { dumps } : {}), workers: figures.map(({ idleRssMb: _idle, ...rest }) => rest), maxRssMb },
    };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await ctx.registry.destroy(sb);
  }
}

/** Per platform: tenants backed up, dump files, and tenants whose backup was taken inside their run (no batch covered them). */
async function dumpsPerPlatform(controlDb: string, tenants: number): Promise<NonNullable<TenantryDetails['dumps']>> {
  return withClient(controlDb, async (client) => {
    const { rows } = await client.query<{ platform: string; backed_up: number; files: number; in_run: number }>(
      `SELECT r.platform, count(*)::int AS backed_up, count(DISTINCT b.location)::int AS files,
              count(*) FILTER (WHERE b.created_at >= r.started_at)::int AS in_run
       FROM tenantry.runs r JOIN tenantry.backups b ON b.id = r.backup_id
       WHERE r.scope = 'tenant' AND r.status = 'succeeded' GROUP BY r.platform`,
    );
    const byPlatform = Object.fromEntries(rows.map((r) => [r.platform, { backedUp: r.backed_up, files: r.files, inRun: r.in_run }]));
    for (const p of PLATFORMS) {
      if (byPlatform[p]?.backedUp !== tenants) throw new Error(`release-backup: expected ${tenants} backups on ${p}, found ${byPlatform[p]?.backedUp ?? 0}`);
    }
    return byPlatform;
  });
}
