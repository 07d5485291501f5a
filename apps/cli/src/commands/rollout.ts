import { InvalidInput, NotFound, RolloutLedger } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { describeFailure, followRollout, printOutcome } from '../follow.js';
import { printJson, printLine } from '../output.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function rolloutStatusCommand(ctx: CliContext, id: string, options: { wait?: boolean }): Promise<number> {
  if (!UUID.test(id)) throw new InvalidInput(`rollout id ${JSON.stringify(id.slice(0, 60))} is not a rollout id`);
  await ctx.control.assertReady();
  const ledger = new RolloutLedger(ctx.control);
  const summary = await ledger.getRollout(id);
  if (!summary) throw new NotFound(`no rollout ${id}`);
  if (options.wait && summary.status === 'running') {
    const followed = await followRollout(ctx.control, id, { json: ctx.json, tty: process.stderr.isTTY === true });
    printOutcome(followed.summary, followed.failed, ctx.json);
    return followed.summary.status === 'succeeded' ? 0 : 1;
  }
  const failed = summary.counts.failed > 0 ? await ledger.listRuns(id, 'failed') : [];
  if (ctx.json) {
    printJson({ ...summary, failed });
  } else {
    printLine(`rollout ${summary.id} (${summary.kind} to ${summary.target}): ${summary.status}`);
    printLine(`  created ${summary.createdAt.toISOString()}${summary.finishedAt ? `, finished ${summary.finishedAt.toISOString()}` : ''}`);
    printLine(`  runs: ${Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (of ${summary.total})`);
    for (const run of failed) printLine(`  FAILED ${describeFailure(run)}`);
  }
  return summary.status === 'failed' ? 1 : 0;
}
