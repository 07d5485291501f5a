import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import {
  ControlDb,
  InvalidInput,
  PoolRegistry,
  TenantRegistry,
  connectClient,
  describeDatabase,
  getAllPlatformVersions,
  initializeControlSchema,
  pgDumpMajor,
  registerTenants,
  type BackupStrategy,
  type Logger,
  type TenantryConfig,
  waitForRollout,
} from '@tenantry/core';
import type { QueueStore, RunningWorker } from '@tenantry/queue';
import type { RunningDashboard } from '@tenantry/dashboard';
import { createLogger } from '@tenantry/worker';
import type { CliContext } from '../context.js';
import { buildDemoConfig } from '../demo/demo-config.js';
import { startEmbeddedServer } from '../demo/embedded-server.js';
import { followRollout, printOutcome } from '../follow.js';
import { printJson, printLine, printTable } from '../output.js';
import type { Runner } from './registry.js';

export interface DemoOptions {
  serve?: boolean;
  tenants?: string;
}

const RELEASES = ['v1.0.0', 'v2.0.0'] as const;
const WORKERS = 2;
const CONCURRENCY = 4;

function parseTenantCount(value: string | undefined): number {
  if (value === undefined) return 100;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 2000)
    throw new InvalidInput(`--tenants ${JSON.stringify(value.slice(0, 20))} must be a number from 1 to 2000`);
  return Number(value);
}

/** Backups need a pg_dump at least as new as the server; say which the demo can take, and why. */
async function chooseBackup(serverMajor: number): Promise<{ strategy: BackupStrategy; note: string }> {
  const dump = await pgDumpMajor().catch(() => undefined);
  if (dump === undefined)
    return { strategy: 'none', note: 'none: no pg_dump on PATH (tenants are migrated without backups)' };
  if (dump < serverMajor)
    return { strategy: 'none', note: `none: pg_dump ${dump} cannot dump PostgreSQL ${serverMajor}` };
  return { strategy: 'pg_dump', note: `pg_dump ${dump} before ${RELEASES[1]}` };
}

async function serverMajorOf(url: string): Promise<number> {
  const client = await connectClient(url, { applicationName: 'tenantry demo' });
  try {
    const { rows } = await client.query<{ num: string }>(`SELECT current_setting('server_version_num') AS num`);
    return Math.floor(Number(rows[0]?.num ?? 0) / 10_000);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the tenants' schemas (a few at a time) and registers them on every platform. */
async function addTenants(
  config: TenantryConfig,
  control: ControlDb,
  pools: PoolRegistry,
  count: number,
): Promise<number> {
  const ids = Array.from({ length: count }, (_, i) => `c${String(i + 1).padStart(4, '0')}`);
  for (const platformId of config.platformOrder) await registerTenants({ config, control, pools }, platformId, ids);
  return ids.length * config.platformOrder.length;
}

/** Closes what was opened, newest first, once. */
class Resources {
  private readonly closers: Array<() => Promise<unknown>> = [];
  private closing: Promise<void> | undefined;
  add(close: () => Promise<unknown>): void {
    this.closers.push(close);
  }
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const close of this.closers.reverse()) await close().catch(() => {});
    })();
    return this.closing;
  }
}

/**
 * `tenantry demo`: the whole flow on one machine with nothing installed but Node. Without
 * DATABASE_URL an embedded PostgreSQL 15 is started; without REDIS_URL the queue is BullMQ's
 * PostgreSQL backend. It creates the example platforms with tenants, runs two releases with two
 * workers in this process, prints the fleet's versions, and exits (or, with --serve, keeps the
 * dashboard up until SIGINT/SIGTERM).
 */
export async function demoCommand(ctx: CliContext, options: DemoOptions): Promise<number> {
  const tenantCount = parseTenantCount(options.tenants);
  const { RolloutService, openQueueStore, startWorker } = await import('@tenantry/queue');
  const began = Date.now();
  const env = ctx.env;
  const logger: Logger = createLogger({
    destination: 2,
    pretty: process.stderr.isTTY === true && !ctx.json,
    level: env.TENANTRY_LOG_LEVEL ?? 'warn',
    name: 'tenantry-demo',
  });
  const say = (text: string) => (ctx.json ? undefined : printLine(text));
  const resources = new Resources();
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`tenantry: demo interrupted (${signal}); cleaning up\n`);
    void resources.close().finally(() => process.exit(130));
  };
  let stopServing: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => (stopServing ? stopServing() : interrupted(signal));
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  resources.add(async () => process.off('SIGINT', onSignal).off('SIGTERM', onSignal));
  try {
    const id = randomBytes(3).toString('hex');
    const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-demo-'));
    const external = env.DATABASE_URL !== undefined && env.DATABASE_URL !== '';
    const redisUrl = env.REDIS_URL || undefined;
    if (!external) resources.add(async () => rmSync(dir, { recursive: true, force: true }));

    let serverUrl: string;
    let serverMajor: number;
    if (external) {
      serverUrl = env.DATABASE_URL!;
      serverMajor = await serverMajorOf(serverUrl);
      say(
        `PostgreSQL: ${describeDatabase(serverUrl)} (DATABASE_URL), server ${serverMajor}; databases tenantry_demo_${id}_*`,
      );
    } else {
      say('PostgreSQL: starting an embedded server (no DATABASE_URL)…');
      const server = await startEmbeddedServer(logger, (stop) => resources.add(stop));
      serverUrl = server.url;
      serverMajor = server.major;
      say(`PostgreSQL: embedded server ${server.major} on ${describeDatabase(server.url)}, removed when the demo ends`);
    }
    const backup = await chooseBackup(serverMajor);
    const { config, raw } = buildDemoConfig({ serverUrl, id, redisUrl, backup: backup.strategy, dir });
    const store: QueueStore = openQueueStore(config, { connectionName: 'tenantry demo' });
    say(`queue: ${store.where}${redisUrl ? ' (REDIS_URL)' : ' (BullMQ PostgreSQL backend, no REDIS_URL)'}`);
    say(`backups: ${backup.note}`);

    await initializeControlSchema(config, logger);
    const control = new ControlDb(config, { max: 4, applicationName: 'tenantry demo' });
    const pools = new PoolRegistry(8, { applicationName: 'tenantry demo' });
    resources.add(() => control.close());
    resources.add(() => pools.close());
    resources.add(() => store.close());
    await store.assertReachable();
    const registered = await addTenants(config, control, pools, tenantCount);
    say(`tenants: ${tenantCount} on each of ${config.platformOrder.join(', ')} (${registered} tenant schemas)`);

    let dashboard: RunningDashboard | undefined;
    if (options.serve) {
      const { startDashboard } = await import('@tenantry/dashboard'); // only for --serve
      dashboard = await startDashboard({ config, logger, port: 0, host: '127.0.0.1' });
      resources.add(() => dashboard!.close());
      say(`dashboard: ${dashboard.url}  (fleet view at /, Bull Board at /queues)`);
    }
    const workers: RunningWorker[] = [];
    for (let i = 0; i < WORKERS; i++)
      workers.push(await startWorker({ config, logger, concurrency: CONCURRENCY, workerId: `demo-${id}-${i + 1}` }));
    resources.add(() => Promise.all(workers.map((w) => w.close())));
    say(`workers: ${WORKERS} in this process, concurrency ${CONCURRENCY} each`);

    const service = new RolloutService({ config, control, pools, logger, queue: () => store.runQueue() });
    const rollouts = [];
    for (const release of RELEASES) {
      const started = Date.now();
      const backupNow: BackupStrategy = release === RELEASES[1] ? backup.strategy : 'none';
      const rollout = await service.create({
        kind: 'migrate',
        target: release,
        requestedBy: 'demo',
        backup: backupNow,
      });
      say(`\nrollout ${rollout.rolloutId}: ${release}, ${rollout.runs.length} run(s)`);
      const { summary, failed } = ctx.json
        ? await waitForRollout(control, rollout.rolloutId, { intervalMs: 250 })
        : await followRollout(control, rollout.rolloutId, { json: false, tty: process.stderr.isTTY === true });
      if (!ctx.json) printOutcome(summary, failed, false);
      rollouts.push({
        release,
        rolloutId: rollout.rolloutId,
        status: summary.status,
        counts: summary.counts,
        seconds: (Date.now() - started) / 1000,
      });
    }

    const versions = await getAllPlatformVersions(config, pools, new TenantRegistry(control));
    const backups = await control.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${control.table('backups')}`,
    );
    const seconds = (Date.now() - began) / 1000;
    let configFile: string | undefined;
    if (external) {
      configFile = path.join(dir, 'tenantry.config.json');
      writeFileSync(configFile, JSON.stringify(raw, null, 2), { mode: 0o600 });
    }
    if (ctx.json) {
      printJson({
        server: external ? 'external' : 'embedded',
        serverMajor,
        queue: store.backend,
        tenants: tenantCount,
        rollouts,
        versions,
        backups: { strategy: backup.strategy, taken: backups.rows[0]?.n ?? 0 },
        seconds,
        dashboard: dashboard?.url ?? null,
        config: configFile ?? null,
      });
    } else {
      printLine('\nthe fleet now:');
      printTable(
        ['PLATFORM', 'VERSION', 'RELEASES', 'TENANTS'],
        versions.flatMap((p) =>
          p.versions.map((v) => [
            p.platform,
            v.version,
            v.releases.filter((r) => r !== '0').join(', ') || '-',
            v.tenants,
          ]),
        ),
      );
      printLine(
        `\n${rollouts.length} releases over ${tenantCount * config.platformOrder.length} tenant schemas in ${seconds.toFixed(1)} s; ${backups.rows[0]?.n ?? 0} backup(s) taken`,
      );
      if (dashboard) printLine(`dashboard: ${dashboard.url}  (Ctrl-C to stop)`);
      else if (configFile) printLine(`the demo's databases stay: TENANTRY_CONFIG=${configFile} npx tenantry dashboard`);
      else printLine('to watch it in the dashboard: npx tenantry demo --serve');
    }
    const ok = rollouts.every((r) => r.status === 'succeeded');
    // serving: the workers stay up (the dashboard shows them alive, and a rollout started from
    // the CLI against the demo's databases still runs) until SIGINT/SIGTERM
    if (dashboard) await new Promise<void>((resolve) => (stopServing = resolve));
    return ok ? 0 : 1;
  } finally {
    await resources.close();
  }
}

export function registerDemo(program: Command, run: Runner): void {
  program
    .command('demo')
    .description(
      'the whole flow with nothing installed: embedded PostgreSQL (without DATABASE_URL), the queue in PostgreSQL (without REDIS_URL), two releases, then exit',
    )
    .option('--serve', 'keep the dashboard up on 127.0.0.1 (a free port) until SIGINT/SIGTERM')
    .option('--tenants <n>', 'tenants on each example platform (default 100)')
    .action((opts: DemoOptions) => run(demoCommand, opts));
}
