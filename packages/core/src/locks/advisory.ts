import type pg from 'pg';
import { prepared } from '../db/prepared.js';
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

/**
 * Tries a lock and, in the same round trip, whether each of `relations` and `schemas` exists.
 * Only a "yes" is to be trusted: the statement's catalog snapshot may predate the lock, so
 * something the previous holder created just before it let go can still look missing.
 */
export async function tryLockAndProbe(
  client: pg.ClientBase,
  [namespace, key]: AdvisoryKey,
  probe: { relation: string; schema: string },
): Promise<{ locked: boolean; relationFound: boolean; schemaFound: boolean }> {
  const { rows } = await client.query<{ locked: boolean; relation: boolean; schema: boolean }>(
    prepared(
      'SELECT pg_try_advisory_lock($1, $2) AS locked, to_regclass($3) IS NOT NULL AS relation, to_regnamespace($4) IS NOT NULL AS schema',
    ),
    [namespace, key, probe.relation, probe.schema],
  );
  const row = rows[0];
  return {
    locked: row?.locked === true,
    relationFound: row?.relation === true,
    schemaFound: row?.locked === true && row.schema === true,
  };
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
