import { errorMessage, type Logger, type TenantryConfig } from '@tenantry/core';
import { startWorker } from '@tenantry/queue';
import { startTracing } from './tracing.js';

export interface WorkerProcessOptions {
  config: TenantryConfig;
  logger: Logger;
  concurrency?: number;
  /** the process environment, for the standard OTEL_* variables */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs a worker until SIGTERM or SIGINT: then it stops taking jobs, lets running runs finish
 * (bounded by worker.shutdownTimeoutMs), and resolves. A second signal stops at once; the
 * runs' transactions roll back and their jobs are taken over by another worker.
 */
export async function runWorkerProcess(options: WorkerProcessOptions): Promise<void> {
  const tracing = startTracing(options.config, options.env ?? {});
  if (tracing) options.logger.info({ endpoint: tracing.endpoint }, 'exporting traces (OTLP)');
  const worker = await startWorker(options);
  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) {
        options.logger.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      options.logger.info({ signal }, 'shutting down');
      worker.close().then(resolve, (error: unknown) => {
        options.logger.error({ err: errorMessage(error) }, 'error while stopping');
        resolve();
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  await tracing
    ?.shutdown()
    .catch((error: unknown) => options.logger.warn({ err: errorMessage(error) }, 'could not export the last spans'));
}
