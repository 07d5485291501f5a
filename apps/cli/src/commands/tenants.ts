import {
  InvalidInput,
  TenantRegistry,
  dropTenantSchema,
  getPlatform,
  locateTenant,
  parsePlatformId,
  parseTenantId,
  provisionTenants,
} from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine, printTable } from '../output.js';

function parseTenants(ctx: CliContext, platformArg: string, ids: readonly string[]) {
  const platform = getPlatform(ctx.config, parsePlatformId(platformArg));
  if (ids.length === 0) throw new InvalidInput('name at least one tenant id');
  // every id and schema name is checked before anything changes
  return { platform, locations: [...new Set(ids)].map((id) => locateTenant(platform, parseTenantId(id))) };
}

export async function tenantsAddCommand(ctx: CliContext, platformArg: string, ids: string[]): Promise<number> {
  const { platform, locations } = parseTenants(ctx, platformArg, ids);
  await ctx.control.assertReady();
  await provisionTenants(ctx.pools, locations);
  const added = await new TenantRegistry(ctx.control).add(platform.id, locations.map((l) => l.tenant));
  if (ctx.json) printJson({ platform: platform.id, added, existing: locations.map((l) => l.tenant).filter((t) => !added.includes(t)) });
  else printLine(`${platform.id}: added ${added.length} tenant(s)${added.length < locations.length ? `, ${locations.length - added.length} already registered` : ''}`);
  return 0;
}

export async function tenantsRemoveCommand(ctx: CliContext, platformArg: string, ids: string[], options: { dropSchema?: boolean }): Promise<number> {
  const { platform, locations } = parseTenants(ctx, platformArg, ids);
  await ctx.control.assertReady();
  const removed = await new TenantRegistry(ctx.control).remove(platform.id, locations.map((l) => l.tenant));
  if (options.dropSchema) {
    for (const location of locations.filter((l) => removed.includes(l.tenant))) await dropTenantSchema(ctx.pools, location);
  }
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
