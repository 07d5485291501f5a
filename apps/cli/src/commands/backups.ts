import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  BackupLedger,
  TenantRegistry,
  getPlatform,
  getRollbackInfo,
  parsePlatformId,
  parseTenantId,
} from '@tenantry/core';
import type { RestoreRollout } from '@tenantry/queue';
import { cliActor } from '../audit.js';
import type { CliContext } from '../context.js';
import { followRollout, printOutcome, waitOptions } from '../follow.js';
import { CliRollouts } from '../rollouts.js';
import { ago, collect, parseCount, parseRecordId, printJson, printLine, printTable } from '../output.js';
import type { Runner } from './registry.js';

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function backupsListCommand(
  ctx: CliContext,
  options: { platform: string[]; tenant: string[] },
): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  const tenants = options.tenant.map((t) => parseTenantId(t));
  await ctx.control.assertReady();
  const backups = await new BackupLedger(ctx.control).list(platforms, tenants);
  if (ctx.json) printJson(backups);
  else
    printTable(
      ['ID', 'PLATFORM', 'TENANT', 'VERSION', 'SIZE', 'CREATED', 'FILE'],
      backups.map((b) => [b.id, b.platform, b.tenant, b.version, megabytes(b.bytes), ago(b.createdAt), b.location]),
    );
  return 0;
}

/** Restores one backup through the queue and the run protocol (lock, record, progress). */
export async function backupsRestoreCommand(
  ctx: CliContext,
  idArg: string,
  options: { wait?: boolean; timeout?: string },
): Promise<number> {
  const follow = waitOptions(ctx, options);
  parseRecordId('backup', idArg);
  const rollouts = await CliRollouts.open(ctx);
  let restore: RestoreRollout;
  try {
    ctx.noteAudit({ target: idArg });
    restore = await rollouts.service.restore(idArg, cliActor(ctx.env).actor);
    ctx.noteAudit({ target: restore.backup.id });
  } finally {
    await rollouts.close();
  }
  const { rolloutId, backup } = restore;
  // the ledger holds the rollout and the reconciler queues it: not a failure (see rollouts/create.ts)
  const queueError = restore.queueError
    ? `the queue refused its job (${restore.queueError}); the rollout is in the ledger, and the reconciler of any running worker queues it from there`
    : undefined;
  if (!ctx.json)
    printLine(
      `rollout ${rolloutId}: restoring backup ${backup.id} of ${backup.platform}/${backup.tenant} (version ${backup.version})`,
    );
  if (!ctx.json && queueError) printLine(queueError);
  else if (!options.wait) printJson({ rolloutId, backupId: backup.id, ...(queueError ? { queue: queueError } : {}) });
  if (!options.wait) return 0;
  const { summary, failed } = await followRollout(ctx.control, rolloutId, follow);
  printOutcome(summary, failed, ctx.json);
  return summary.status === 'succeeded' ? 0 : 1;
}

/** Applies `backup.keep`: the newest `keep` backups of each tenant stay; the rest go, files too. */
export async function backupsPruneCommand(ctx: CliContext, options: { keep?: string }): Promise<number> {
  const keep = options.keep === undefined ? ctx.config.backup.keep : parseCount('--keep', options.keep, 1_000_000);
  await ctx.control.assertReady();
  const { pruned, orphanFiles } = await new BackupLedger(ctx.control).prune(keep);
  for (const file of orphanFiles) await rm(file, { force: true });
  if (ctx.json) printJson({ keep, pruned: pruned.map((b) => b.id), deletedFiles: orphanFiles });
  else
    printLine(
      `kept the newest ${keep} backup(s) per tenant: pruned ${pruned.length}, deleted ${orphanFiles.length} file(s)`,
    );
  return 0;
}

export async function rollbackInfoCommand(
  ctx: CliContext,
  options: { platform: string; tenant: string; to: string },
): Promise<number> {
  await ctx.control.assertReady();
  const info = await getRollbackInfo(
    {
      config: ctx.config,
      pools: ctx.pools,
      registry: new TenantRegistry(ctx.control),
      backups: new BackupLedger(ctx.control),
    },
    { platform: options.platform, tenant: options.tenant, target: options.to },
  );
  if (ctx.json) {
    printJson(info);
    return 0;
  }
  printLine(`${info.platform}/${info.tenant}: at ${info.currentVersion}, target ${info.target}`);
  if (info.migrations.length > 0) {
    printLine('would revert:');
    for (const m of info.migrations)
      printLine(
        `  ${m.name}${m.down === 'written' ? '' : m.down === 'inferred' ? '  (down inferred from its up)' : `  (no down: ${m.reason})`}`,
      );
  }
  printLine(
    info.backup
      ? `backup available: ${info.backup.id}, version ${info.backup.version}, ${megabytes(info.backup.bytes)}, taken ${ago(new Date(info.backup.createdAt))}`
      : 'backup available: no',
  );
  printLine(`recommended: ${info.recommended} (${info.reason})`);
  return 0;
}

export function registerBackups(program: Command, run: Runner): void {
  program
    .command('rollback-info')
    .description('what rolling one tenant back would revert, whether a backup exists, and how to do it')
    .requiredOption('--platform <id>', 'the platform')
    .requiredOption('--tenant <id>', 'the tenant')
    .requiredOption('--to <target>', 'a release, a migration name, or 0')
    .action((opts: { platform: string; tenant: string; to: string }) => run(rollbackInfoCommand, opts));
  const backups = program.command('backups').description('list, restore and prune backups');
  backups
    .command('list')
    .description('backups in the ledger, newest first')
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
    .action((opts: { platform: string[]; tenant: string[] }) => run(backupsListCommand, opts));
  backups
    .command('restore <id>')
    .description("restore a tenant from a backup (through the queue, under the tenant's lock)")
    .option('--wait', 'follow it until it finishes')
    .option('--timeout <duration>', 'with --wait: stop following after this long (90s, 5m, 1h), exit 1')
    .action((id: string, opts: { wait?: boolean; timeout?: string }) => run(backupsRestoreCommand, id, opts));
  backups
    .command('prune')
    .description('apply retention: keep the newest backup.keep backups of each tenant')
    .option('--keep <n>', 'override backup.keep')
    .action((opts: { keep?: string }) => run(backupsPruneCommand, opts));
}
