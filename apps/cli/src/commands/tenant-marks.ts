import type { Command } from 'commander';
import { InvalidInput, markTenants, type MarkedTenants, type TenantMarkChange } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { collect, printJson, printLine } from '../output.js';
import type { Runner } from './registry.js';
import { parseTenantArgs, type TenantsTargetOptions } from './tenants.js';

/**
 * What the ledger marks on registered tenants: labels (`tenants label`), pins (`tenants pin`,
 * `unpin`) and holds (`tenants hold`, `release`), through `markTenants` as the API does. Each
 * refuses, changing nothing, when a named tenant is not registered.
 */
async function mark(
  ctx: CliContext,
  args: readonly string[],
  options: TenantsTargetOptions,
  change: TenantMarkChange,
  done: (r: MarkedTenants) => string,
): Promise<number> {
  // ids and schema names checked as `tenants add` checks them; the platform named unless --all-platforms
  const targets = parseTenantArgs(ctx.config, args, options);
  const tenants = targets[0]!.tenants;
  await ctx.control.assertReady();
  ctx.noteAudit({ target: tenants.slice(0, 20).join(',') });
  const results = await markTenants(
    ctx,
    { ...(options.allPlatforms ? {} : { platforms: [targets[0]!.platform] }), tenants },
    change,
  );
  if (ctx.json) printJson(options.allPlatforms ? results : results[0]);
  else for (const r of results) printLine(`${r.platform}: ${done(r)}`);
  return 0;
}

export function tenantsLabelCommand(
  ctx: CliContext,
  args: string[],
  options: TenantsTargetOptions & { set: string[]; unset: string[] },
): Promise<number> {
  return mark(
    ctx,
    args,
    options,
    { kind: 'label', set: options.set, unset: options.unset },
    (r) => `labelled ${r.tenants.length} tenant(s)`,
  );
}

export function tenantsPinCommand(
  ctx: CliContext,
  args: string[],
  options: TenantsTargetOptions & { at?: string },
): Promise<number> {
  if (options.at === undefined)
    throw new InvalidInput('--at is required: the version to pin at (a migration name, a release, latest or 0)');
  return mark(
    ctx,
    args,
    options,
    { kind: 'pin', at: options.at },
    (r) => `pinned ${r.tenants.length} tenant(s) at ${r.version ?? '?'}: rollouts to another version leave them there`,
  );
}

export function tenantsUnpinCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return mark(ctx, args, options, { kind: 'pin', at: null }, (r) => `unpinned ${r.tenants.length} tenant(s)`);
}

export function tenantsHoldCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return mark(
    ctx,
    args,
    options,
    { kind: 'hold', held: true },
    (r) => `held ${r.tenants.length} tenant(s): no rollout moves them until released`,
  );
}

export function tenantsReleaseCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return mark(ctx, args, options, { kind: 'hold', held: false }, (r) => `released ${r.tenants.length} tenant(s)`);
}

export function registerTenantMarks(tenants: Command, run: Runner): void {
  const target = (command: Command) =>
    command
      .argument('[PLATFORM ID...]')
      .usage('PLATFORM ID... | --all-platforms ID...')
      .option('--all-platforms', 'on every platform the tenants are registered on');
  target(tenants.command('label'))
    .description("set or remove tenants' labels (tier=enterprise, region=eu, a bare internal)")
    .option('--set <label>', 'key=value, or a bare key (repeatable)', collect, [])
    .option('--unset <key>', 'remove this label (repeatable)', collect, [])
    .action((args: string[], opts: TenantsTargetOptions & { set: string[]; unset: string[] }) =>
      run(tenantsLabelCommand, args, opts),
    );
  target(tenants.command('pin'))
    .description(
      'pin tenants at a version: rollouts to any other version leave them there (--include-pinned overrides)',
    )
    .option('--at <version>', 'a migration name of the platform, a release, latest or 0')
    .action((args: string[], opts: TenantsTargetOptions & { at?: string }) => run(tenantsPinCommand, args, opts));
  target(tenants.command('unpin'))
    .description("remove tenants' pins")
    .action((args: string[], opts: TenantsTargetOptions) => run(tenantsUnpinCommand, args, opts));
  target(tenants.command('hold'))
    .description('hold (suspend) tenants: no rollout moves them until released (--include-held overrides)')
    .action((args: string[], opts: TenantsTargetOptions) => run(tenantsHoldCommand, args, opts));
  target(tenants.command('release'))
    .description('release held tenants')
    .action((args: string[], opts: TenantsTargetOptions) => run(tenantsReleaseCommand, args, opts));
}
