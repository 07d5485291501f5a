import type pg from 'pg';
import type { MigrationSet } from '../catalog/migration-set.js';
import { escapeIdentifier, isUnreachable } from '../db/connect.js';
import { RESET_SETTINGS, leftoverCheckSql, leftoversIn, noteLeftovers } from '../db/session-state.js';
import { LockRetriesExhausted, MigrationFailed, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TenantLocation } from '../tenants/location.js';
import type { Direction, StepResult } from '../types.js';
import { BuildSession } from './build-sandbox.js';
import { HistoryTable } from './history-table.js';
import { runsConcurrently } from './concurrent-statement.js';
import type { LockRetry } from './lock-retry.js';
import { AttributedFailure, StatementBatch, UnattributedFailure } from './statement-batch.js';

export interface MigrateStepsOptions {
  client: pg.ClientBase;
  location: TenantLocation;
  set: MigrationSet;
  direction: Direction;
  /** how many migrations the tenant has applied, read and order-checked under the lock */
  position: number;
  /** how many migrations to apply (up) or revert (down) */
  count: number;
  logger: Logger;
  /** called as each migration starts */
  onStep?: (index: number, migration: string) => void;
  /**
   * Send the run's migrations in as few round trips as their kinds allow (default). Off, each
   * migration is a round trip of its own (a `betweenMigrations` run hook needs that).
   */
  batch?: boolean;
  /**
   * SQL sent with the run's final COMMIT, in the same round trip (the run protocol releases its
   * tenant lock this way). Ran exactly when migrateSteps returns.
   */
  afterCommit?: string;
  /**
   * Awaited before the run's first statement reaches the server (the run protocol confirms its
   * claim there, which travels while the migrations are built); its failure fails the call.
   */
  beforeSend?: () => Promise<void>;
  /** stops the run: its migration code (in its build thread) and its next statement */
  signal?: AbortSignal;
  /** how long loading the files or building one migration may take (build-sandbox.ts) */
  buildTimeoutMs?: number;
  /**
   * Each transaction (and each statement outside one but those that run CONCURRENTLY) under a
   * short lock_timeout, tried again after a lock timeout (lock-retry.ts); absent, a lock timeout
   * fails the run's attempt.
   */
  lockRetry?: LockRetry;
}

/**
 * Errors worth retrying on another attempt: the connection or server went away, or the
 * migration lost a lock race (lock_timeout, deadlock, serialization). Anything else is the
 * migration's own fault and fails the run for good.
 */
export function isTransient(error: unknown): boolean {
  if (isUnreachable(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string')
    return /Connection terminated|Client has encountered a connection error|not queryable/i.test(errorMessage(error));
  return (
    code.startsWith('08') || code.startsWith('57P') || ['55P03', '40P01', '40001', '53300', 'EPIPE'].includes(code)
  );
}

/**
 * Applies `count` migrations to one tenant on the caller's connection (which holds the tenant
 * lock), all in one transaction: on failure the tenant is exactly where it was. Each migration is
 * built by node-pg-migrate's own MigrationBuilder from the file as its runner loads it, and
 * recorded in the tenant's node-pg-migrate table the way its runner records it, so the two stay
 * interchangeable. What the runner would add per tenant is done once by the caller instead: the
 * history was read and order-checked under the lock (`position`), so there is no
 * information_schema probe and no second read; and the run's SQL goes to the server as one
 * statement batch (BEGIN, every migration and its history row, COMMIT), not one round trip per
 * builder call. A batch that fails does not say which of its migrations failed, so the
 * transaction is rolled back and replayed one migration per round trip to name it: the replay
 * sends the SQL already built (each up() or down() runs once per run, as under the runner).
 *
 * Semantics kept from the runner with `singleTransaction`, `noLock`, `checkOrder`: a migration
 * that calls `pgm.noTransaction()` commits what came before, runs statement by statement, and
 * opens a new transaction after it; a migration that reads while it builds (`pgm.db`) sees what
 * the migrations before it did.
 *
 * With `lockRetry`, each transaction (and each statement outside one) takes its locks under a
 * short lock_timeout and, when it runs out, is rolled back and sent again after a pause, from the
 * SQL already built (lock-retry.ts); a statement that runs CONCURRENTLY, under the session's own.
 */
export async function migrateSteps(options: MigrateStepsOptions): Promise<StepResult[]> {
  const { location, set, direction, count, position } = options;
  const todo =
    direction === 'up'
      ? set.migrations.slice(position, position + count)
      : set.migrations.slice(position - count, position).reverse();
  if (todo.length !== count)
    throw new RangeError(`cannot move ${count} migration(s) ${direction} from position ${position} in ${set.dir}`);
  // migration code is loaded and built in a build thread, where a runaway can be stopped
  const session = await openSession(options, set.migrations.slice(0, direction === 'up' ? position + count : position));
  const steps: StepResult[] = todo.map((file) => ({
    migration: file.name,
    direction,
    status: 'pending',
    checksum: file.checksum,
  }));
  const apply: Apply = { ...options, todo, steps, session, built: [], transactionFrom: 0 };
  try {
    try {
      await applyRetryingLocks(apply, options.batch ?? true);
    } catch (error) {
      // a stopped run (deadline, abort, shutdown) is not replayed: its statement was cancelled
      if (!(error instanceof UnattributedFailure) || isTransient(error.cause) || options.signal?.aborted) throw error;
      // roll back to where the failed batch's transaction began, and find the migration that fails
      options.logger.debug(
        { schema: location.schema, from: todo[error.from]!.name },
        'a batch of migrations failed: replaying them one by one',
      );
      await rollBackForReplay(options.client);
      await applyFrom(apply, error.from, false);
    }
  } catch (error) {
    // harmless outside a transaction (a warning); what a non-transactional step, a PREPARE or a
    // lock left in the session is noted, and the session closed when released
    const rolledBack = await options.client
      .query(`ROLLBACK; ${RESET_SETTINGS}; ${leftoverCheckSql(options.client)}`)
      .catch(() => undefined);
    await noteLeftovers(options.client, leftoversIn(rolledBack));
    const cause = error instanceof AttributedFailure || error instanceof UnattributedFailure ? error.cause : error;
    if (isTransient(cause) || cause instanceof LockRetriesExhausted) throw cause;
    const code = (cause as { code?: unknown }).code;
    const sqlstate = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    for (const step of steps) step.status = 'pending';
    const failed = error instanceof AttributedFailure ? steps[error.index] : undefined;
    if (failed) failed.status = 'failed';
    throw new MigrationFailed(location.platform, location.tenant, failed?.migration, sqlstate, errorMessage(cause), {
      cause,
    });
  } finally {
    session.release();
  }
  for (const step of steps) step.status = 'applied';
  return steps;
}

interface Apply extends MigrateStepsOptions {
  todo: MigrationSet['migrations'];
  steps: StepResult[];
  session: BuildSession;
  /** each migration's SQL, built once: a replay sends what was built, it does not run up() again */
  built: Array<{ statements: string[]; transactional: boolean } | undefined>;
  /** the first migration of the open transaction: where a try after a lock timeout starts again */
  transactionFrom: number;
}

/** Rolls back a failed transaction; a PREPARE of it outlives the rollback and would fail a replay: noted, it is deallocated. */
async function rollBackForReplay(client: pg.ClientBase): Promise<void> {
  await noteLeftovers(client, leftoversIn(await client.query(`ROLLBACK; ${leftoverCheckSql(client)}`)));
}

/**
 * applyFrom under the run's lock retry: a transaction that met a lock timeout is rolled back and
 * sent again from its first migration (what committed before it stays committed), after a pause.
 */
function applyRetryingLocks(run: Apply, batched: boolean): Promise<void> {
  const attempt = () => applyFrom(run, run.transactionFrom, batched);
  return run.lockRetry ? run.lockRetry.run(attempt, () => rollBackForReplay(run.client)) : attempt();
}

/**
 * A statement outside any transaction, tried again after a lock timeout (it changed nothing, or
 * left an invalid index, cleared first). One that runs CONCURRENTLY waits under the session's own
 * lock_timeout (the platform's lockTimeoutMs), the short setting put back after it: its lock,
 * SHARE UPDATE EXCLUSIVE, queues no application query, and its waits for older transactions
 * would time out against any transaction older than the short budget, for nothing.
 */
function runOutside(run: Apply, statement: string): Promise<unknown> {
  const { client, lockRetry } = run;
  if (!lockRetry) return client.query(statement);
  const sessionTimeout = lockRetry.settingSql !== '' && runsConcurrently(statement);
  return lockRetry.run(
    async (tries) => {
      if (sessionTimeout) await client.query('RESET lock_timeout');
      if (tries > 1) await lockRetry.clearLeftBehind();
      const result = await client.query(statement);
      if (sessionTimeout) await client.query(lockRetry.settingSql);
      return result;
    },
    async () => {},
    sessionTimeout ? null : lockRetry.policy.lockTimeoutMs,
  );
}

/** A build session for the run's files; a file that does not load (or never finishes loading) fails the run, named. */
async function openSession(options: MigrateStepsOptions, files: MigrationSet['migrations']): Promise<BuildSession> {
  const { location, logger: log } = options;
  try {
    return await BuildSession.open(files, {
      ...(options.buildTimeoutMs ? { timeoutMs: options.buildTimeoutMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      log: (level, message) =>
        level === 'info'
          ? log.debug({ schema: location.schema }, message)
          : log[level]({ schema: location.schema }, message),
    });
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) throw error;
    const migration = (error as { migration?: unknown }).migration;
    throw new MigrationFailed(
      location.platform,
      location.tenant,
      typeof migration === 'string' ? migration : undefined,
      undefined,
      errorMessage(error),
      { cause: error },
    );
  }
}

/**
 * Applies the run's migrations from `from` on, in a transaction opened here. `batched`: the SQL
 * of consecutive transactional migrations waits and goes out together (with COMMIT when they are
 * the last); otherwise each migration is a round trip of its own. Failures are thrown as
 * AttributedFailure, or UnattributedFailure when a batch of several migrations failed.
 */
async function applyFrom(run: Apply, from: number, batched: boolean): Promise<void> {
  const { client, location, direction, todo, session, logger: log } = run;
  const history = new HistoryTable(location);
  // Statements that only set the scene (search_path, BEGIN, the history table) wait too and go
  // out with the first batch. Session-level search_path like the runner's (a noTransaction step
  // commits), reset at the end.
  run.transactionFrom = from;
  const batch = new StatementBatch(
    `SET search_path TO ${escapeIdentifier(location.schema)}; ${run.lockRetry?.settingSql ?? ''} BEGIN;` +
      (direction === 'up' && run.position === 0 ? ` ${history.createSql()}` : ''),
    from,
  );
  // after the last COMMIT: the settings as the pool lent the session, what the caller sends
  // along, and the check of what else the run left in it (session-state.ts)
  const end = () => `${RESET_SETTINGS};${run.afterCommit ? ` ${run.afterCommit};` : ''} ${leftoverCheckSql(client)}`;
  const ended = (results: pg.QueryResult | pg.QueryResult[]) => noteLeftovers(client, leftoversIn(results));
  // a migration that reads data while it builds (pgm.db) reads inside the run's transaction,
  // after what the migrations before it wrote
  const readsOf = (building: number) => async (text: string, values?: unknown[]) => {
    run.signal?.throwIfAborted();
    await run.beforeSend?.();
    if (batch.waiting) await batch.send(client, '', building - 1);
    try {
      return await client.query(text, values);
    } catch (error) {
      throw new AttributedFailure(building, error);
    }
  };
  for (let index = from; index < todo.length; index += 1) {
    const file = todo[index]!;
    const last = index === todo.length - 1;
    run.onStep?.(index, file.name);
    log.debug({ schema: location.schema, migration: file.name, direction }, 'applying migration');
    let built = run.built[index];
    if (built)
      run.signal?.throwIfAborted(); // a replay of a stopped run sends nothing more
    else {
      let output;
      try {
        run.signal?.throwIfAborted();
        output = await session.build(file.name, direction, readsOf(index));
      } catch (error) {
        if (error instanceof AttributedFailure || error instanceof UnattributedFailure) throw error;
        throw new AttributedFailure(index, error);
      }
      built = run.built[index] = {
        statements: [...output.sql, history.markSql(direction, file.name)],
        transactional: output.usingTransaction,
      };
    }
    const { statements } = built;
    if (last || !batched || !built.transactional) await run.beforeSend?.();
    if (built.transactional) {
      // each step on its own line (a step may end in a `--` comment that swallowed its `;`)
      const sql = statements.join('\n;\n') + (last ? `\n;\nCOMMIT; ${end()}` : '');
      if (batched && !last) batch.hold(sql);
      else if (last) await ended(await batch.send(client, sql, index));
      else await batch.send(client, sql, index);
      continue;
    }
    // e.g. CREATE INDEX CONCURRENTLY: outside any transaction block, one statement at a time
    log.warn(
      { schema: location.schema, migration: file.name },
      'migration runs outside the run transaction: what came before it is committed',
    );
    await batch.send(client, 'COMMIT;', index - 1);
    for (const statement of statements) {
      try {
        run.signal?.throwIfAborted();
        await runOutside(run, statement);
      } catch (error) {
        if (error instanceof LockRetriesExhausted) throw error;
        throw new AttributedFailure(index, error);
      }
    }
    batch.committedBefore(index + 1, !last);
    run.transactionFrom = index + 1;
    if (last) await ended(await client.query(end()));
  }
}
