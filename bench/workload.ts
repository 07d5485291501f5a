// The workload every mode runs: N empty tenant schemas brought to the latest of the five-migration
// set in test/fixtures/migrations/accounts, and how to check that they got there.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../test/helpers/sandbox.js';
import { withClient } from './support/db.js';

export const PLATFORM = 'accounts';
export const MIGRATIONS_DIR = path.join(ROOT, 'test/fixtures/migrations/accounts');

/**
 * `tenantry migrate` stages a rollout by default (a canary, then waves); these flags release
 * every tenant at once. Always used by the enqueue test (all jobs are added up front), and by the
 * timed rollouts with --unstaged.
 */
export const UNSTAGED_FLAGS = ['--canary', '0', '--wave-size', '100%'] as const;

export const tenantIds = (n: number): string[] => Array.from({ length: n }, (_, i) => `t${String(i + 1).padStart(5, '0')}`);
export const schemaOf = (tenant: string): string => `tenant_${tenant}`;

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The migration set, written by hand as plain SQL (the `plain` mode). Keep in step with the files:
 * `checkPlainSqlMatchesFiles` fails the bench if the file names drift, and `fingerprint` compares
 * the resulting schemas across modes.
 */
export const PLAIN_STEPS: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: '1710000000001_create-accounts',
    sql: `CREATE TABLE applied_steps (id serial PRIMARY KEY, migration text NOT NULL);
CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, created_at timestamptz DEFAULT now() NOT NULL);
INSERT INTO applied_steps (migration) VALUES ('1710000000001');`,
  },
  {
    name: '1710000000002_add-account-name',
    sql: `ALTER TABLE accounts ADD name text;
INSERT INTO applied_steps (migration) VALUES ('1710000000002');`,
  },
  {
    name: '1710000000003_unique-account-email',
    sql: `ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
INSERT INTO applied_steps (migration) VALUES ('1710000000003');`,
  },
  {
    name: '1710000000004_create-sessions',
    sql: `CREATE TABLE sessions (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE, expires_at timestamptz NOT NULL);
CREATE INDEX sessions_account_id_index ON sessions (account_id);
SELECT pg_sleep(coalesce((SELECT 0.05 * count(*) FROM accounts WHERE email LIKE 'slow%'), 0));
INSERT INTO applied_steps (migration) VALUES ('1710000000004');`,
  },
  {
    name: '1710000000005_account-status',
    sql: `CREATE TYPE account_status AS ENUM ('active', 'suspended', 'closed');
ALTER TABLE accounts ADD status account_status DEFAULT 'active' NOT NULL;
INSERT INTO applied_steps (migration) VALUES ('1710000000005');`,
  },
];

export function checkPlainSqlMatchesFiles(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.replace(/\.js$/, ''))
    .sort();
  const mine = PLAIN_STEPS.map((s) => s.name);
  if (JSON.stringify(files) !== JSON.stringify(mine)) {
    throw new Error(`bench/workload.ts PLAIN_STEPS (${mine.join(', ')}) no longer match ${MIGRATIONS_DIR} (${files.join(', ')})`);
  }
}

/**
 * One tenant, one transaction, one round trip: `steps` (each a migration's name and SQL) with the
 * history table and a history row after each, as one multi-statement string.
 */
export function oneRoundTripSql(schema: string, steps: ReadonlyArray<{ name: string; sql: string }>): string {
  const s = pg.escapeIdentifier(schema);
  return [
    'BEGIN;',
    `CREATE SCHEMA IF NOT EXISTS ${s};`,
    `SET LOCAL search_path TO ${s};`, // like node-pg-migrate's search_path, without leaking past COMMIT
    `CREATE TABLE ${s}."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);`,
    ...steps.map((step) => `${step.sql}\nINSERT INTO ${s}."pgmigrations" (name, run_on) VALUES (${pg.escapeLiteral(step.name)}, NOW());`),
    'COMMIT;',
  ].join('\n');
}

/** Every tenant schema really is at the latest migration: N migrations tables, 5 rows each. */
export async function verifyTenants(database: string, tenants: readonly string[]): Promise<void> {
  const schemas = tenants.map(schemaOf);
  await withClient(database, async (c) => {
    let rows = 0;
    let steps = 0;
    for (const part of chunks(schemas, 500)) {
      const sql = part
        .map((s) => `SELECT (SELECT count(*) FROM ${pg.escapeIdentifier(s)}.pgmigrations) AS m, (SELECT count(*) FROM ${pg.escapeIdentifier(s)}.applied_steps) AS a`)
        .join(' UNION ALL ');
      const { rows: counts } = await c.query<{ m: number; a: number }>(`SELECT sum(m)::int AS m, sum(a)::int AS a FROM (${sql}) x`);
      rows += counts[0]?.m ?? 0;
      steps += counts[0]?.a ?? 0;
    }
    const expected = tenants.length * PLAIN_STEPS.length;
    if (rows !== expected || steps !== expected) {
      throw new Error(`${database}: expected ${expected} migration rows and applied steps, found ${rows} and ${steps}`);
    }
  });
}

/**
 * What one tenant schema looks like in the catalog: tables, columns, defaults, constraints,
 * indexes, enum labels and recorded migrations. Equal fingerprints = equivalent DDL.
 */
export async function fingerprint(database: string, schema: string): Promise<string> {
  return withClient(database, async (c) => {
    const q = async (sql: string) => (await c.query(sql, [schema])).rows;
    return JSON.stringify({
      columns: await q(`SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS def
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY 1, a.attnum`),
      relations: await q(`SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 ORDER BY 1`),
      constraints: await q(`SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = $1::regnamespace ORDER BY 1`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY 1`),
      enums: await q(`SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = $1::regnamespace ORDER BY 1, e.enumsortorder`),
      migrations: (await c.query<{ name: string }>(`SELECT name FROM ${pg.escapeIdentifier(schema)}.pgmigrations ORDER BY id`)).rows.map((r) => r.name),
      steps: (await c.query<{ migration: string }>(`SELECT migration FROM ${pg.escapeIdentifier(schema)}.applied_steps ORDER BY id`)).rows.map((r) => r.migration),
    });
  });
}

export interface FinishedEvent {
  event: 'finished';
  status: string;
  counts: Record<string, number>;
}

/**
 * The final event of `tenantry --json migrate --wait`. Progress events are one JSON object per
 * line, but the final one is pretty-printed over several lines: parse from its opening `{`.
 */
export function finishedEvent(stdout: string): FinishedEvent | undefined {
  const lines = stdout.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]?.startsWith('{')) {
      try {
        const event = JSON.parse(lines.slice(i).join('\n')) as { event?: unknown };
        if (event.event === 'finished') return event as FinishedEvent;
      } catch {
        // not the start of the final object; keep looking
      }
    }
  }
  return undefined;
}
