import { InvalidInput, TenantRegistry, getPlatform, locateTenant, parsePlatformId, parseTenantId, registerTenants, unregisterTenants } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine, printTable } from '../output.js';

function parseTenants(ctx: CliContext, platformArg: string, ids: readonly string[]) {
  const platform = getPlatform(ctx.config, parsePlatformId(platformArg));
  if (ids.length === 0) throw new InvalidInput('name at least one tenant id');
  // every id and schema name is checked before anything changes
  return { platform, tenants: [...new Set(ids)].map((id) => locateTenant(platform, parseTenantId(id)).tenant) };
}

export async function tenantsAddCommand(ctx: CliContext, platformArg: string, ids: string[]): Promise<number> {
  const { platform, tenants } = parseTenants(ctx, platformArg, ids);
  await ctx.control.assertReady();
  const { added, existing } = await registerTenants(ctx, platform.id, tenants);
  if (ctx.json) printJson({ platform: platform.id, added, existing });
  else printLine(`${platform.id}: added ${added.length} tenant(s)${existing.length > 0 ? `, ${existing.length} already registered` : ''}`);
  return 0;
}

export async function tenantsRemoveCommand(ctx: CliContext, platformArg: string, ids: string[], options: { dropSchema?: boolean }): Promise<number> {
  const { platform, tenants } = parseTenants(ctx, platformArg, ids);
  await ctx.control.assertReady();
  const removed = await unregisterTenants(ctx, platform.id, tenants, { dropSchema: options.dropSchema === true });
  if (ctx.json) printJson({ platform: platform.id, removed, droppedSchemas: options.dropSchema === true });
  else printLine(`${platform.id}: removed ${removed.length} tenant(s)${options.dropSchema ? ' and dropped their schemas' : ' (their schemas are kept; --drop-schema drops them)'}`);
  return 0;
}

export async function tenantsListCommand(ctx: CliContext, options: { platform: string[] }): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  await ctx.control.assertReady();
  const tenants = await new TenantRegistry(ctx.control).list(platforms);
  if (ctx.json) printJson(tenants);
  else printTable(['PLATFORM', 'TENANT', 'REGISTERED'], tenants.map((t) => [t.platform, t.tenant, t.createdAt.toISOString()]));
  return 0;
}
