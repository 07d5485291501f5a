import {
  InvalidInput,
  TenantRegistry,
  formatLabels,
  parseLabels,
  getPlatform,
  onboardTenants,
  parsePlatformId,
  parseTenantId,
  tenantSchemaName,
  unregisterTenants,
  type TenantryConfig,
} from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine, printTable } from '../output.js';
import { labelFilterOf, serversOf, showsServers, type SelectorOptions } from '../selection.js';

export interface TenantsTargetOptions {
  allPlatforms?: boolean;
}

interface PlatformTenants {
  platform: string;
  tenants: string[];
}

/**
 * `PLATFORM ID...`, or `--all-platforms ID...` (every platform of the config). Every id and
 * schema name is checked on every platform before anything changes.
 */
export function parseTenantArgs(
  config: TenantryConfig,
  args: readonly string[],
  options: TenantsTargetOptions,
): PlatformTenants[] {
  let platforms: string[];
  let ids: readonly string[];
  if (options.allPlatforms) {
    // `--all-platforms billing acme` would register a tenant named billing: a mistake, not a wish
    const platform = args.find((a) => Object.hasOwn(config.platforms, a));
    if (platform !== undefined) {
      throw new InvalidInput(
        `${platform} is a platform: with --all-platforms name only tenant ids (or drop --all-platforms to name one platform)`,
      );
    }
    platforms = [...config.platformOrder];
    ids = args;
  } else {
    const [platformArg, ...rest] = args;
    if (platformArg === undefined)
      throw new InvalidInput('name a platform and at least one tenant id (or --all-platforms and tenant ids)');
    platforms = [getPlatform(config, parsePlatformId(platformArg)).id];
    ids = rest;
  }
  if (ids.length === 0) throw new InvalidInput('name at least one tenant id');
  const tenants = [...new Set(ids)].map((id) => parseTenantId(id));
  return platforms.map((id) => {
    const platform = getPlatform(config, id);
    // each id makes a valid schema name (the same on every server)
    for (const tenant of tenants) tenantSchemaName(platform.tenantSchema, tenant);
    return { platform: platform.id, tenants };
  });
}

export async function tenantsAddCommand(
  ctx: CliContext,
  args: string[],
  options: TenantsTargetOptions & { label?: string[]; at?: string; server?: string },
): Promise<number> {
  const targets = parseTenantArgs(ctx.config, args, options);
  const labels = parseLabels(options.label ?? []);
  await ctx.control.assertReady();
  const results = [];
  for (const { platform, tenants } of targets) {
    // checks the locations' owners, records them (with their labels) and creates the schemas (at
    // the platform's version, or --at, copied from its reference) in one transaction
    const { added, existing, version, spareError } = await onboardTenants(ctx, platform, tenants, {
      at: options.at,
      labels,
      ...(options.server !== undefined ? { server: options.server } : {}),
    });
    results.push({ platform, added, existing, version, ...(spareError ? { spareError } : {}) });
  }
  if (ctx.json) printJson(options.allPlatforms ? results : results[0]);
  else {
    for (const r of results) {
      const at = r.version !== '0' && r.added.length > 0 ? ` at ${r.version} (copied from its verified reference)` : '';
      printLine(
        `${r.platform}: added ${r.added.length} tenant(s)${at}${r.existing.length > 0 ? `, ${r.existing.length} already registered` : ''}`,
      );
      if (r.spareError)
        printLine(
          `${r.platform}: the tenants are registered, but keeping a copy ready or dropping older templates failed: ${r.spareError}`,
        );
    }
  }
  return 0;
}

export async function tenantsRemoveCommand(
  ctx: CliContext,
  args: string[],
  options: TenantsTargetOptions & { dropSchema?: boolean },
): Promise<number> {
  const targets = parseTenantArgs(ctx.config, args, options);
  await ctx.control.assertReady();
  const registry = new TenantRegistry(ctx.control);
  // like migrate and verify: naming a tenant that is not there is bad input, and nothing changes
  // (with --all-platforms, a tenant is removed wherever it is, and refused only if it is nowhere)
  const missing = await unregistered(registry, targets, options.allPlatforms === true);
  if (missing.length > 0) {
    const more =
      missing.length > 1
        ? ` (nor ${missing.slice(1, 4).join(', ')}${missing.length > 4 ? `, and ${missing.length - 4} more` : ''})`
        : '';
    throw new InvalidInput(`tenant ${missing[0]} is not registered${more}; nothing was removed`);
  }
  const results = [];
  for (const { platform, tenants } of targets) {
    const removed = await unregisterTenants(ctx, platform, tenants, { dropSchema: options.dropSchema === true });
    results.push({ platform, removed, droppedSchemas: options.dropSchema === true });
  }
  if (ctx.json) printJson(options.allPlatforms ? results : results[0]);
  else {
    for (const r of results) {
      printLine(
        `${r.platform}: removed ${r.removed.length} tenant(s)${options.dropSchema ? ' and dropped their schemas' : ' (their schemas are kept; --drop-schema drops them)'}`,
      );
    }
  }
  return 0;
}

async function unregistered(
  registry: TenantRegistry,
  targets: readonly PlatformTenants[],
  anywhere: boolean,
): Promise<string[]> {
  const missing: string[] = [];
  const found = new Set<string>();
  for (const { platform, tenants } of targets) {
    const present = new Set(await registry.select(platform, tenants));
    for (const tenant of tenants) {
      if (present.has(tenant)) found.add(tenant);
      else if (!anywhere) missing.push(`${tenant} on ${platform}`);
    }
  }
  if (!anywhere) return missing;
  return (targets[0]?.tenants ?? []).filter((t) => !found.has(t)).map((t) => `${t} on any platform`);
}

export async function tenantsListCommand(
  ctx: CliContext,
  options: { platform: string[]; server?: string[] } & SelectorOptions,
): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  const servers = serversOf(ctx.config, platforms, options.server ?? []);
  const filter = labelFilterOf(options);
  await ctx.control.assertReady();
  const tenants = await new TenantRegistry(ctx.control).list(platforms, filter, servers);
  if (ctx.json) printJson(tenants);
  else {
    const shown = showsServers(ctx.config, servers);
    printTable(
      ['PLATFORM', ...(shown ? ['SERVER'] : []), 'TENANT', 'LABELS', 'PIN', 'HELD', 'REGISTERED'],
      tenants.map((t) => [
        t.platform,
        ...(shown ? [t.serverId] : []),
        t.tenant,
        formatLabels(t.labels),
        t.pinnedVersion ?? '-',
        t.heldAt ? t.heldAt.toISOString() : '-',
        t.createdAt.toISOString(),
      ]),
    );
  }
  return 0;
}
