/** The messages between a build thread (build-thread.ts) and its owner (build-sandbox.ts). */

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  /** the failed `pgm.db` read this error came from: its owner rethrows the original */
  failedQuery?: number;
}

export interface QueryResultData {
  rows: unknown[];
  rowCount: number | null;
  command: string;
  fields: Array<{ name: string; dataTypeID: number }>;
}

/** What a file exports as its up: a function, `up = false` (the runner refuses it), or nothing. */
export type UpExport = 'function' | 'disabled' | 'missing';

export type ToThread =
  | { type: 'prepare'; id: number; files: Array<{ name: string; path: string; checksum: string }> }
  | { type: 'build'; id: number; name: string; direction: 'up' | 'down' }
  | { type: 'queryResult'; qid: number; result: QueryResultData }
  | { type: 'queryError'; qid: number; error: SerializedError };

export type FromThread =
  | { type: 'loading'; id: number; file: string }
  | { type: 'prepared'; id: number; hasDown: boolean[]; up: UpExport[] }
  | { type: 'built'; id: number; sql: string[]; usingTransaction: boolean }
  | { type: 'query'; id: number; qid: number; text: string; values?: unknown[] }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string }
  | { type: 'failed'; id: number; error: SerializedError };
