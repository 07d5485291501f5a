import pg from 'pg';
import { Redis } from 'ioredis';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails the run early, naming what to start, when PostgreSQL or Redis is not there. */
export async function assertServices(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `tests need PostgreSQL at ${PG_URL} (${(error as Error).message}); start your own, or \`docker compose up -d postgres\` and set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `tests need Redis at ${REDIS_URL} (${(error as Error).message}); start your own, or \`docker compose up -d redis\` and set TEST_REDIS_URL=redis://127.0.0.1:56379`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  database = 'postgres',
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Drops of test databases still under way (see dropDatabasesInBackground), and the errors of those that failed. */
const drops = new Set<Promise<void>>();
const dropErrors: unknown[] = [];

/**
 * Drops these databases (WITH FORCE, all at once) without making the caller wait: a DROP DATABASE
 * waits for a checkpoint of the whole server, seconds when other tests are writing, and the next
 * test need not wait for it. The root hooks (test/hooks.ts) wait for every drop at the end of each
 * file and fail it when one failed.
 */
export function dropDatabasesInBackground(names: readonly string[]): void {
  const drop: Promise<void> = Promise.all(
    names.map((name) => adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)),
  ).then(
    () => {
      drops.delete(drop);
    },
    (error: unknown) => {
      dropErrors.push(error);
      drops.delete(drop);
    },
  );
  drops.add(drop);
}

/** Waits for the databases dropped in the background; throws when a drop failed. */
export async function backgroundDropsDone(): Promise<void> {
  while (drops.size > 0) await Promise.all([...drops]);
  if (dropErrors.length > 0) throw new AggregateError(dropErrors.splice(0), 'dropping a test database failed');
}

/** Deletes every Redis key of a queue prefix. */
export async function flushPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
