import type { Command } from 'commander';
import {
  TenantRegistry,
  checkCrossPlatformConsistency,
  cleanupExpiredLocks,
  describeStale,
  describeVersionSource,
  getAllPlatformVersions,
  listTenantLocks,
  workerExpiryMs,
  type HeldLock,
  type VersionReadSummary,
} from '@tenantry/core';
import type { AbortedRollout } from '@tenantry/queue';
import type { CliContext } from '../context.js';
import { followRollout, printOutcome, waitOptions } from '../follow.js';
import { CliRollouts } from '../rollouts.js';
import { ago, collect, parseRecordId, printJson, printLine, printTable } from '../output.js';
import { labelFilterOf, selectorOptions, serversOf, showsServers, type SelectorOptions } from '../selection.js';
import type { Runner } from './registry.js';

export async function versionsCommand(
  ctx: CliContext,
  options: SelectorOptions & { server?: string[]; live?: boolean } = {},
): Promise<number> {
  const filter = labelFilterOf(options);
  const asked = serversOf(ctx.config, [], options.server ?? []);
  await ctx.control.assertReady();
  const all = await getAllPlatformVersions(
    ctx.config,
    ctx.pools,
    new TenantRegistry(ctx.control),
    filter,
    options.live ? { live: true } : {},
  );
  // --server: only those servers' rows (a platform's totals stay its own)
  const versions =
    asked.length === 0 ? all : all.map((p) => ({ ...p, servers: p.servers.filter((s) => asked.includes(s.server)) }));
  if (ctx.json) {
    printJson(versions);
    return 0;
  }
  if (showsServers(ctx.config, asked)) {
    // grouped by server: a rollout's progress is read server by server
    const releases = (platform: string, version: string) =>
      versions
        .find((p) => p.platform === platform)!
        .versions.find((v) => v.version === version)!
        .releases.filter((r) => r !== '0')
        .join(', ') || '-';
    printTable(
      ['PLATFORM', 'SERVER', 'VERSION', 'RELEASES', 'TENANTS'],
      versions.flatMap((p) =>
        p.servers.flatMap((s) =>
          s.versions.map((v) => [p.platform, s.server, v.version, releases(p.platform, v.version), v.tenants]),
        ),
      ),
    );
    printReadNotes(versions.map((p) => p.read));
    return 0;
  }
  printTable(
    ['PLATFORM', 'VERSION', 'RELEASES', 'TENANTS'],
    versions.flatMap((p) =>
      p.versions.map((v) => [p.platform, v.version, v.releases.filter((r) => r !== '0').join(', ') || '-', v.tenants]),
    ),
  );
  printReadNotes(versions.map((p) => p.read));
  return 0;
}

/** Where the versions shown come from, for all platforms at once, and the tenants the ledger was wrong about. */
function printReadNotes(reads: readonly VersionReadSummary[]): void {
  if (reads.length === 0) return;
  const sum = (pick: (r: VersionReadSummary) => number) => reads.reduce((n, r) => n + pick(r), 0);
  const reasons: VersionReadSummary['reasons'] = {};
  for (const r of reads)
    for (const [reason, n] of Object.entries(r.reasons))
      reasons[reason as keyof typeof reasons] = (reasons[reason as keyof typeof reasons] ?? 0) + n;
  const stale = reads.flatMap((r) => r.stale).slice(0, 100);
  const all: VersionReadSummary = {
    mode: reads[0]!.mode,
    ledger: sum((r) => r.ledger),
    ledgerUnchecked: sum((r) => r.ledgerUnchecked),
    live: sum((r) => r.live),
    reasons,
    stale,
    staleCount: sum((r) => r.staleCount),
  };
  printLine(describeVersionSource(all));
  for (const line of describeStale(all)) printLine(line);
}

export async function consistencyCommand(
  ctx: CliContext,
  options: SelectorOptions & { live?: boolean } = {},
): Promise<number> {
  const filter = labelFilterOf(options);
  await ctx.control.assertReady();
  const report = await checkCrossPlatformConsistency(
    ctx.config,
    ctx.pools,
    new TenantRegistry(ctx.control),
    filter,
    options.live ? { live: true } : {},
  );
  if (ctx.json) printJson(report);
  else if (report.status === 'consistent')
    printLine(
      `consistent: all ${report.tenants - report.pinned.length} unpinned tenant(s) sit at one release on every platform`,
    );
  else {
    printLine(
      `inconsistent: ${report.inconsistencies.reduce((n, i) => n + i.tenants.length, 0)} of ${report.tenants} tenant(s) are split between releases`,
    );
    for (const group of report.inconsistencies) printLine(`  ${group.version}: ${group.tenants.join(', ')}`);
  }
  if (!ctx.json && report.pinned.length > 0) {
    printLine(`pinned: ${report.pinned.length} tenant(s) stay where their pins hold them (not counted as behind)`);
    for (const p of report.pinned)
      printLine(
        `  ${p.tenant}: ${Object.entries(p.platforms)
          .map(([platform, v]) => `${platform}@${v.version}${v.pinnedVersion ? ` (pinned at ${v.pinnedVersion})` : ''}`)
          .join(', ')}`,
      );
  }
  if (!ctx.json) printReadNotes([report.read]);
  return report.status === 'consistent' ? 0 : 1;
}

export async function locksListCommand(ctx: CliContext): Promise<number> {
  await ctx.control.assertReady();
  const locks = await listTenantLocks(
    ctx.config,
    ctx.control,
    ctx.pools,
    workerExpiryMs(ctx.config.worker.heartbeatMs),
  );
  if (ctx.json) printJson(locks);
  else
    printTable(
      ['PLATFORM', 'TENANT', 'WORKER', 'ALIVE', 'SINCE', 'PID', 'RUN'],
      locks.map((l) => [
        l.platform,
        lockedTenant(l),
        l.workerId,
        l.workerAlive ? 'yes' : 'no',
        ago(l.since),
        l.backendPid,
        l.runId,
      ]),
    );
  return 0;
}

export async function locksCleanupCommand(ctx: CliContext): Promise<number> {
  await ctx.control.assertReady();
  const { cleaned, locks } = await cleanupExpiredLocks(
    ctx.config,
    ctx.control,
    ctx.pools,
    workerExpiryMs(ctx.config.worker.heartbeatMs),
  );
  if (ctx.json) printJson({ cleaned, locks });
  else {
    printLine(`cleaned ${cleaned} lock(s) held by dead workers or runs past their deadline`);
    for (const l of locks)
      printLine(
        `  ${l.platform}/${lockedTenant(l)}: worker ${l.workerId}${l.runId ? `, run ${l.runId}` : ' (run not claimed yet)'}${l.overdue ? ' (past its deadline)' : ''}, backend ${l.backendPid}`,
      );
  }
  return 0;
}

function lockedTenant(lock: HeldLock): string {
  return lock.kind === 'shared' ? '(shared)' : (lock.tenant ?? '(unregistered tenant)');
}

/** Stops a rollout; with --compensate, returns every tenant it moved, each platform in reverse order. */
export async function rolloutAbortCommand(
  ctx: CliContext,
  idArg: string,
  options: { compensate?: boolean; wait?: boolean; timeout?: string },
): Promise<number> {
  const follow = waitOptions(ctx, options);
  parseRecordId('rollout', idArg);
  const rollouts = await CliRollouts.open(ctx);
  let aborted: AbortedRollout;
  try {
    ctx.noteAudit({ target: idArg });
    aborted = await rollouts.service.abort(idArg, options.compensate ? { compensate: true } : {});
    ctx.noteAudit({ target: aborted.rolloutId });
  } finally {
    await rollouts.close();
  }
  const { rolloutId: id, cancelled, stopping, compensations } = aborted;
  if (ctx.json && !options.wait) printJson({ rolloutId: id, cancelled, stopping, compensations });
  else if (!ctx.json)
    printLine(
      `rollout ${id} aborted: ${cancelled} run(s) cancelled, ${stopping} running run(s) being stopped by their workers${options.compensate ? `, ${compensations} compensating run(s) enqueued` : ''}`,
    );
  if (!options.wait) return 0;
  const followed = await followRollout(ctx.control, id, follow);
  printOutcome(followed.summary, followed.failed, ctx.json);
  return followed.summary.counts.failed > 0 ? 1 : 0;
}

/** The `--live` option of the commands that show versions (status, versions, consistency). */
export const LIVE_HELP =
  "read every tenant's own migrations table (default: the ledger's record of each tenant's last run, checked against its history table's row count, the doubtful ones read live)";

export function registerFleet(program: Command, run: Runner): void {
  selectorOptions(
    program
      .command('versions')
      .description('per platform (and per server): how many tenants sit at each version and release'),
  )
    .option('--server <id>', 'only the rows of this server (repeatable)', collect, [])
    .option('--live', LIVE_HELP)
    .action((opts: SelectorOptions & { server: string[]; live?: boolean }) => run(versionsCommand, opts));
  selectorOptions(
    program
      .command('consistency')
      .description(
        'whether every tenant sits at one release on all its platforms (pinned ones are reported apart); exit 1 naming those that do not',
      ),
  )
    .option('--live', LIVE_HELP)
    .action((opts: SelectorOptions & { live?: boolean }) => run(consistencyCommand, opts));
  const locks = program.command('locks').description('tenant locks held on the platform databases');
  locks
    .command('list')
    .description('every held tenant lock: platform, tenant, worker, since, backend pid')
    .action(() => run(locksListCommand));
  locks
    .command('cleanup')
    .description('end the sessions of lock holders whose worker is dead, so their runs are retried')
    .action(() => run(locksCleanupCommand));
  const rollout = program.commands.find((c) => c.name() === 'rollout')!;
  rollout
    .command('abort <id>')
    .description('stop a rollout: no queued run starts; running ones finish')
    .option('--compensate', 'also return every tenant it moved, each platform in reverse order')
    .option('--wait', 'follow the compensation until it finishes')
    .option('--timeout <duration>', 'with --wait: stop following after this long (90s, 5m, 1h), exit 1')
    .action((id: string, opts: { compensate?: boolean; wait?: boolean; timeout?: string }) =>
      run(rolloutAbortCommand, id, opts),
    );
}
