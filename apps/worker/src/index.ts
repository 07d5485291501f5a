export { createLogger } from './logging.js';
export type { LoggerOptions } from './logging.js';
import type { WorkerProcessOptions } from './run-worker.js';

/**
 * Runs a worker process. Loaded on call: the CLI imports this package for its logger, and most
 * commands never start a worker (the queue package under it is a third of the CLI's start-up).
 */
export async function runWorkerProcess(options: WorkerProcessOptions): Promise<void> {
  const { runWorkerProcess: run } = await import('./run-worker.js');
  return run(options);
}
export { startTracing } from './tracing.js';
export type { TracingHandle } from './tracing.js';
export type { WorkerProcessOptions } from './run-worker.js';
export { workerLogLevel } from './terminal.js';
export type { WorkerLogLevel } from './terminal.js';
