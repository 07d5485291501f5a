import { AuditLog, InvalidInput, TenantryError } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { parseCount, parseDuration, printJson, printTable } from '../output.js';

export interface AuditOptions {
  limit?: string;
  actor?: string;
  action?: string;
  since?: string;
}

/** `tenantry audit`: the operator actions on the fleet, newest first (who, from where, what, how it ended). */
export async function auditCommand(ctx: CliContext, options: AuditOptions): Promise<number> {
  const limit = options.limit === undefined ? 50 : parseCount('--limit', options.limit, 1000);
  const since =
    options.since === undefined ? undefined : new Date(Date.now() - parseDuration('--since', options.since));
  for (const [flag, value] of [
    ['--actor', options.actor],
    ['--action', options.action],
  ] as const) {
    if (value !== undefined && (value.trim() === '' || value.length > 200))
      throw new InvalidInput(`${flag} must be 1 to 200 characters`);
  }
  await ctx.control.assertReady();
  const entries = await new AuditLog(ctx.control).list({
    limit,
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.action ? { action: options.action } : {}),
    ...(since ? { since } : {}),
  });
  if (entries === undefined)
    throw new TenantryError(
      'CONTROL_SCHEMA_MISSING',
      'the control schema has no audit trail yet: run `tenantry init` to upgrade it',
    );
  if (ctx.json) {
    printJson(entries);
    return 0;
  }
  printTable(
    ['AT', 'ACTOR', 'SOURCE', 'ORIGIN', 'ACTION', 'TARGET', 'OUTCOME'],
    entries.map((e) => [
      e.at.toISOString().replace(/\.\d+Z$/, 'Z'),
      e.actor,
      e.source,
      e.origin ?? '-',
      e.action,
      e.target ?? '-',
      e.outcome,
    ]),
  );
  return 0;
}
