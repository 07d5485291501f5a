import pg from 'pg';
import { databaseUrl } from '../../test/helpers/services.js';

/** The config's default control.schema: where the ledger's tables are. */
export const CONTROL_SCHEMA = 'tenantry';

/** `tenantry.<name>`, quoted. */
export const ledgerTable = (name: string): string => `${pg.escapeIdentifier(CONTROL_SCHEMA)}.${pg.escapeIdentifier(name)}`;

/** A client of `database` on the shared server, given to `fn`, then closed. */
export async function withClient<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClientAt(databaseUrl(database), fn);
}

/** The same, for any connection string (a database on a server of the bench's own). */
export async function withClientAt<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A CHECKPOINT before each timed phase, so one mode does not pay for the previous mode's WAL. */
export async function checkpoint(): Promise<void> {
  await withClient('postgres', (c) => c.query('CHECKPOINT'));
}

export interface DatabaseStats {
  xacts: number;
  written: number;
  activeMs: number;
}

/**
 * pg_stat_database counters of these databases: transactions, rows written, and `active_time`
 * (ms spent executing statements). A backend reports them when it goes idle (at most once a
 * second) and when it exits: read them once the processes of a phase have exited. A fresh
 * connection each time, since a session caches the statistics it has read.
 */
export async function databaseStats(names: readonly string[]): Promise<Record<string, DatabaseStats>> {
  const { rows } = await withClient('postgres', (c) =>
    c.query<{ datname: string; xacts: string; written: string; active_time: number }>(
      `SELECT datname, xact_commit + xact_rollback AS xacts, tup_inserted + tup_updated + tup_deleted AS written, active_time
       FROM pg_stat_database WHERE datname = ANY($1)`,
      [names],
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.datname, { xacts: Number(r.xacts), written: Number(r.written), activeMs: Number(r.active_time) }]));
}

export interface PerTenantStats {
  xacts: number;
  rowsWritten: number;
  activeMs: number;
}

/** Per tenant: what happened in `database` between two `databaseStats` snapshots. */
export function statsPerTenant(before: Record<string, DatabaseStats>, after: Record<string, DatabaseStats>, database: string, tenants: number): PerTenantStats {
  const b = before[database] ?? { xacts: 0, written: 0, activeMs: 0 };
  const a = after[database] ?? b;
  return { xacts: (a.xacts - b.xacts) / tenants, rowsWritten: (a.written - b.written) / tenants, activeMs: (a.activeMs - b.activeMs) / tenants };
}

export interface LedgerSize {
  tables: Record<string, { rows: number; bytes: number }>;
  rows: number;
  bytes: number;
}

/** Rows and bytes (heap + indexes + TOAST, dead rows included) of each ledger table. */
export async function ledgerSize(database: string): Promise<LedgerSize> {
  return withClient(database, async (c) => {
    const { rows } = await c.query<{ name: string; bytes: string }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> 'pgmigrations' ORDER BY 1`,
      [CONTROL_SCHEMA],
    );
    const tables: LedgerSize['tables'] = {};
    for (const { name, bytes } of rows) {
      const counted = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ledgerTable(name)}`);
      tables[name] = { rows: counted.rows[0]?.n ?? 0, bytes: Number(bytes) };
    }
    const total = (key: 'rows' | 'bytes') => Object.values(tables).reduce((sum, t) => sum + t[key], 0);
    return { tables, rows: total('rows'), bytes: total('bytes') };
  });
}
