import {
  InvalidInput,
  ReferenceCache,
  TenantRegistry,
  describeDifference,
  getPlatform,
  parsePlatformId,
  parseTenantId,
  readMigrationSet,
  verifyPlatform,
  type TenantId,
  type TenantVerification,
} from '@tenantry/core';
import { releaseSession } from '@tenantry/core/internal';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';
import { labelFilterOf, type SelectorOptions } from '../selection.js';

export interface VerifyOptions extends SelectorOptions {
  platform: string[];
  tenant: string[];
}

/**
 * `tenantry verify`: each registered tenant's live schema against the reference of the version
 * its own migrations table records. Exit 1 naming every drifted tenant and what differs.
 */
export async function verifyCommand(ctx: CliContext, options: VerifyOptions): Promise<number> {
  const platforms = options.platform.map((p) => getPlatform(ctx.config, parsePlatformId(p)).id);
  const wanted = options.tenant.map((t) => parseTenantId(t));
  const filter = labelFilterOf(options);
  await ctx.control.assertReady();
  const registered = (await new TenantRegistry(ctx.control).list(platforms, filter)).filter(
    (t) => wanted.length === 0 || wanted.includes(t.tenant as TenantId),
  );
  for (const tenant of wanted) {
    if (!registered.some((r) => r.tenant === tenant)) {
      throw new InvalidInput(
        `tenant ${tenant} is not registered on ${platforms.length > 0 ? platforms.join(', ') : 'any platform'}${filter.where || filter.exclude ? ', or is not selected by --where/--exclude' : ''}`,
      );
    }
  }
  const started = Date.now();
  const references = new ReferenceCache();
  const results: TenantVerification[] = [];
  for (const platformId of ctx.config.platformOrder) {
    const mine = registered
      .filter((t) => t.platform === platformId)
      .map((t) => ({ tenant: parseTenantId(t.tenant), serverId: t.serverId }));
    if (mine.length === 0) continue;
    const platform = getPlatform(ctx.config, platformId);
    const set = readMigrationSet(platform.tenantMigrationsDir);
    // a tenant's own database is read once: its session is closed after, not left idle in its pool
    const once = (url: string) => platform.databasePerTenant && url !== platform.databaseUrl;
    const acquire = async (url: string) => {
      const client = await ctx.pools.acquire(url);
      return { client, release: () => releaseSession(client, once(url)) };
    };
    // the CLI's pools hold 4 sessions per database: 3 batches at once and one for references
    results.push(...(await verifyPlatform({ platform, set, tenants: mine, references, acquire, parallelism: 3 })));
  }
  const drifted = results.filter((r) => r.status === 'drift');
  const ms = Date.now() - started;
  if (ctx.json) {
    printJson({
      ok: drifted.length === 0,
      checked: results.length,
      matched: results.length - drifted.length,
      references: references.size,
      ms,
      drifted,
    });
  } else {
    for (const r of drifted) {
      printLine(`${r.platform}/${r.tenant} (${r.schema} at ${r.version}): ${r.differences.length} difference(s)`);
      for (const d of r.differences) printLine(`  ${describeDifference(d)}`);
    }
    printLine(
      `verify: ${results.length} tenant(s) checked against ${references.size} reference(s) in ${(ms / 1000).toFixed(1)} s: ` +
        `${results.length - drifted.length} match${drifted.length > 0 ? `, ${drifted.length} drifted` : ''}`,
    );
  }
  return drifted.length === 0 ? 0 : 1;
}
