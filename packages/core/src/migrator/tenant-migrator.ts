import type pg from 'pg';
import type { MigrationBuilder } from 'node-pg-migrate';
import type { MigrationSet } from '../catalog/migration-set.js';
import { escapeIdentifier, escapeLiteral, isUnreachable } from '../db/connect.js';
import { MigrationFailed, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TenantLocation } from '../tenants/location.js';
import type { Direction, StepResult } from '../types.js';
import { loadMigrationActions, type MigrationActions } from './loader.js';

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
}

/**
 * Errors worth retrying on another attempt: the connection or server went away, or the
 * migration lost a lock race (lock_timeout, deadlock, serialization). Anything else is the
 * migration's own fault and fails the run for good.
 */
export function isTransient(error: unknown): boolean {
  if (isUnreachable(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return /Connection terminated|Client has encountered a connection error|not queryable/i.test(errorMessage(error));
  return code.startsWith('08') || code.startsWith('57P') || ['55P03', '40P01', '40001', '53300', 'EPIPE'].includes(code);
}

/**
 * Applies `count` migrations to one tenant on the caller's connection (which holds the tenant
 * lock), all in one transaction: on failure the tenant is exactly where it was. Each migration is
 * built by node-pg-migrate's own MigrationBuilder from the file as its runner loads it, and
 * recorded in the tenant's node-pg-migrate table the way its runner records it, so the two stay
 * interchangeable. What the runner would add per tenant is done once by the caller instead: the
 * history was read and order-checked under the lock (`position`), so there is no
 * information_schema probe and no second read; and each migration's SQL goes to the server as one
 * statement batch, not one round trip per builder call. Semantics kept from the runner with
 * `singleTransaction`, `noLock`, `checkOrder`: a migration that calls `pgm.noTransaction()`
 * commits what came before, runs statement by statement, and opens a new transaction after it.
 */
export async function migrateSteps(options: MigrateStepsOptions): Promise<StepResult[]> {
  const { client, location, set, direction, count, position } = options;
  const todo = direction === 'up' ? set.migrations.slice(position, position + count) : set.migrations.slice(position - count, position).reverse();
  if (todo.length !== count) throw new RangeError(`cannot move ${count} migration(s) ${direction} from position ${position} in ${set.dir}`);
  const table = `${escapeIdentifier(location.schema)}.${escapeIdentifier(location.migrationsTable)}`;
  const log = options.logger;
  const steps: StepResult[] = [];
  let current: StepResult | undefined;
  const { MigrationBuilder } = await import('node-pg-migrate'); // loaded on first use: CLI start-up cost
  // Statements that only set the scene (search_path, BEGIN, the history table) wait here and go
  // out with the next batch: one round trip per migration, the transaction's end included.
  let pending =
    `SET search_path TO ${escapeIdentifier(location.schema)}; BEGIN;` +
    (direction === 'up' && position === 0 ? ` CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);` : '');
  const send = async (sql: string): Promise<void> => {
    const text = pending ? `${pending}\n${sql}` : sql;
    pending = '';
    await client.query(text);
  };
  // a migration that reads data while it builds (pgm.db) reads inside the run's transaction
  const db = {
    query: async (text: string, values?: unknown[]) => {
      if (pending) await send('');
      return client.query(text, values);
    },
    select: async (text: string, values?: unknown[]) => (await db.query(text, values)).rows,
  };
  try {
    // shorthands accumulate in file order, as the runner accumulates them while loading
    const shorthands: Record<string, unknown> = {};
    const actions = new Map<string, MigrationActions>();
    for (const file of set.migrations.slice(0, direction === 'up' ? position + count : position)) {
      const loaded = await loadMigrationActions(file);
      Object.assign(shorthands, loaded.shorthands);
      actions.set(file.name, { ...loaded, shorthands: { ...shorthands } });
    }
    for (const [index, file] of todo.entries()) {
      const last = index === todo.length - 1;
      current = { migration: file.name, direction, status: 'pending', checksum: file.checksum };
      steps.push(current);
      options.onStep?.(index, file.name);
      log.debug({ schema: location.schema, migration: file.name, direction }, 'applying migration');
      const pgm = new MigrationBuilder(db as never, actions.get(file.name)!.shorthands as never, false, builderLogger(log, location));
      await build(pgm, actions.get(file.name)!, direction, file.name);
      const mark =
        direction === 'up'
          ? `INSERT INTO ${table} (name, run_on) VALUES (${escapeLiteral(file.name)}, NOW());`
          : `DELETE FROM ${table} WHERE name = ${escapeLiteral(file.name)};`;
      const statements = [...pgm.getSqlSteps(), mark];
      if (pgm.isUsingTransaction()) {
        // session-level search_path like the runner's (a noTransaction step commits), reset at the end
        // a step may end in a `--` comment that swallowed its `;`: each step ends on its own line,
        // and the empty statements this can leave are ignored by the server
        await send(statements.join('\n;\n') + (last ? '\n;\nCOMMIT; RESET search_path;' : ''));
        continue;
      }
      // e.g. CREATE INDEX CONCURRENTLY: outside any transaction block, one statement at a time
      log.warn({ schema: location.schema, migration: file.name }, 'migration runs outside the run transaction: what came before it is committed');
      await send('COMMIT;');
      for (const statement of statements) await client.query(statement);
      pending = last ? '' : 'BEGIN;';
      if (last) await client.query('RESET search_path');
    }
  } catch (error) {
    // harmless outside a transaction (a warning); the session goes back to the pool clean
    await client.query('ROLLBACK; RESET search_path').catch(() => {});
    if (isTransient(error)) throw error;
    const code = (error as { code?: unknown }).code;
    const sqlstate = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    for (const step of steps) step.status = 'pending';
    if (current) current.status = 'failed';
    throw new MigrationFailed(location.platform, location.tenant, current?.migration, sqlstate, errorMessage(error), { cause: error });
  }
  for (const step of steps) step.status = 'applied';
  return steps;
}

/** Runs a migration's up or down against the builder, as node-pg-migrate's Migration does. */
async function build(pgm: MigrationBuilder, actions: MigrationActions, direction: Direction, name: string): Promise<void> {
  let action = actions[direction];
  if (direction === 'down' && action === undefined) {
    // no down: node-pg-migrate reverses the up
    action = actions.up;
    pgm.enableReverseMode();
  }
  if (action === false) throw new Error(`User has disabled ${direction} migration on file: ${name}`);
  if (typeof action !== 'function') throw new Error(`Unknown value for direction: ${direction}. Is the migration ${name} exporting a '${direction}' function?`);
  const run = action as (pgm: MigrationBuilder, done?: () => void) => unknown;
  if (run.length === 2) await new Promise<void>((resolve, reject) => Promise.resolve(run(pgm, resolve)).catch(reject));
  else await run(pgm);
}

function builderLogger(log: Logger, location: TenantLocation) {
  return {
    debug: () => {},
    info: (message: string) => log.debug({ schema: location.schema }, message),
    warn: (message: string) => log.warn({ schema: location.schema }, message),
    error: (message: string) => log.error({ schema: location.schema }, message),
  };
}
