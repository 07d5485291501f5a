/**
 * The build thread (node:worker_threads): migration code is imported and its up()/down() run
 * here, never on a worker's main thread, so that an endless loop or a promise that never settles
 * can be stopped (Worker.terminate) without taking the worker, its heartbeats and its other runs
 * down with it. Reads a builder makes while it builds (`pgm.db`) are sent to the main thread,
 * which runs them on the run's own connection, inside the run's transaction.
 */
import { parentPort } from 'node:worker_threads';
import type { MigrationBuilder } from 'node-pg-migrate';
import { errorMessage } from '../errors.js';
import { loadMigrationActions, type MigrationActions } from './loader.js';
import type { FromThread, SerializedError, ToThread, UpExport } from './build-messages.js';

const port = parentPort;
if (!port) throw new Error('build-thread.ts runs only as a worker thread');

/** The files of the current run, as prepared: actions with the shorthands of the files before them. */
let prepared = new Map<string, MigrationActions>();
const pendingQueries = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
/** errors handed to a builder for a failed read: the main thread keeps the original */
const queryErrors = new WeakMap<object, number>();
let nextQuery = 0;

function post(message: FromThread): void {
  port!.postMessage(message);
}

function serialize(error: unknown): SerializedError {
  const failedQuery = typeof error === 'object' && error !== null ? queryErrors.get(error) : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  return {
    name: (error as Error | null)?.name ?? 'Error',
    message: errorMessage(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(failedQuery !== undefined ? { failedQuery } : {}),
  };
}

async function prepare(id: number, files: Array<{ name: string; path: string; checksum: string }>): Promise<void> {
  const next = new Map<string, MigrationActions>();
  const hasDown: boolean[] = [];
  const up: UpExport[] = [];
  // shorthands accumulate in file order, as the runner accumulates them while loading
  const shorthands: Record<string, unknown> = {};
  for (const file of files) {
    post({ type: 'loading', id, file: file.name });
    const loaded = await loadMigrationActions(file);
    Object.assign(shorthands, loaded.shorthands);
    next.set(file.name, { ...loaded, shorthands: { ...shorthands } });
    hasDown.push(typeof loaded.down === 'function');
    up.push(typeof loaded.up === 'function' ? 'function' : loaded.up === false ? 'disabled' : 'missing');
  }
  prepared = next;
  post({ type: 'prepared', id, hasDown, up });
}

async function build(id: number, name: string, direction: 'up' | 'down'): Promise<void> {
  const actions = prepared.get(name);
  if (!actions) throw new Error(`migration ${name} was not prepared`);
  const { MigrationBuilder } = await import('node-pg-migrate');
  const query = (text: string, values?: unknown[]) =>
    new Promise((resolve, reject) => {
      const qid = (nextQuery += 1);
      pendingQueries.set(qid, { resolve, reject });
      post({ type: 'query', id, qid, text, ...(values ? { values } : {}) });
    });
  const db = {
    query,
    select: async (text: string, values?: unknown[]) => ((await query(text, values)) as { rows: unknown[] }).rows,
  };
  const log = (level: 'info' | 'warn' | 'error') => (message: string) => post({ type: 'log', level, message });
  const logger = { debug: () => {}, info: log('info'), warn: log('warn'), error: log('error') };
  const pgm = new MigrationBuilder(db as never, actions.shorthands as never, false, logger);
  await runAction(pgm, actions, direction, name);
  post({ type: 'built', id, sql: pgm.getSqlSteps(), usingTransaction: pgm.isUsingTransaction() });
}

/** Runs a migration's up or down against the builder, as node-pg-migrate's Migration does. */
async function runAction(
  pgm: MigrationBuilder,
  actions: MigrationActions,
  direction: 'up' | 'down',
  name: string,
): Promise<void> {
  let action = actions[direction];
  if (direction === 'down' && action === undefined) {
    // no down: node-pg-migrate reverses the up
    action = actions.up;
    pgm.enableReverseMode();
  }
  if (action === false) throw new Error(`User has disabled ${direction} migration on file: ${name}`);
  if (typeof action !== 'function')
    throw new Error(
      `Unknown value for direction: ${direction}. Is the migration ${name} exporting a '${direction}' function?`,
    );
  const run = action as (pgm: MigrationBuilder, done?: () => void) => unknown;
  if (run.length === 2)
    await new Promise<void>((resolve, reject) => void Promise.resolve(run(pgm, resolve)).catch(reject));
  else await run(pgm);
}

port.on('message', (message: ToThread) => {
  if (message.type === 'queryResult' || message.type === 'queryError') {
    const waiting = pendingQueries.get(message.qid);
    pendingQueries.delete(message.qid);
    if (!waiting) return;
    if (message.type === 'queryResult') return waiting.resolve(message.result);
    const error = Object.assign(
      new Error(message.error.message),
      { name: message.error.name },
      message.error.code ? { code: message.error.code } : {},
    );
    queryErrors.set(error, message.qid);
    return waiting.reject(error);
  }
  const work =
    message.type === 'prepare'
      ? prepare(message.id, message.files)
      : build(message.id, message.name, message.direction);
  work.catch((error: unknown) => post({ type: 'failed', id: message.id, error: serialize(error) }));
});
