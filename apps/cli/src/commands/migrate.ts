import {
  BackupLedger,
  InvalidInput,
  KnownVersions,
  TenantRegistry,
  describePlan,
  describeSkipped,
  describeStale,
  describeVersionSource,
  planRollout,
  readMigrationSet,
  readTenantVersions,
  type BackupStrategy,
  type DryRunEntry,
  type RolloutKind,
  type SkippedTenant,
  type Stages,
} from '@tenantry/core';
import { cliActor } from '../audit.js';
import type { CliContext } from '../context.js';
import { followRollout, printOutcome, waitOptions, warnIfNoWorker } from '../follow.js';
import { printJson, printLine, printTable } from '../output.js';
import { CliRollouts } from '../rollouts.js';
import { selectorRequest, type SelectorOptions } from '../selection.js';

export interface MigrateOptions extends SelectorOptions {
  includePinned?: boolean;
  includeHeld?: boolean;
  canaryWhere?: string;
  wavesBy?: string;
  to: string;
  platform: string[];
  tenant: string[];
  wait?: boolean;
  timeout?: string;
  dryRun?: boolean;
  backup?: string;
  fromBackup?: boolean;
  canary?: string;
  waveSize?: string;
  maxFailures?: string;
  supersede?: boolean;
  recheck?: boolean;
}

function parseBackup(value: string | undefined): BackupStrategy | undefined {
  if (value === undefined) return undefined;
  if (value !== 'pg_dump' && value !== 'none')
    throw new InvalidInput(`--backup must be pg_dump or none, not ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}

/** The wave a dry-run entry would run in, numbered as `rollout status` numbers them (1, the canary when there is one). */
function waveName(entry: DryRunEntry, canary: number): string {
  if (entry.scope === 'shared') return 'first';
  return `${entry.wave + 1}${canary > 0 && entry.wave === 0 ? ' (canary)' : ''}`;
}

/** How the rollout would be staged: canary, waves, failure budget. */
function describeStages(kind: RolloutKind, stages: Stages, entries: readonly DryRunEntry[]): string {
  if (kind !== 'migrate') return 'stages: none (a rollback moves every tenant at once)';
  const tenants = new Set(entries.filter((e) => e.scope !== 'shared').map((e) => e.tenant)).size;
  const waves = Math.max(0, Math.ceil((tenants - stages.canary) / stages.waveSize));
  const canary = stages.canary > 0 ? `wave 1 is a canary of ${stages.canary} tenant(s), then ` : 'no canary; ';
  const halt = stages.maxFailures === null ? 'never halts' : `halts at ${stages.maxFailures} failed tenant(s)`;
  return `stages: ${canary}${waves} wave(s) of up to ${stages.waveSize} tenant(s); ${halt}`;
}

/** "skipped 12 pinned tenants, 3 held", then who they are (the first few). */
function printSkipped(skipped: readonly SkippedTenant[]): void {
  printLine(`${describeSkipped(skipped)} (--include-pinned, --include-held move them too)`);
  const shown = skipped
    .slice(0, 10)
    .map((s) => `${s.platform}/${s.tenant} ${s.reason === 'pinned' ? `pinned at ${s.pinnedVersion ?? '?'}` : 'held'}`);
  printLine(`  ${shown.join(', ')}${skipped.length > 10 ? `, and ${skipped.length - 10} more` : ''}`);
}

/** How many tenants were left out because the ledger shows them at the target, and how to include them. */
function skippedLine(skipped: number, verb: string): string {
  return `skipped ${skipped} tenant run(s) the ledger shows at the target already: no job ${verb} for them (--recheck runs every tenant)`;
}

/** `migrate` (kind migrate, up) and `rollback` (kind rollback, down) share one path. */
export async function rolloutCommand(ctx: CliContext, kind: RolloutKind, options: MigrateOptions): Promise<number> {
  const backup = parseBackup(options.backup);
  const follow = waitOptions(ctx, options);
  const request = {
    kind,
    target: options.to,
    platforms: options.platform,
    tenants: options.tenant,
    ...(backup ? { backup } : {}),
    ...(options.fromBackup ? { fromBackup: true } : {}),
    ...(options.canary !== undefined ? { canary: options.canary } : {}),
    ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
    ...(options.maxFailures !== undefined ? { maxFailures: options.maxFailures } : {}),
    ...selectorRequest(options),
    ...(options.includePinned ? { includePinned: true } : {}),
    ...(options.includeHeld ? { includeHeld: true } : {}),
    ...(options.canaryWhere !== undefined ? { canaryWhere: options.canaryWhere } : {}),
    ...(options.wavesBy !== undefined ? { wavesBy: options.wavesBy } : {}),
    ...(options.recheck ? { recheck: true } : {}),
  };
  const config = ctx.config;
  if (options.dryRun) {
    await ctx.control.assertReady();
    const registry = new TenantRegistry(ctx.control);
    const plan = await planRollout(config, registry, request, {
      pools: ctx.pools,
      backups: new BackupLedger(ctx.control),
      known: new KnownVersions(ctx.control),
      ...(options.fromBackup ? { fromBackup: true } : {}),
    });
    // each tenant's version as `status` reads it (the ledger's record, checked against its
    // history's row count; the doubtful read live), or every one live with --recheck
    const tenantRuns = plan.runs.flatMap((r) =>
      (r.scope ?? 'tenant') === 'tenant' && r.serverId !== undefined
        ? [{ platform: r.platform, tenant: r.tenant, serverId: r.serverId }]
        : [],
    );
    const read = options.recheck ? undefined : await readTenantVersions(config, ctx.pools, registry, tenantRuns);
    const known = new Map([...(read?.versions ?? [])].map(([key, reading]) => [key, reading.version] as const));
    const entries = await describePlan(config, ctx.pools, plan, known);
    // what node-pg-migrate ignores in a folder (dotfiles, directories) Tenantry ignores too, aloud
    const ignored = plan.targets.flatMap((t) =>
      readMigrationSet(config.platforms[t.platform]!.tenantMigrationsDir).ignored.map((entry) => ({
        platform: t.platform,
        ...entry,
      })),
    );
    if (ctx.json) {
      printJson({
        dryRun: true,
        kind,
        target: options.to,
        targets: plan.targets,
        stages: plan.stages,
        skipped: plan.skipped,
        skippedAtTarget: plan.skippedAtTarget,
        ...(read ? { read: read.summary } : {}),
        runs: entries,
        ignored,
      });
    } else {
      printTable(
        ['PLATFORM', 'TENANT', 'WAVE', 'FROM', 'TO', 'MIGRATIONS'],
        entries.map((e) => [
          e.platform,
          e.tenant,
          waveName(e, plan.stages.canary),
          e.from,
          e.to,
          e.problem ??
            (e.migrations.length > 0
              ? `${e.direction} ${e.migrations.map((m) => (e.inferredDowns?.includes(m) ? `${m} (down inferred)` : m)).join(', ')}`
              : 'nothing to do'),
        ]),
      );
      const changing = entries.filter((e) => e.migrations.length > 0).length;
      for (const entry of ignored)
        printLine(`not a migration, not run: ${entry.platform} ${entry.file} (${entry.reason})`);
      if (read && tenantRuns.length > 0) {
        printLine(describeVersionSource(read.summary, '--recheck'));
        for (const line of describeStale(read.summary)) printLine(line);
      }
      printLine(`dry run: ${changing} of ${entries.length} run(s) would change a tenant; nothing was changed`);
      if (plan.skippedAtTarget > 0) printLine(skippedLine(plan.skippedAtTarget, 'would be queued'));
      printLine(describeStages(kind, plan.stages, entries));
      if (plan.skipped.length > 0) printSkipped(plan.skipped);
    }
    return 0;
  }

  // every server is checked (the queue, then the control database) before anything is written
  const rollouts = await CliRollouts.open(ctx);
  try {
    // rolling named tenants back is an emergency: it jumps ahead of queued fleet runs
    const emergency = kind === 'rollback' && options.tenant.length > 0;
    const rollout = await rollouts.service.create({
      ...request,
      requestedBy: cliActor(ctx.env).actor,
      ...(emergency ? { priority: rollouts.priority.emergency } : {}),
      ...(options.supersede ? { supersede: true } : {}),
    });
    const queued = rollout.queueError
      ? `the queue refused its jobs (${rollout.queueError}); the rollout is in the ledger, and the reconciler of any running worker queues its runs from there`
      : undefined;
    ctx.noteAudit({ target: rollout.rolloutId });
    if (ctx.json && !options.wait) {
      printJson({
        rolloutId: rollout.rolloutId,
        kind,
        target: options.to,
        runs: rollout.runs.length,
        skippedAtTarget: rollout.plan.skippedAtTarget,
        skipped: rollout.plan.skipped,
        targets: rollout.plan.targets,
        superseded: rollout.superseded,
        ...(queued ? { queue: queued } : {}),
      });
    } else if (!ctx.json) {
      for (const old of rollout.superseded)
        printLine(`superseded rollout ${old.id}: aborted, ${old.cancelled} run(s) that had not started cancelled`);
      const targets = rollout.plan.targets.map((t) => `${t.platform} → ${t.version}`).join(', ');
      const { canary, waveSize, maxFailures } = rollout.plan.stages;
      const staging =
        kind === 'migrate'
          ? `; canary ${canary || 'none'}, waves of ${waveSize}, halts at ${maxFailures ?? 'no'} failed tenant(s)`
          : '';
      if (rollout.runs.length === 0) {
        printLine(
          `rollout ${rollout.rolloutId}: nothing to do, ${skippedLine(rollout.plan.skippedAtTarget, 'queued')} (${targets})`,
        );
      } else {
        printLine(`rollout ${rollout.rolloutId}: ${rollout.runs.length} run(s) (${targets}${staging})`);
        if (rollout.plan.skippedAtTarget > 0) printLine(skippedLine(rollout.plan.skippedAtTarget, 'queued'));
      }
      if (rollout.plan.skipped.length > 0) printSkipped(rollout.plan.skipped);
      if (queued) printLine(queued);
    }
    // --wait warns itself once nothing moves for a few seconds: a worker started just before
    // (`tenantry worker &` then `migrate --wait`) may not have registered yet
    if (!options.wait) {
      if (rollout.runs.length > 0) await warnIfNoWorker(ctx, rollout.rolloutId);
      return 0;
    }
    const { summary, failed } = await followRollout(ctx.control, rollout.rolloutId, follow);
    printOutcome(summary, failed, ctx.json);
    // the summary says what the rollout left where it was, as the plan did
    if (!ctx.json && rollout.plan.skipped.length > 0)
      printLine(`${describeSkipped(rollout.plan.skipped)}: left where they are`);
    return summary.status === 'succeeded' ? 0 : 1;
  } finally {
    await rollouts.close();
  }
}
