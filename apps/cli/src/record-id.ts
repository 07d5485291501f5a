import { resolveIdPrefix, type RecordKind } from '@tenantry/core';
import type { CliContext } from './context.js';
import { parseRecordId } from './output.js';

/** The whole id of a rollout or backup from any unique prefix (git-style), the control schema checked first. */
export async function resolveRecordId(ctx: CliContext, kind: RecordKind, input: string): Promise<string> {
  parseRecordId(kind, input);
  await ctx.control.assertReady();
  const id = await resolveIdPrefix(ctx.control, kind, input);
  ctx.noteAudit({ target: id });
  return id;
}
