import type { Command } from 'commander';
import { InvalidInput, TenantRegistry, parseLabelKey, parseLabels, resolveTargets } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { collect, printJson, printLine } from '../output.js';
import type { Runner } from './registry.js';
import { parseTenantArgs, unregistered, type TenantsTargetOptions } from './tenants.js';

/**
 * What the ledger marks on registered tenants: labels (`tenants label`), pins (`tenants pin`,
 * `unpin`) and holds (`tenants hold`, `release`). Each refuses, changing nothing, when a named
 * tenant is not registered.
 */
async function registeredTargets(ctx: CliContext, args: readonly string[], options: TenantsTargetOptions) {
  const targets = parseTenantArgs(ctx.config, args, options);
  await ctx.control.assertReady();
  const registry = new TenantRegistry(ctx.control);
  const missing = await unregistered(registry, targets, options.allPlatforms === true);
  if (missing.length > 0) throw new InvalidInput(`tenant ${missing[0]} is not registered${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''}; nothing was changed`);
  // with --all-platforms, a tenant is marked wherever it is registered
  const present = [];
  for (const t of targets) present.push({ platform: t.platform, tenants: await registry.select(t.platform, t.locations.map((l) => l.tenant)) });
  return { registry, targets: present.filter((t) => t.tenants.length > 0) };
}

function report<R extends { platform: string; tenants: string[] }>(ctx: CliContext, options: TenantsTargetOptions, results: readonly R[], done: (r: R) => string): number {
  if (ctx.json) printJson(options.allPlatforms ? results : results[0]);
  else for (const r of results) printLine(`${r.platform}: ${done(r)}`);
  return 0;
}

export async function tenantsLabelCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions & { set: string[]; unset: string[] }): Promise<number> {
  const set = parseLabels(options.set);
  const unset = [...new Set(options.unset.map((k) => parseLabelKey(k)))];
  if (Object.keys(set).length === 0 && unset.length === 0) throw new InvalidInput('say what to change: --set key=value (or a bare --set key), --unset key');
  const both = unset.find((k) => Object.hasOwn(set, k));
  if (both) throw new InvalidInput(`label ${both} is both set and unset`);
  const { registry, targets } = await registeredTargets(ctx, args, options);
  ctx.noteAudit({ target: targets.flatMap((t) => t.tenants).slice(0, 20).join(',') });
  const results = await ctx.control.transaction(async (client) => {
    const changed = [];
    for (const { platform, tenants } of targets) changed.push({ platform, tenants: await registry.label(client, platform, tenants, set, unset) });
    return changed;
  });
  return report(ctx, options, results, (r) => `labelled ${r.tenants.length} tenant(s)`);
}

export async function tenantsPinCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions & { at?: string }): Promise<number> {
  if (options.at === undefined) throw new InvalidInput('--at is required: the version to pin at (a migration name, a release, latest or 0)');
  const { registry, targets } = await registeredTargets(ctx, args, options);
  // every platform's version is resolved before any pin is written
  const versions = targets.map(({ platform, tenants }) => ({ platform, tenants, version: resolveTargets(ctx.config, options.at!, [platform])[0]!.version }));
  ctx.noteAudit({ target: targets.flatMap((t) => t.tenants).slice(0, 20).join(',') });
  const results = [];
  for (const { platform, tenants, version } of versions) results.push({ platform, version, tenants: await registry.pin(platform, tenants, version) });
  return report(ctx, options, results, (r) => `pinned ${r.tenants.length} tenant(s) at ${r.version}: rollouts to another version leave them there`);
}

async function markCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions, mark: (registry: TenantRegistry, platform: string, tenants: string[]) => Promise<string[]>, done: string): Promise<number> {
  const { registry, targets } = await registeredTargets(ctx, args, options);
  ctx.noteAudit({ target: targets.flatMap((t) => t.tenants).slice(0, 20).join(',') });
  const results = [];
  for (const { platform, tenants } of targets) results.push({ platform, tenants: await mark(registry, platform, tenants) });
  return report(ctx, options, results, (r) => `${done} ${r.tenants.length} tenant(s)`);
}

export function tenantsUnpinCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return markCommand(ctx, args, options, (registry, platform, tenants) => registry.pin(platform, tenants, null), 'unpinned');
}

export function tenantsHoldCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return markCommand(ctx, args, options, (registry, platform, tenants) => registry.hold(platform, tenants, true), 'held (no rollout moves them until released)');
}

export function tenantsReleaseCommand(ctx: CliContext, args: string[], options: TenantsTargetOptions): Promise<number> {
  return markCommand(ctx, args, options, (registry, platform, tenants) => registry.hold(platform, tenants, false), 'released');
}

export function registerTenantMarks(tenants: Command, run: Runner): void {
  const target = (command: Command) => command.argument('[PLATFORM ID...]').usage('PLATFORM ID... | --all-platforms ID...').option('--all-platforms', 'on every platform the tenants are registered on');
  target(tenants.command('label'))
    .description("set or remove tenants' labels (tier=enterprise, region=eu, a bare internal)")
    .option('--set <label>', 'key=value, or a bare key (repeatable)', collect, [])
    .option('--unset <key>', 'remove this label (repeatable)', collect, [])
    .action((args: string[], opts: TenantsTargetOptions & { set: string[]; unset: string[] }) => run(tenantsLabelCommand, args, opts));
  target(tenants.command('pin'))
    .description('pin tenants at a version: rollouts to any other version leave them there (--include-pinned overrides)')
    .option('--at <version>', 'a migration name of the platform, a release, latest or 0')
    .action((args: string[], opts: TenantsTargetOptions & { at?: string }) => run(tenantsPinCommand, args, opts));
  target(tenants.command('unpin')).description('remove tenants\' pins').action((args: string[], opts: TenantsTargetOptions) => run(tenantsUnpinCommand, args, opts));
  target(tenants.command('hold'))
    .description('hold (suspend) tenants: no rollout moves them until released (--include-held overrides)')
    .action((args: string[], opts: TenantsTargetOptions) => run(tenantsHoldCommand, args, opts));
  target(tenants.command('release')).description('release held tenants').action((args: string[], opts: TenantsTargetOptions) => run(tenantsReleaseCommand, args, opts));
}
