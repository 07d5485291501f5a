import pg from 'pg';
import { ServiceUnreachable } from '../errors.js';
import { describeDatabase, redactUrl } from './redact.js';

export interface SessionSettings {
  applicationName?: string;
  /** 0 disables; null sends nothing, so the role's setting (ALTER ROLE ... SET) applies */
  statementTimeoutMs?: number | null;
  lockTimeoutMs?: number | null;
}

const CONNECT_TIMEOUT_MS = 5_000;

/** SQLSTATEs and socket errors that mean "the server is not there (for us)". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  'EAI_AGAIN',
  '3D000',
  '28P01',
  '28000',
  '57P03',
]);

/**
 * Client settings every Tenantry connection uses. TCP keepalives on both ends and
 * `client_connection_check_interval` make the server notice a vanished worker within seconds, so
 * the worker's session (and its advisory locks) end with it.
 */
export function clientConfig(url: string, settings: SessionSettings = {}): pg.ClientConfig {
  const options = [
    '-c tcp_keepalives_idle=10',
    '-c tcp_keepalives_interval=5',
    '-c tcp_keepalives_count=3',
    '-c client_connection_check_interval=5000',
    // a setting sent at connect time outranks the role's: null leaves the role's in force
    ...(settings.lockTimeoutMs === null ? [] : [`-c lock_timeout=${settings.lockTimeoutMs ?? 10_000}`]),
    ...(settings.statementTimeoutMs === null ? [] : [`-c statement_timeout=${settings.statementTimeoutMs ?? 0}`]),
    // an idle-in-transaction worker (frozen, partitioned) must not hold locks for ever
    '-c idle_in_transaction_session_timeout=300000',
  ].join(' ');
  return {
    connectionString: url,
    application_name: settings.applicationName ?? 'tenantry',
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options,
  };
}

export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  const message = (error as Error | null)?.message ?? '';
  return /timeout expired|Connection terminated|connect ETIMEDOUT/i.test(message);
}

export function unreachable(url: string, error: unknown): ServiceUnreachable {
  const code = (error as { code?: string } | null)?.code;
  const reason = code === '3D000' ? 'database does not exist' : redactUrl((error as Error).message || String(error));
  return new ServiceUnreachable('postgres', `PostgreSQL at ${describeDatabase(url)} is unreachable: ${reason}`, {
    cause: error,
  });
}

/** Opens one dedicated connection; connection failures become ServiceUnreachable. */
export async function connectClient(url: string, settings: SessionSettings = {}): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(url, settings));
  // an error on an idle client (server restart) must not crash the process; the next query fails
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw unreachable(url, error);
  }
  return client;
}

export function createPool(
  url: string,
  max: number,
  settings: SessionSettings = {},
  options: {
    idleMs?: number;
    /** a Client that waits for its server's slot before it connects: it times its connect itself */
    Client?: typeof pg.Client;
  } = {},
): pg.Pool {
  const pool = new pg.Pool({
    ...clientConfig(url, settings),
    max,
    idleTimeoutMillis: options.idleMs ?? 10_000,
    ...(options.Client ? { Client: options.Client, connectionTimeoutMillis: 0 } : {}),
  });
  pool.on('error', () => {});
  // a borrowed client's session ended (pg_terminate_backend, a server restart) rejects its query; unhandled, the 'error' it also emits would kill the process
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Checks that a pool can reach its server; throws ServiceUnreachable naming it otherwise. */
export async function assertReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    if (isUnreachable(error)) throw unreachable(url, error);
    throw error;
  }
}

export const { escapeIdentifier, escapeLiteral } = pg;
