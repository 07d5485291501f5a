import { createLogger, runWorkerProcess, workerLogLevel } from '@tenantry/worker';
import type { CliContext } from '../context.js';
import { parseCount } from '../output.js';

export async function workerCommand(ctx: CliContext, options: { concurrency?: string }): Promise<number> {
  let concurrency: number | undefined;
  if (options.concurrency !== undefined) {
    concurrency = parseCount('--concurrency', options.concurrency, 256);
  }
  const config = ctx.config;
  const terminal = process.stdout.isTTY === true;
  const { level, notice } = workerLogLevel(ctx.env, terminal);
  if (notice) process.stderr.write(`${notice}\n`);
  const logger = createLogger({ pretty: terminal && !ctx.json, name: 'tenantry-worker', level });
  await runWorkerProcess({ config, logger, env: ctx.env, ...(concurrency ? { concurrency } : {}) });
  return 0;
}
