import type pg from 'pg';
import { escapeLiteral } from '../db/connect.js';
import { prepared } from '../db/prepared.js';
import { appliedMigrationsSql } from '../migrator/tenant-version.js';
import type { AdvisoryKey } from './keys.js';

/**
 * Session advisory locks by (namespace, key): the one place Tenantry writes its lock and unlock
 * SQL. Always tried, never waited on: a busy lock is the caller's to defer. `named`: sent as a
 * named statement, parsed once per connection (for the run sessions that take one per run).
 */
export async function tryLockKey(
  client: pg.ClientBase,
  [namespace, key]: AdvisoryKey,
  options: { named?: boolean } = {},
): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>(statement(TRY_LOCK, options), [namespace, key]);
  return rows[0]?.locked === true;
}

export async function unlockKey(
  client: pg.ClientBase,
  [namespace, key]: AdvisoryKey,
  options: { named?: boolean } = {},
): Promise<boolean> {
  const { rows } = await client.query<{ unlocked: boolean }>(statement(UNLOCK, options), [namespace, key]);
  return rows[0]?.unlocked === true;
}

/** The statement that releases a lock, as literal SQL (for a statement batch). */
export function unlockSql([namespace, key]: AdvisoryKey): string {
  return `SELECT pg_advisory_unlock(${namespace}, ${key})`;
}

/** What a run's lock round trip looks at besides the lock (all read under the lock, once it is taken). */
export interface LockProbe {
  /** the tenant's schema and its history table (node-pg-migrate's), unquoted */
  schema: string;
  table: string;
  /** the schema an interrupted restore would have left aside, unquoted */
  aside: string;
  /**
   * Read the history itself in the same round trip (the caller expects the table to exist):
   * when it does not, the round trip fails and one more (pg_locks) says what the lock did.
   */
  readHistory: boolean;
}

/** What the lock's round trip found: to be trusted either way when `locked` (read after the lock was taken). */
export interface LockRead {
  locked: boolean;
  relationFound: boolean;
  schemaFound: boolean;
  /** the history's migration names in the order they ran, when it was read in this round trip */
  history?: string[];
}

/**
 * Tries a lock and, in the same round trip, reads what the run needs under it: whether the
 * history table and an aside schema exist, and the history itself when asked. One simple-query
 * string of two or three statements: in READ COMMITTED each statement takes its own snapshot, so
 * the statements after the lock see everything its previous holder committed before letting go
 * (the catalog is read as tables, with the statement's snapshot: no cached catalog entry answers).
 * Session advisory locks ignore transactions: a failed history read (no table after all, a lock
 * timeout) rolls back the string's implicit transaction but not the lock, so pg_locks is asked
 * whether it was taken, and the catalog read again.
 */
export async function tryLockAndRead(
  client: pg.ClientBase,
  [namespace, key]: AdvisoryKey,
  probe: LockProbe,
): Promise<LockRead> {
  const lock = `SELECT pg_try_advisory_lock(${int(namespace)}, ${int(key)}) AS locked;`;
  const history = `${appliedMigrationsSql(probe.schema, probe.table)};`;
  let results: pg.QueryResult[];
  try {
    results = asResults(await client.query(`${lock} ${catalogProbe(probe)}${probe.readHistory ? ` ${history}` : ''}`));
  } catch (error) {
    if (!probe.readHistory || typeof (error as { code?: unknown }).code !== 'string' || !isServerError(error))
      throw error;
    const held = `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
       AND classid = (${int(namespace)})::int4::oid AND objid = (${int(key)})::int4::oid AND objsubid = 2) AS locked;`;
    results = asResults(await client.query(`${held} ${catalogProbe(probe)}`));
  }
  const locked = (results[0]?.rows[0] as { locked?: boolean } | undefined)?.locked === true;
  const found = results[1]?.rows[0] as { relation?: boolean; schema?: boolean } | undefined;
  const read = results[2]?.rows as Array<{ name: string }> | undefined;
  return {
    locked,
    relationFound: locked && found?.relation === true,
    schemaFound: locked && found?.schema === true,
    ...(locked && read ? { history: read.map((r) => r.name) } : {}),
  };
}

function catalogProbe(probe: LockProbe): string {
  return `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ${escapeLiteral(probe.schema)} AND c.relname = ${escapeLiteral(probe.table)}) AS relation,
    EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ${escapeLiteral(probe.aside)}) AS schema;`;
}

/** A SQLSTATE of the server's (the session still answers), not a lost connection's nor a cancel's (a stopped run stops here). */
function isServerError(error: unknown): boolean {
  const code = (error as { code: string }).code;
  return /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('08') && !code.startsWith('57');
}

function asResults(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] {
  return Array.isArray(result) ? result : [result];
}

/** A lock key as SQL text: it is a 32-bit integer of Tenantry's own, checked here all the same (a negative one is parenthesised where it is cast: `::` binds before the minus). */
function int(value: number): string {
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff)
    throw new RangeError(`not an int4 lock key: ${value}`);
  return String(value);
}

const TRY_LOCK = 'SELECT pg_try_advisory_lock($1, $2) AS locked';
const UNLOCK = 'SELECT pg_advisory_unlock($1, $2) AS unlocked';

function statement(text: string, options: { named?: boolean }): string | { name: string; text: string } {
  return options.named ? prepared(text) : text;
}

/**
 * A session lock a client holds, released once: by `release()`, or by the caller's last round
 * trip, which sends `releaseSql` along (one round trip less) and then says so (`releasedWith`).
 */
export class HeldLock {
  private held = true;

  constructor(
    private readonly client: pg.ClientBase,
    readonly key: AdvisoryKey,
  ) {}

  /** The release as literal SQL, for a statement batch. */
  get releaseSql(): string {
    return unlockSql(this.key);
  }

  /** A round trip that carried `releaseSql` has succeeded. */
  releasedWith(): void {
    this.held = false;
  }

  async release(): Promise<void> {
    if (!this.held) return;
    await unlockKey(this.client, this.key, { named: true });
    this.held = false;
  }
}
