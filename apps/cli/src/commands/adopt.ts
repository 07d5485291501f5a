import { AdoptionNoMatch, adoptTenants, describeDifference, getPlatform, parsePlatformId } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';

/**
 * `tenantry tenants adopt PLATFORM SCHEMA-OR-ID...`: registers existing schemas at the version
 * their schema matches. Exit 1 naming, for each schema that matches no version, what differs
 * from the closest one; nothing is recorded then.
 */
export async function tenantsAdoptCommand(
  ctx: CliContext,
  platformArg: string,
  args: string[],
  options: { server?: string } = {},
): Promise<number> {
  const platform = getPlatform(ctx.config, parsePlatformId(platformArg)).id;
  await ctx.control.assertReady();
  try {
    const result = await adoptTenants(
      ctx,
      platform,
      args,
      options.server !== undefined ? { server: options.server } : {},
    );
    if (ctx.json) printJson(result);
    else {
      for (const a of result.adopted) {
        const also =
          a.alsoMatches.length > 0
            ? ` (its schema is also that of ${a.alsoMatches.join(', ')}: the newest was taken)`
            : '';
        printLine(
          `${platform}/${a.tenant}: adopted schema ${a.schema} at ${a.version}${a.hadHistory ? ', its own history kept' : ''}${also}`,
        );
      }
      printLine(
        `${platform}: adopted ${result.adopted.length} tenant(s)${result.existing.length > 0 ? `, ${result.existing.length} already registered` : ''}`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AdoptionNoMatch) || ctx.json) throw error;
    printLine(error.message);
    for (const r of error.refused) {
      printLine(`${platform}/${r.tenant} (${r.schema}), closest ${r.closest}: ${r.differences.length} difference(s)`);
      for (const d of r.differences) printLine(`  ${describeDifference(d)}`);
    }
    return 1;
  }
}
