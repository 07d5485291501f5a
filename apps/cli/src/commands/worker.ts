import { InvalidInput, armFaultPoint } from '@tenantry/core';
import { createLogger, runWorkerProcess } from '@tenantry/worker';
import type { CliContext } from '../context.js';
import { parseCount } from '../output.js';

export async function workerCommand(ctx: CliContext, options: { concurrency?: string }): Promise<number> {
  let concurrency: number | undefined;
  if (options.concurrency !== undefined) {
    concurrency = parseCount('--concurrency', options.concurrency, 256);
  }
  armFaultPoint(ctx.env.TENANTRY_FAULT); // test hook for the chaos suite (see fault-points.ts)
  const config = ctx.config;
  const logger = createLogger({ pretty: process.stdout.isTTY === true && !ctx.json, name: 'tenantry-worker', level: ctx.env.TENANTRY_LOG_LEVEL ?? 'info' });
  await runWorkerProcess({ config, logger, ...(concurrency ? { concurrency } : {}) });
  return 0;
}
