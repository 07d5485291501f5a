export { createLogger } from './logging.js';
export type { LoggerOptions } from './logging.js';
export { runWorkerProcess } from './run-worker.js';
export { startTracing } from './tracing.js';
export type { TracingHandle } from './tracing.js';
export type { WorkerProcessOptions } from './run-worker.js';
export { workerLogLevel } from './terminal.js';
export type { WorkerLogLevel } from './terminal.js';
