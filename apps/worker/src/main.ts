import { parseArgs } from 'node:util';
import { InvalidInput, TenantryError, errorMessage, loadConfig } from '@tenantry/core';
import { createLogger } from './logging.js';
import { runWorkerProcess } from './run-worker.js';
import { workerLogLevel } from './terminal.js';

/** `tenantry-worker [--config FILE] [--concurrency N]`, the same as `tenantry worker`. */
async function main(): Promise<void> {
  let values: { config?: string | undefined; concurrency?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { config: { type: 'string' }, concurrency: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`tenantry-worker: ${errorMessage(error)}\n`);
    process.exit(2);
  }
  const { level, notice } = workerLogLevel(process.env, process.stdout.isTTY === true);
  if (notice) process.stderr.write(`${notice}\n`);
  const logger = createLogger({ pretty: process.stdout.isTTY, name: 'tenantry-worker', level });
  try {
    const config = loadConfig(values.config ?? process.env.TENANTRY_CONFIG ?? 'tenantry.config.json', process.env);
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)) {
      throw new InvalidInput('--concurrency must be an integer from 1 to 256');
    }
    await runWorkerProcess({ config, logger, env: process.env, ...(concurrency ? { concurrency } : {}) });
    process.exit(0);
  } catch (error) {
    process.stderr.write(`tenantry-worker: ${errorMessage(error)}\n`);
    process.exit(error instanceof TenantryError ? error.exitCode : 1);
  }
}

await main();
