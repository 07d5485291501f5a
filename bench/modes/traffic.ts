// What an application sees during a rollout: its reads and writes on the tenants' tables, timed
// alone (the baseline) and then while Tenantry migrates those same tables, with one tenant's table
// held by an open transaction for part of the rollout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT, type Sandbox } from '../../test/helpers/sandbox.js';
import { databaseUrl } from '../../test/helpers/services.js';
import type { BenchContext } from '../context.js';
import { BadOption } from '../options.js';
import { AppLoad } from '../support/app-load.js';
import { cpuMeter, type CpuUsage } from '../support/cpu.js';
import { checkpoint, ledgerTable, withClient } from '../support/db.js';
import { rolloutDeferrals, sampleServerBudgets, type GovernorFigures, type ServerBudgetSampling } from '../support/governor.js';
import { blockedBehindMigration, summarize, tailOf, type BlockedFigures, type LatencySummary, type Op, type TailFigures } from '../support/latency.js';
import { sampleLockWaits, type LockWaitSampling } from '../support/lock-waits.js';
import { stopChild, type BenchWorker } from '../support/processes.js';
import { chunks, finishedEvent, schemaOf, tenantIds, UNSTAGED_FLAGS } from '../workload.js';
import { cli, startWorkers } from './tenantry.js';

const PLATFORM = 'app';
export const TRAFFIC_MIGRATIONS_DIR = path.join(ROOT, 'bench/migrations/traffic');
/** Where the fleet is before the rollout: the application's tables, with data. */
const BASE_VERSION = '1740000000001_create-billing';
const LATEST_MIGRATIONS = 4;
/** pg_stat_activity sampling interval: a wait is seen to within this */
export const LOCK_SAMPLE_MS = 50;
/** server_budgets reading interval: the governor's sampler writes it every sampleIntervalMs (1 s by default) */
export const GOVERNOR_READ_MS = 250;
/** the application's statement_timeout: the bench ends even if a query would wait for ever */
const APP_STATEMENT_TIMEOUT_MS = 60_000;

export interface PhaseFigures extends LatencySummary {
  durationMs: number;
  cpu: CpuUsage | undefined;
  /** its top 1%: on the held tenant, on a tenant being migrated, or elsewhere */
  tail: TailFigures;
}

export interface HeldTenantFigures {
  tenant: string;
  holdMs: number;
  /** epoch ms, this machine's clock (the ledger's too: one server, same clock) */
  heldFrom: number;
  /** the rollout's first run started: the hold is released `holdMs` after it */
  rolloutStart: number;
  heldUntil: number;
  status: string | undefined;
  attempts: number;
  deferrals: number;
  /** its run's last attempt started / finished (epoch ms) */
  startedAt: number | undefined;
  finishedAt: number | undefined;
  /** the last error recorded on its run (a failed attempt's, when it was given up on) */
  error: string | undefined;
  /** its run was there while the table was held (else the checks on it say nothing) */
  metHold: boolean;
  /** its run was put off (deferred, an attempt retried, or a transaction's locks retried) instead of waiting out the hold */
  deferred: boolean;
  /** where the ledger records lock retries (see HeldRun) */
  lockTimeouts: number | undefined;
  lockWaitMs: number | undefined;
  lockDeferrals: number | undefined;
  finishedAfterHold: boolean;
  /** the application's operations on the held tenant during the rollout */
  app: LatencySummary;
}

export interface TrafficResult {
  tenants: number;
  workers: number;
  concurrency: number;
  settings: { lockTimeoutMs: number | null; lockBudgetMs: number; platformConfig: Record<string, unknown>; config: Record<string, unknown> };
  app: { connections: number; rate: number; hotShare: number };
  baseline: PhaseFigures;
  during: PhaseFigures;
  /** the same traffic after the rollout, as long as the baseline: how much the machine moved */
  after: PhaseFigures;
  held: HeldTenantFigures;
  blocked: BlockedFigures & { samples: number; failedSamples: number; intervalMs: number; migrationMaxWaitMs: number };
  rollout: {
    code: number;
    status: string;
    counts: Record<string, number>;
    wallMs: number;
    /** the ledger's rollout: created → finished */
    ledgerMs: number;
    /** epoch ms: the rollout written to the ledger, its first run started */
    createdAt: number;
    firstRunAt: number;
    /** epoch ms: `migrate` spawned */
    spawnedAt: number;
    /** first run start → last run end */
    runsSpanMs: number;
    runs: number;
    /** where the ledger records lock retries: lock timeouts met by all runs, and runs that met one */
    lockTimeouts: number | undefined;
    lockTimedOutRuns: number | undefined;
    /** runs with more than one attempt, and all attempts together */
    retriedRuns: number;
    attempts: number;
    deferrals: number;
    /** tenants found at the latest migration afterwards */
    atLatest: number;
  };
  /** what the governor did while the rollout ran: budgets and signals per server, deferrals by reason */
  governor: GovernorFigures;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type ParsedPlatform = { lockTimeoutMs?: number | null; lockRetry?: { lockTimeoutMs?: number | null } };

/** The sandbox's config as the workers will parse it. */
async function parsedConfig(configFile: string) {
  const { loadConfig } = await import('@tenantry/core');
  try {
    return loadConfig(configFile, process.env);
  } catch (error) {
    // --platform-config or --config made a config the workers would refuse
    throw new BadOption(`--platform-config/--config: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The platform as the workers will parse the sandbox's config. */
async function parsedPlatform(configFile: string): Promise<ParsedPlatform | undefined> {
  return (await parsedConfig(configFile)).platforms[PLATFORM] as ParsedPlatform | undefined;
}

/**
 * `--lock-timeout-ms` put where it times the migrations' locks: lockRetry.lockTimeoutMs where the
 * config has per-transaction lock retries, else the platform's lockTimeoutMs. Returns the
 * lock_timeout the migrations will run under (null: the role's own).
 */
async function setMigrationLockTimeout(sb: Sandbox, lockTimeoutMs: number | undefined): Promise<number | null> {
  let platform = await parsedPlatform(sb.configFile);
  if (lockTimeoutMs !== undefined) {
    const config = JSON.parse(readFileSync(sb.configFile, 'utf8')) as { platforms: Record<string, Record<string, unknown>> };
    const mine = config.platforms[PLATFORM]!;
    if (platform?.lockRetry) mine.lockRetry = { ...(mine.lockRetry as object | undefined), lockTimeoutMs };
    else mine.lockTimeoutMs = lockTimeoutMs;
    sb.writeConfig(config);
    platform = await parsedPlatform(sb.configFile);
  }
  if (platform?.lockRetry && platform.lockRetry.lockTimeoutMs !== undefined) return platform.lockRetry.lockTimeoutMs;
  return platform?.lockTimeoutMs ?? null;
}

/**
 * An open transaction that has read the tenant's invoices and sits idle holding ACCESS SHARE on
 * the table (what a report, or an ORM session left open, does): the migration's ALTER TABLE
 * waits for it, and queues the application's queries on the table behind itself meanwhile.
 */
async function holdTable(url: string, schema: string): Promise<{ heldFrom: number; release: () => Promise<number> }> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-hold' });
  client.on('error', () => {});
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT count(*) FROM ${pg.escapeIdentifier(schema)}.invoices`);
  let released: Promise<number> | undefined;
  const release = () =>
    (released ??= (async () => {
      try {
        await client.query('COMMIT');
      } catch {
        // its connection broke, and the hold with it: earlier than the time returned
      } finally {
        await client.end().catch(() => {});
      }
      return Date.now();
    })());
  return { heldFrom: Date.now(), release };
}

/**
 * When the first run of a rollout newer than `after` started (epoch ms), polled every 50 ms until
 * it has or `done` settles (then undefined). The CLI's start-up and planning take seconds on a busy
 * machine: the hold is timed from here, so that it falls inside the rollout whatever they took.
 */
async function firstRunStarted(controlDb: string, after: string | undefined, done: Promise<unknown>): Promise<number | undefined> {
  let over = false;
  void done.finally(() => (over = true));
  return withClient(controlDb, async (c) => {
    while (!over) {
      const { rows } = await c.query<{ at: string | null }>(
        `SELECT extract(epoch FROM min(started_at)) * 1000 AS at FROM ${ledgerTable('runs')}
          WHERE rollout_id = (SELECT id FROM ${ledgerTable('rollouts')} WHERE id IS DISTINCT FROM $1 ORDER BY created_at DESC LIMIT 1)`,
        [after ?? null],
      );
      if (rows[0]?.at) return Number(rows[0].at);
      await sleep(50);
    }
    return undefined;
  });
}

export async function benchTraffic(ctx: BenchContext): Promise<TrafficResult> {
  const o = ctx.options;
  const t = o.traffic!;
  const n = o.tenants;
  const sb = ctx.registry.sandbox('traffic', {
    platforms: { [PLATFORM]: { migrations: TRAFFIC_MIGRATIONS_DIR, extra: t.platformConfig } },
    // the bench's own worker settings, not the tests' (no faster reconciler, no busy retry)
    extra: { worker: { heartbeatMs: 1000 }, run: undefined, ...t.config },
  });
  const platformDb = sb.platformDbs[PLATFORM]!;
  const lockTimeoutMs = await setMigrationLockTimeout(sb, t.lockTimeoutMs);
  const url = databaseUrl(platformDb);
  const tenants = tenantIds(n);
  // the first tenant after the canary: its wave starts as soon as the canary is through, well
  // within the hold, so its run meets the held table
  const { resolveStages } = await import('@tenantry/core/internal');
  const heldTenant = tenants[Math.min(n - 1, resolveStages({}, n).canary)]!;
  const load = new AppLoad({
    databaseUrl: url,
    schemas: tenants.map(schemaOf),
    hot: { schema: schemaOf(heldTenant), share: t.hotShare },
    connections: t.appConnections,
    rate: t.appRate,
    statementTimeoutMs: APP_STATEMENT_TIMEOUT_MS,
  });
  const { governor } = await parsedConfig(sb.configFile);
  let workers: BenchWorker[] = [];
  // the samplers, stopped where the run ends, and here too when it fails part-way
  let stopSampling: (() => Promise<LockWaitSampling>) | undefined;
  let stopGovernor: (() => Promise<ServerBudgetSampling>) | undefined;
  try {
    ctx.log(`traffic: init + ${n} tenants at ${BASE_VERSION} (not timed)`);
    await cli(sb, ['init']);
    for (const part of chunks(tenants, 500)) await cli(sb, ['tenants', 'add', PLATFORM, ...part]);
    workers = await startWorkers(ctx, sb, o.workers, o.concurrency);
    await cli(sb, ['migrate', '--to', BASE_VERSION, '--wait', ...UNSTAGED_FLAGS]);
    await load.warm();
    await checkpoint();

    ctx.log(`traffic: baseline, ${t.baselineSeconds} s of ${t.appRate} operations/s over ${t.appConnections} connections, no rollout`);
    // the lock sampler's queries run through all three phases, so that its own cost on the
    // server weighs on each alike (only the rollout's phase can have waits behind a migration)
    stopSampling = await sampleLockWaits(url, LOCK_SAMPLE_MS);
    const baselineCpu = cpuMeter(ctx.run, workers.map((w) => w.pid));
    const baselineLoad = load.start();
    await sleep(t.baselineSeconds * 1000);
    const baseline = await baselineLoad.stop();
    const baselineFigures: PhaseFigures = { ...summarize(baseline.ops, baseline.durationMs), durationMs: baseline.durationMs, cpu: await baselineCpu(), tail: tailOf(baseline.ops, undefined, new Map()) };
    await checkpoint();

    ctx.log(`traffic: the same traffic during \`migrate --to latest --wait\`; ${schemaOf(heldTenant)}.invoices held until ${t.holdMs} ms after its first run started`);
    const duringCpu = cpuMeter(ctx.run, workers.map((w) => w.pid));
    const setupRollout = await withClient(sb.controlDb, async (c) => (await c.query<{ id: string }>(`SELECT id FROM ${ledgerTable('rollouts')}`)).rows[0]?.id);
    const duringLoad = load.start();
    // held from before the rollout, released holdMs after its first run started
    const hold = await holdTable(url, schemaOf(heldTenant));
    let result;
    let rolloutStart: number | undefined;
    let governorSampling: ServerBudgetSampling | undefined;
    try {
      stopGovernor = await sampleServerBudgets(databaseUrl(sb.controlDb), { maxBudget: governor.maxBudget, intervalMs: GOVERNOR_READ_MS });
      const migrate = cli(sb, ['--json', 'migrate', '--to', 'latest', '--wait'], false);
      rolloutStart = await firstRunStarted(sb.controlDb, setupRollout, migrate);
      if (rolloutStart !== undefined) await sleep(Math.max(0, rolloutStart + t.holdMs - Date.now()));
      void hold.release();
      result = await migrate;
    } finally {
      governorSampling = await stopGovernor?.();
      await hold.release().catch(() => 0);
    }
    const heldUntil = await hold.release();
    const during = await duringLoad.stop();
    const cpu = await duringCpu();
    const finished = finishedEvent(result.stdout);
    if (!finished) throw new Error(`traffic: migrate exited ${result.code} without a final event: ${result.stderr.trim().slice(-1000)}`);

    // the same traffic again once the rollout is over: on a shared machine, a p99 that differs
    // much between before and after says the machine's load moved, not the rollout
    ctx.log(`traffic: ${t.baselineSeconds} s of the same traffic after the rollout`);
    const afterCpu = cpuMeter(ctx.run, workers.map((w) => w.pid));
    const afterLoad = load.start();
    await sleep(t.baselineSeconds * 1000);
    const after = await afterLoad.stop();
    const afterFigures: PhaseFigures = { ...summarize(after.ops, after.durationMs), durationMs: after.durationMs, cpu: await afterCpu(), tail: tailOf(after.ops, undefined, new Map()) };
    const sampling = await stopSampling();

    const ledger = await rolloutLedger(sb.controlDb, heldTenant);
    const deferrals = ledger.id === undefined ? [] : await rolloutDeferrals(databaseUrl(sb.controlDb), ledger.id);
    const heldOps = during.ops.filter((op: Op) => op.tenant === schemaOf(heldTenant));
    const run = ledger.held;
    // put off one way or another: a whole attempt retried, deferred, or a transaction's lock retried
    const deferred = run !== undefined && (run.attempts > 1 || run.deferrals > 0 || (run.lockTimeouts ?? 0) > 0 || (run.lockDeferrals ?? 0) > 0);
    return {
      tenants: n,
      workers: o.workers,
      concurrency: o.concurrency,
      settings: { lockTimeoutMs, lockBudgetMs: t.lockBudgetMs ?? lockTimeoutMs ?? Number.NaN, platformConfig: t.platformConfig, config: t.config },
      app: { connections: t.appConnections, rate: t.appRate, hotShare: t.hotShare },
      baseline: baselineFigures,
      during: { ...summarize(during.ops, during.durationMs), durationMs: during.durationMs, cpu, tail: tailOf(during.ops, schemaOf(heldTenant), ledger.runSpans) },
      after: afterFigures,
      held: {
        tenant: heldTenant,
        holdMs: t.holdMs,
        heldFrom: hold.heldFrom,
        rolloutStart: rolloutStart ?? Number.NaN,
        heldUntil,
        status: run?.status,
        attempts: run?.attempts ?? 0,
        deferrals: run?.deferrals ?? 0,
        startedAt: run?.startedAt,
        finishedAt: run?.finishedAt,
        error: run?.error,
        lockTimeouts: run?.lockTimeouts,
        lockWaitMs: run?.lockWaitMs,
        lockDeferrals: run?.lockDeferrals,
        deferred,
        metHold: deferred || (run?.startedAt !== undefined && run.startedAt < heldUntil),
        finishedAfterHold: run?.status === 'succeeded' && run.finishedAt !== undefined && run.finishedAt >= heldUntil,
        app: summarize(heldOps, during.durationMs),
      },
      blocked: { ...blockedBehindMigration(sampling.app), samples: sampling.samples, failedSamples: sampling.failed, intervalMs: LOCK_SAMPLE_MS, migrationMaxWaitMs: sampling.migrationMaxWaitMs },
      rollout: {
        code: result.code ?? -1,
        status: finished.status,
        counts: finished.counts,
        wallMs: result.ms,
        spawnedAt: result.spawnedAt,
        ...ledger.rollout,
        atLatest: await tenantsAtLatest(platformDb, tenants),
      },
      governor: {
        enabled: governor.enabled,
        maxBudget: governor.maxBudget,
        sampleIntervalMs: governor.sampleIntervalMs,
        readIntervalMs: GOVERNOR_READ_MS,
        reads: governorSampling?.reads ?? 0,
        failedReads: governorSampling?.failedReads ?? 0,
        servers: governorSampling?.servers ?? [],
        deferrals,
      },
    };
  } finally {
    await stopGovernor?.();
    await stopSampling?.();
    await load.close();
    await Promise.all(workers.map((x) => stopChild(x.child).catch(() => {})));
    await ctx.registry.destroy(sb);
  }
}

interface HeldRun {
  status: string;
  attempts: number;
  deferrals: number;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  error: string | undefined;
  /** where the ledger records lock retries: lock timeouts its transactions met, the time they and their pauses took, deferrals after its tries ran out */
  lockTimeouts?: number | undefined;
  lockWaitMs?: number | undefined;
  lockDeferrals?: number | undefined;
}

/** The timed rollout (the newest) as the ledger recorded it, and the held tenant's run in it. */
async function rolloutLedger(controlDb: string, heldTenant: string) {
  return withClient(controlDb, async (c) => {
    const runs = ledgerTable('runs');
    const rollouts = ledgerTable('rollouts');
    const { rows } = await c.query<Record<string, string | null>>(
      `WITH r AS (SELECT * FROM ${rollouts} ORDER BY created_at DESC LIMIT 1)
       SELECT r.id, extract(epoch FROM r.finished_at - r.created_at) * 1000 AS ledger_ms,
              extract(epoch FROM r.created_at) * 1000 AS created,
              (SELECT extract(epoch FROM min(started_at)) * 1000 FROM ${runs} WHERE rollout_id = r.id) AS first_started,
              (SELECT extract(epoch FROM max(finished_at) - min(started_at)) * 1000 FROM ${runs} WHERE rollout_id = r.id) AS span_ms,
              (SELECT count(*) FROM ${runs} WHERE rollout_id = r.id) AS runs,
              (SELECT count(*) FILTER (WHERE attempt > 1) FROM ${runs} WHERE rollout_id = r.id) AS retried,
              (SELECT sum(attempt) FROM ${runs} WHERE rollout_id = r.id) AS attempts,
              (SELECT sum(deferrals) FROM ${runs} WHERE rollout_id = r.id) AS deferrals,
              (SELECT sum((to_jsonb(x) ->> 'lock_timeouts')::int) FROM ${runs} x WHERE rollout_id = r.id) AS lock_timeouts,
              (SELECT count(*) FILTER (WHERE (to_jsonb(x) ->> 'lock_timeouts')::int > 0) FROM ${runs} x WHERE rollout_id = r.id) AS lock_timed_out_runs
         FROM r`,
    );
    const row = rows[0] ?? {};
    // lock_timeouts, lock_deferrals: where the ledger records per-transaction lock retries (read
    // through to_jsonb, so that a ledger without them reads as undefined)
    const held = await c.query<{ status: string; attempt: number; deferrals: number; started: string | null; finished: string | null; error: string | null; lock: Record<string, unknown> }>(
      `SELECT status, attempt, deferrals, extract(epoch FROM started_at) * 1000 AS started, extract(epoch FROM finished_at) * 1000 AS finished, error,
              jsonb_build_object('timeouts', to_jsonb(r) -> 'lock_timeouts', 'waitMs', to_jsonb(r) -> 'lock_wait_ms', 'deferrals', to_jsonb(r) -> 'lock_deferrals') AS lock
         FROM ${runs} r WHERE tenant = $1 AND rollout_id = (SELECT id FROM ${rollouts} ORDER BY created_at DESC LIMIT 1)`,
      [heldTenant],
    );
    const h = held.rows[0];
    // when each tenant's run was in flight (its last attempt), by schema
    const spans = await c.query<{ tenant: string; started: string; finished: string }>(
      `SELECT tenant, extract(epoch FROM started_at) * 1000 AS started, extract(epoch FROM coalesce(finished_at, now())) * 1000 AS finished
         FROM ${runs} WHERE started_at IS NOT NULL AND rollout_id = (SELECT id FROM ${rollouts} ORDER BY created_at DESC LIMIT 1)`,
    );
    const runSpans = new Map(spans.rows.map((r) => [schemaOf(r.tenant), { from: Number(r.started), to: Number(r.finished) }] as const));
    const num = (v: string | null | undefined) => (v === null || v === undefined ? Number.NaN : Number(v));
    return {
      id: row.id ?? undefined,
      runSpans,
      rollout: {
        ledgerMs: num(row.ledger_ms),
        createdAt: num(row.created),
        firstRunAt: num(row.first_started),
        runsSpanMs: num(row.span_ms),
        runs: num(row.runs),
        retriedRuns: num(row.retried),
        attempts: num(row.attempts),
        deferrals: num(row.deferrals),
        lockTimeouts: row.lock_timeouts === null || row.lock_timeouts === undefined ? undefined : Number(row.lock_timeouts),
        lockTimedOutRuns: row.lock_timeouts === null || row.lock_timeouts === undefined ? undefined : num(row.lock_timed_out_runs),
      },
      held: h
        ? ({
            status: h.status,
            attempts: h.attempt,
            deferrals: h.deferrals,
            startedAt: h.started === null ? undefined : Number(h.started),
            finishedAt: h.finished === null ? undefined : Number(h.finished),
            error: h.error ?? undefined,
            lockTimeouts: typeof h.lock.timeouts === 'number' ? h.lock.timeouts : undefined,
            lockWaitMs: typeof h.lock.waitMs === 'number' ? h.lock.waitMs : undefined,
            lockDeferrals: typeof h.lock.deferrals === 'number' ? h.lock.deferrals : undefined,
          } satisfies HeldRun)
        : undefined,
    };
  });
}

/** Tenants whose history holds every migration of the set. */
async function tenantsAtLatest(database: string, tenants: readonly string[]): Promise<number> {
  return withClient(database, async (c) => {
    let at = 0;
    for (const part of chunks(tenants, 500)) {
      const sql = part.map((x) => `SELECT count(*) AS m FROM ${pg.escapeIdentifier(schemaOf(x))}.pgmigrations`).join(' UNION ALL ');
      const { rows } = await c.query<{ n: number }>(`SELECT count(*) FILTER (WHERE m = ${LATEST_MIGRATIONS})::int AS n FROM (${sql}) x`);
      at += rows[0]?.n ?? 0;
    }
    return at;
  });
}
