import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import path from 'node:path';
import { MigrationLoadFailed, TenantryError, errorMessage } from '../errors.js';
import type { FromThread, QueryResultData, SerializedError, ToThread, UpExport } from './build-messages.js';

/**
 * Migration code runs in build threads (build-thread.ts), reused across runs (each keeps its
 * modules cached) and terminated when a build overruns its time or its run is stopped: an
 * endless loop at import or in up(), or a promise that never settles, costs a thread, never the
 * worker. The time of a build counts the migration's own code only, not the `pgm.db` reads it
 * waits on (those are bounded by the run's statement_timeout and deadline).
 */

/** How long loading a set or building one migration may take by default (platforms.X.buildTimeoutMs). */
export const DEFAULT_BUILD_TIMEOUT_MS = 60_000;

/** A migration's code did not finish in time: an endless loop, or a promise that never settles. */
export class MigrationBuildTimeout extends TenantryError {
  constructor(
    readonly migration: string,
    what: 'loading' | 'building',
    timeoutMs: number,
  ) {
    super(
      'MIGRATION_TIMEOUT',
      `${migration}: ${what === 'loading' ? 'loading the file' : 'its up/down'} did not finish within ${timeoutMs / 1000} s (an endless loop, or a promise that never settles); it was stopped`,
    );
  }
}

export interface BuiltMigration {
  /** the migration's statements, as node-pg-migrate's MigrationBuilder returns them */
  sql: string[];
  usingTransaction: boolean;
}

/** Where a builder's `pgm.db` reads go: the run's connection, in its transaction. */
export type BuildDb = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

const MAX_IDLE_THREADS = 8;

/**
 * Whether each file loaded in this process exports a down function (by path and content): what a
 * run's thread found, so that planning its compensation right after it asks no thread again.
 */
const knownDowns = new Map<string, boolean>();

export function knownHasDown(file: { path: string; checksum: string }): boolean | undefined {
  return knownDowns.get(`${file.path}\0${file.checksum}`);
}
const idle: BuildThread[] = [];

class BuildThread {
  private readonly worker = new Worker(new URL('./build-thread.js', import.meta.url));
  private nextId = 0;
  dead = false;
  private current?: { id: number; settle: (message: FromThread | Error) => void; db?: BuildDb };
  private readonly queryFailures = new Map<number, unknown>();
  private queryStartedAt: number | undefined;
  private queryMs = 0;
  loading: string | undefined;

  /** where a builder's log lines go (the current run's logger) */
  onLog: (level: 'info' | 'warn' | 'error', message: string) => void = () => {};

  constructor() {
    this.worker.on('message', (message: FromThread) => this.receive(message));
    const die = (error: Error) => {
      this.dead = true;
      this.current?.settle(error);
    };
    this.worker.on('error', die);
    this.worker.on('exit', (code) => die(new Error(`the build thread exited (code ${code})`)));
    this.worker.unref();
  }

  private receive(message: FromThread): void {
    if (message.type === 'log') return this.onLog(message.level, message.message);
    const current = this.current;
    if (!current || message.id !== current.id) return;
    if (message.type === 'loading') {
      this.loading = message.file;
      return;
    }
    if (message.type !== 'query') return current.settle(message);
    const db = current.db;
    this.queryStartedAt = Date.now();
    const answer = db ? db(message.text, message.values) : Promise.reject(new Error('no database while loading'));
    answer
      .then(
        (result) => this.post({ type: 'queryResult', qid: message.qid, result: toData(result) }),
        (error: unknown) => {
          this.queryFailures.set(message.qid, error);
          this.post({ type: 'queryError', qid: message.qid, error: serializeError(error) });
        },
      )
      .finally(() => {
        this.queryMs += Date.now() - (this.queryStartedAt ?? Date.now());
        this.queryStartedAt = undefined;
      });
  }

  private post(message: ToThread): void {
    if (!this.dead) this.worker.postMessage(message);
  }

  /** Sends one request and waits for its answer, within `timeoutMs` of the thread's own time, or until `signal` aborts. */
  request(
    message: ToThread & { id: number },
    options: { timeoutMs: number; signal?: AbortSignal; db?: BuildDb; onTimeout: () => Error },
  ): Promise<FromThread> {
    this.worker.ref();
    this.queryFailures.clear();
    this.queryMs = 0;
    return new Promise<FromThread>((resolve, reject) => {
      const started = Date.now();
      const stop = (error: Error) => {
        void this.terminate();
        settle(error);
      };
      const onAbort = () =>
        stop(
          options.signal!.reason instanceof Error ? options.signal!.reason : new Error(String(options.signal!.reason)),
        );
      const timer = setInterval(
        () => {
          const waiting = this.queryStartedAt === undefined ? 0 : Date.now() - this.queryStartedAt;
          if (Date.now() - started - this.queryMs - waiting > options.timeoutMs) stop(options.onTimeout());
        },
        Math.min(250, options.timeoutMs),
      );
      const settle = (answer: FromThread | Error) => {
        if (this.current?.id !== message.id) return;
        this.current = undefined;
        clearInterval(timer);
        options.signal?.removeEventListener('abort', onAbort);
        this.worker.unref();
        if (answer instanceof Error) return reject(answer);
        if (answer.type === 'failed') return reject(this.rebuild(answer.error));
        resolve(answer);
      };
      this.current = { id: message.id, settle, ...(options.db ? { db: options.db } : {}) };
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (this.dead) return settle(new Error('the build thread is gone'));
      this.post(message);
    });
  }

  /** A failure thrown in the thread; a failed `pgm.db` read is rethrown as the original error. */
  private rebuild(error: SerializedError): unknown {
    if (error.failedQuery !== undefined && this.queryFailures.has(error.failedQuery))
      return this.queryFailures.get(error.failedQuery);
    return Object.assign(new Error(error.message), { name: error.name }, error.code ? { code: error.code } : {});
  }

  id(): number {
    return (this.nextId += 1);
  }

  async terminate(): Promise<void> {
    this.dead = true;
    await this.worker.terminate().catch(() => 0);
  }
}

function toData(result: pg.QueryResult): QueryResultData {
  return {
    rows: result.rows,
    rowCount: result.rowCount,
    command: result.command,
    fields: (result.fields ?? []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
  };
}

function serializeError(error: unknown): SerializedError {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return {
    name: (error as Error | null)?.name ?? 'Error',
    message: errorMessage(cause ?? error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

export interface BuildSessionOptions {
  timeoutMs?: number;
  /** stops whatever the thread is doing (the run's deadline, an abort, a shutdown) */
  signal?: AbortSignal;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/** One run's use of a build thread: the run's files prepared once, then one build per migration. */
export class BuildSession {
  private constructor(
    private readonly thread: BuildThread,
    private readonly options: BuildSessionOptions,
    private readonly files: ReadonlyArray<{ name: string; path: string }>,
    /** per prepared file, in order: whether it exports a down function */
    readonly hasDown: boolean[],
    /** per prepared file, in order: what it exports as its up */
    readonly up: UpExport[],
  ) {}

  /** Loads `files` (in order: their shorthands accumulate) in a build thread. */
  static async open(
    files: ReadonlyArray<{ name: string; path: string; checksum: string }>,
    options: BuildSessionOptions = {},
  ): Promise<BuildSession> {
    // an idle thread may have died meanwhile (a migration's stray timer that threw): not reused
    let thread = idle.pop();
    while (thread?.dead) thread = idle.pop();
    thread ??= new BuildThread();
    thread.onLog = options.log ?? (() => {});
    const timeoutMs = options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
    thread.loading = undefined;
    try {
      const answer = await thread.request(
        {
          type: 'prepare',
          id: thread.id(),
          files: files.map((f) => ({ name: f.name, path: f.path, checksum: f.checksum })),
        },
        {
          timeoutMs,
          ...(options.signal ? { signal: options.signal } : {}),
          onTimeout: () => new MigrationBuildTimeout(thread.loading ?? files[0]?.name ?? '?', 'loading', timeoutMs),
        },
      );
      if (answer.type !== 'prepared') throw new Error(`unexpected answer from the build thread: ${answer.type}`);
      files.forEach((file, i) => knownDowns.set(`${file.path}\0${file.checksum}`, answer.hasDown[i] === true));
      return new BuildSession(thread, options, files, answer.hasDown, answer.up);
    } catch (error) {
      if (thread.dead) void thread.terminate();
      else idle.push(thread);
      if (error instanceof TenantryError || (options.signal?.aborted && error === options.signal.reason)) throw error;
      // the loader's own failure, as the thread sent it back: named again, not wrapped twice
      const file = files.find((f) => f.name === thread.loading) ?? files[0];
      const reason = errorMessage(error).replace(/^migration file .+? does not load: /, '');
      throw new MigrationLoadFailed(file?.name ?? '?', file ? path.basename(file.path) : '?', reason, { cause: error });
    }
  }

  /** Runs one migration's up or down against node-pg-migrate's MigrationBuilder, in the thread. */
  async build(name: string, direction: 'up' | 'down', db: BuildDb): Promise<BuiltMigration> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
    const answer = await this.thread.request(
      { type: 'build', id: this.thread.id(), name, direction },
      {
        timeoutMs,
        db,
        ...(this.options.signal ? { signal: this.options.signal } : {}),
        onTimeout: () => new MigrationBuildTimeout(name, 'building', timeoutMs),
      },
    );
    if (answer.type !== 'built') throw new Error(`unexpected answer from the build thread: ${answer.type}`);
    return { sql: answer.sql, usingTransaction: answer.usingTransaction };
  }

  /**
   * Every prepared file exports an up function (what the runner needs to apply it), or
   * MigrationLoadFailed names the first that does not: the thread's load answers it, no second one.
   */
  assertUps(): void {
    this.files.forEach((file, i) => {
      const up = this.up[i];
      if (up === 'function') return;
      const why =
        up === 'disabled' ? 'it exports up = false (node-pg-migrate refuses to apply it)' : 'it exports no up function';
      throw new MigrationLoadFailed(file.name, path.basename(file.path), why);
    });
  }

  /** Gives the thread back for the next run (a stopped thread is not reused). */
  release(): void {
    if (this.thread.dead || idle.length >= MAX_IDLE_THREADS) void this.thread.terminate();
    else idle.push(this.thread);
  }
}

/** Ends every idle build thread (a worker shutting down). */
export async function closeBuildThreads(): Promise<void> {
  await Promise.all(idle.splice(0).map((thread) => thread.terminate()));
}
