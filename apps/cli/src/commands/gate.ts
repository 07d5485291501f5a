import { setTimeout as sleep } from 'node:timers/promises';
import { InvalidInput, TenantRegistry, checkGate, type GateAnswer } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { formatDuration, parseDuration, printJson, printLine } from '../output.js';
import { labelFilterOf, selectorRequest } from '../selection.js';

export interface GateOptions {
  platform?: string;
  atLeast?: string;
  tenant: string[];
  where?: string;
  exclude?: string;
  wait?: boolean;
  timeout?: string;
}

/** How often `gate --wait` reads the fleet again. */
const POLL_MS = 2_000;

function listed(entries: GateAnswer['behind'], shown = 10): string {
  const head = entries.slice(0, shown).map((e) => `${e.tenant} (at ${e.version})`);
  return head.join(', ') + (entries.length > shown ? ` and ${entries.length - shown} more` : '');
}

function describe(answer: GateAnswer): string {
  const wanted = answer.release ? `${answer.release} (${answer.atLeast})` : answer.atLeast;
  if (answer.tenants === 0) return `ready: ${answer.platform} has no registered tenants, so none is below ${wanted}`;
  if (answer.ready) return `ready: all ${answer.tenants} tenant(s) of ${answer.platform} are at or past ${wanted}`;
  const parts = [
    `not ready: ${answer.tenants - answer.atOrPast} of ${answer.tenants} tenant(s) of ${answer.platform} are not at ${wanted} yet`,
  ];
  if (answer.behind.length > 0) parts.push(`below it: ${listed(answer.behind)}`);
  if (answer.unknown.length > 0) parts.push(`at a version not in the migration files: ${listed(answer.unknown)}`);
  return parts.join('; ');
}

/**
 * `tenantry gate --platform P --at-least V`: exit 0 when every selected tenant is at or past V,
 * 1 when not (naming those that hold it), 2 on bad input. With --wait, reads again until the
 * fleet is ready or --timeout runs out: a deploy pipeline's step before it ships.
 */
export async function gateCommand(ctx: CliContext, options: GateOptions): Promise<number> {
  if (!options.platform) throw new InvalidInput('--platform is required: the platform whose tenants must be ready');
  if (!options.atLeast) throw new InvalidInput('--at-least is required: a migration name, a release, or latest');
  const timeoutMs = options.timeout === undefined ? undefined : parseDuration('--timeout', options.timeout);
  if (timeoutMs !== undefined && !options.wait)
    throw new InvalidInput('--timeout is for --wait: it bounds how long to wait for the fleet');
  labelFilterOf(options);
  await ctx.control.assertReady();
  const request = {
    platform: options.platform,
    atLeast: options.atLeast,
    tenants: options.tenant,
    ...selectorRequest(options),
  };
  const deps = { config: ctx.config, pools: ctx.pools, registry: new TenantRegistry(ctx.control) };
  const started = Date.now();
  let answer = await checkGate(deps, request);
  let said = '';
  while (!answer.ready && options.wait && (timeoutMs === undefined || Date.now() - started < timeoutMs)) {
    const line = describe(answer);
    if (!ctx.json && line !== said) process.stderr.write(`waiting: ${line.replace(/^not ready: /, '')}\n`);
    said = line;
    await sleep(timeoutMs === undefined ? POLL_MS : Math.min(POLL_MS, Math.max(0, timeoutMs - (Date.now() - started))));
    answer = await checkGate(deps, request);
  }
  if (ctx.json) printJson(answer);
  else {
    printLine(describe(answer));
    if (!answer.ready && options.wait)
      printLine(`stopped waiting after ${formatDuration((Date.now() - started) / 1000)}`);
  }
  return answer.ready ? 0 : 1;
}
