// The onboarding mode (`--only onboard`): the time to create one tenant at latest by copying the
// version's template (`tenants add --at latest`), against replaying its history (a run from
// nothing), for the examples' platforms and a generated history of 200 migrations. See bench/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, type Sandbox } from '../../test/helpers/sandbox.js';
import type { BenchContext } from '../context.js';
import { writeLongHistory } from '../onboard-set.js';
import { ledgerTable, withClient } from '../support/db.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { median } from '../support/stats.js';
import { UNSTAGED_FLAGS } from '../workload.js';
import { cli, startWorkers } from './tenantry.js';

export interface OnboardSet {
  name: string;
  migrations: number;
  /** a run from nothing to latest, in the worker: the ledger's started_at → finished_at, median */
  replayMs: number;
  /** `onboardTenants` of one tenant, in this process, when the template had to be built and dumped first */
  coldMs: number;
  /** `onboardTenants` of one tenant with a copy kept ready: registration, the copy renamed, the check; median */
  onboardMs: number;
  /** the same with no copy ready: registration, the template's script run, the check; median */
  copyMs: number;
  /** replay ÷ onboarding */
  ratio: number;
  /** replay ÷ copy */
  copyRatio: number;
}

export interface OnboardFigures {
  repeat: number;
  sets: OnboardSet[];
}

const EXAMPLES = ['isp_framework', 'management_platform', 'billing'] as const;
export const GENERATED_MIGRATIONS = 200;

/** One platform's figures, in a sandbox of its own. */
async function benchSet(ctx: BenchContext, name: string, platform: Record<string, unknown>, repeat: number): Promise<OnboardSet> {
  const sb: Sandbox = ctx.registry.sandbox(`onboard-${name}`, { platforms: { app: platform as never }, extra: { worker: { heartbeatMs: 1000 }, run: undefined } }, `onb_${name.slice(0, 12).replaceAll('-', '_')}`);
  let workers: BenchWorker[] = [];
  const core = await import('@tenantry/core');
  let pools: InstanceType<typeof core.PoolRegistry> | undefined;
  let control: InstanceType<typeof core.ControlDb> | undefined;
  try {
    const replayed = Array.from({ length: repeat }, (_, i) => `r${i + 1}`);
    await cli(sb, ['init']);
    await cli(sb, ['tenants', 'add', 'app', ...replayed, '--at', '0']);
    workers = await startWorkers(ctx, sb, 1, 1);
    ctx.log(`onboard ${name}: replaying ${repeat} tenant(s) with a worker`);
    await cli(sb, ['migrate', '--to', 'latest', '--wait', ...UNSTAGED_FLAGS]);
    await Promise.all(workers.map((x) => stopChild(x.child)));
    workers = [];
    const runs = await withClient(sb.controlDb, (c) =>
      c.query<{ ms: number }>(`SELECT extract(epoch FROM finished_at - started_at) * 1000 AS ms FROM ${ledgerTable('runs')} WHERE scope = 'tenant' AND status = 'succeeded'`),
    );
    if (runs.rows.length !== repeat) throw new Error(`onboard ${name}: ${runs.rows.length} of ${repeat} replays succeeded`);

    const config = core.loadConfig(sb.configFile, process.env);
    control = new core.ControlDb(config, { applicationName: 'tenantry bench' });
    pools = new core.PoolRegistry(4, { applicationName: 'tenantry bench' });
    const tenants = { config, control, pools };
    // spares: 0, so that no call pays for making the next one's copy
    const timed = async (tenant: string, spare: boolean) => {
      const started = performance.now();
      const result = await core.onboardTenants(tenants, 'app', [tenant], { at: 'latest', spares: 0 });
      if (result.added.length !== 1 || result.fromSpares !== (spare ? 1 : 0)) throw new Error(`onboard ${name}: ${tenant} was not added as expected: ${JSON.stringify(result)}`);
      return performance.now() - started;
    };
    ctx.log(`onboard ${name}: onboarding 1 + ${repeat} + ${repeat} tenant(s) in this process`);
    const coldMs = await timed('o0', false);
    const fill = await core.onboardTenants(tenants, 'app', ['fill'], { at: 'latest', spares: repeat }); // not timed: makes the copies kept ready
    if (fill.sparesReady !== repeat) throw new Error(`onboard ${name}: ${fill.sparesReady} of ${repeat} copies made ready: ${fill.spareError ?? ''}`);
    const renamed: number[] = [];
    for (let i = 1; i <= repeat; i++) renamed.push(await timed(`o${i}`, true));
    const copied: number[] = [];
    for (let i = 1; i <= repeat; i++) copied.push(await timed(`c${i}`, false));

    // the copies are the replays' equals: same fingerprint, same history
    const client = await pools.acquire(config.platforms.app!.databaseUrl);
    try {
      const prints = await core.fingerprintSchemas(client, ['tenant_r1', 'tenant_o1', 'tenant_c1'], { migrationsTable: 'pgmigrations' });
      for (const copy of ['o1', 'c1']) {
        const histories = await client.query<{ same: boolean }>(
          `SELECT array(SELECT name FROM tenant_r1.pgmigrations ORDER BY run_on, id) = array(SELECT name FROM tenant_${copy}.pgmigrations ORDER BY run_on, id) AS same`,
        );
        if (prints.get('tenant_r1')!.hash !== prints.get(`tenant_${copy}`)!.hash || histories.rows[0]?.same !== true) {
          throw new Error(`onboard ${name}: tenant ${copy} differs from the replayed one`);
        }
      }
    } finally {
      client.release();
    }
    const replayMs = median(runs.rows.map((r) => Number(r.ms)));
    const onboardMs = median(renamed);
    const copyMs = median(copied);
    const migrations = core.readMigrationSet(config.platforms.app!.tenantMigrationsDir).migrations.length;
    return { name, migrations, replayMs, coldMs, onboardMs, copyMs, ratio: replayMs / onboardMs, copyRatio: replayMs / copyMs };
  } finally {
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await pools?.close();
    await control?.close();
    await ctx.registry.destroy(sb);
  }
}

/** Every set's figures: the examples' platforms (with their shared migrations), then the generated long history. */
export async function benchOnboard(ctx: BenchContext, { repeat }: { repeat: number }): Promise<OnboardFigures> {
  const sets: OnboardSet[] = [];
  for (const example of EXAMPLES) {
    const dir = path.join(ROOT, 'examples', example);
    sets.push(await benchSet(ctx, example, { migrations: path.join(dir, 'tenant'), extra: { migrations: { tenant: path.join(dir, 'tenant'), shared: path.join(dir, 'shared') } } }, repeat));
  }
  const generated = mkdtempSync(path.join(tmpdir(), 'tenantry-bench-'));
  try {
    writeLongHistory(generated, GENERATED_MIGRATIONS);
    sets.push(await benchSet(ctx, `generated-${GENERATED_MIGRATIONS}`, { migrations: generated }, repeat));
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
  return { repeat, sets };
}
