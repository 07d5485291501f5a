import type { LintFinding } from './problems.js';
import { NAME, objectName } from './sql-statements.js';

/**
 * The lock rules: statements that hold a strong lock on an existing table for as long as they
 * scan or rewrite it (every application query on the table waits behind them, whatever
 * lock_timeout the run waits for its locks with), or that break the code still running against
 * the table. Each finding names the safe alternative. Statements are normalised (sql-statements.ts).
 *
 * - TNT006 ADD COLUMN whose default is volatile (random(), gen_random_uuid(), clock_timestamp(),
 *   nextval(): serial and identity columns too) or a stored generated column: the table is
 *   rewritten. A constant (or stable, such as now()) default is stored once, without a rewrite.
 * - TNT007 ADD FOREIGN KEY or CHECK without NOT VALID: every row is checked under the lock.
 * - TNT008 SET NOT NULL: every row is scanned under ACCESS EXCLUSIVE.
 * - TNT009 statements that take ACCESS EXCLUSIVE for a whole scan or rewrite, or for the rest of
 *   the transaction: VACUUM FULL, CLUSTER, REINDEX and REFRESH MATERIALIZED VIEW without
 *   CONCURRENTLY, SET TABLESPACE, SET LOGGED/UNLOGGED, LOCK TABLE.
 * - TNT010 RENAME of a table or column: the application's running release still uses the old name.
 */

const VOLATILE_DEFAULT =
  /\bDEFAULT\s+\(?\s*(?:PG_CATALOG\.|PUBLIC\.)?(RANDOM|GEN_RANDOM_UUID|UUIDV4|UUIDV7|UUID_GENERATE_V1(?:MC)?|UUID_GENERATE_V4|CLOCK_TIMESTAMP|TIMEOFDAY|NEXTVAL|TXID_CURRENT)\s*\(/;
const SEQUENCE_FILLED = /^(?:SMALL|BIG)?SERIAL\b|^SERIAL[248]\b|\bGENERATED (?:ALWAYS|BY DEFAULT) AS IDENTITY\b/;
const STORED_GENERATED = /\bGENERATED ALWAYS AS \(.*\) STORED\b/;

/** Findings of one ALTER TABLE action on an existing table. */
export function lintLockAction(table: string, action: string, findings: LintFinding[]): void {
  const add = new RegExp(`^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(${NAME}) (.*)$`).exec(action);
  if (add && !/^(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE)$/.test(add[1]!)) {
    const column = `${table}.${objectName(add[1]!)}`;
    const rest = add[2]!;
    const volatile = VOLATILE_DEFAULT.exec(rest)?.[1]?.toLowerCase();
    if (volatile || SEQUENCE_FILLED.test(rest) || STORED_GENERATED.test(rest)) {
      const why = volatile
        ? `a volatile default (${volatile}())`
        : STORED_GENERATED.test(rest)
          ? 'a stored generated value'
          : 'values from a sequence';
      findings.push({
        code: 'TNT006',
        table,
        message: `adds column ${column} with ${why}: every row is written, the table rewritten under an ACCESS EXCLUSIVE lock. Safe: add the column without it (or with a constant default), then SET DEFAULT for new rows and fill the existing ones in batches`,
      });
    }
  }
  const constraint = /^ADD (?:CONSTRAINT (?:"[^"]*"|\S+) )?(FOREIGN KEY|CHECK)\b/.exec(action);
  if (constraint && !/\bNOT VALID\b/.test(action)) {
    const what = constraint[1] === 'CHECK' ? 'a CHECK constraint' : 'a foreign key';
    findings.push({
      code: 'TNT007',
      table,
      message: `adds ${what} to existing table ${table} without NOT VALID: every row is checked while the lock is held${constraint[1] === 'CHECK' ? '' : ' (the referenced table is locked too)'}. Safe: ADD … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a later migration (reads and writes go on while it checks)`,
    });
  }
  const notNull = new RegExp(`^ALTER (?:COLUMN )?(${NAME}) SET NOT NULL$`).exec(action);
  if (notNull) {
    const column = objectName(notNull[1]!);
    findings.push({
      code: 'TNT008',
      table,
      message: `sets ${table}.${column} NOT NULL: every row is scanned under an ACCESS EXCLUSIVE lock. Safe: ADD CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check`,
    });
  }
  const rewrite = /^SET (TABLESPACE|LOGGED|UNLOGGED)\b/.exec(action);
  if (rewrite) {
    findings.push({
      code: 'TNT009',
      table,
      message: `ALTER TABLE ${table} SET ${rewrite[1]} rewrites the table under an ACCESS EXCLUSIVE lock. Safe: do it outside a rollout, in a maintenance window, or with a tool that copies online (pg_repack)`,
    });
  }
  const rename = new RegExp(`^RENAME (?:(COLUMN) )?(?!CONSTRAINT )(?:(${NAME}) )?TO (${NAME})$`).exec(action);
  if (rename) {
    const what = rename[2] ? `column ${table}.${objectName(rename[2])}` : `table ${table}`;
    findings.push({
      code: 'TNT010',
      table,
      message: `renames ${what} to ${objectName(rename[3]!)}: the application release still running uses the old name, and fails until it is replaced. Safe: expand and contract: add the new name (a column kept in step, or a view), move the code to it, drop the old name in a later release`,
    });
  }
}

/** Findings of a statement that is no ALTER TABLE. `existing`: whether a table is not one this migration made. */
export function lintLockStatement(
  statement: string,
  existing: (name: string) => boolean,
  findings: LintFinding[],
): void {
  const table = (raw: string | undefined) => (raw ? objectName(raw) : undefined);
  const push = (name: string | undefined, message: string) =>
    findings.push({ code: 'TNT009', ...(name ? { table: name } : {}), message });
  const vacuum = new RegExp(`^VACUUM (?:\\(([^)]*)\\)|((?:\\w+ )*))(${NAME})?`).exec(statement);
  if (vacuum && /\bFULL\b/.test(`${vacuum[1] ?? ''} ${vacuum[2] ?? ''}`)) {
    if (!vacuum[3] || existing(vacuum[3]))
      push(
        table(vacuum[3]),
        'VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock (and cannot run in a transaction). Safe: plain VACUUM (or autovacuum), or pg_repack outside the rollout',
      );
  }
  const cluster = new RegExp(`^CLUSTER(?: VERBOSE)?(?: (${NAME}))?`).exec(statement);
  if (cluster && (!cluster[1] || existing(cluster[1])))
    push(
      table(cluster[1]),
      'CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock. Safe: pg_repack outside the rollout, or leave the order to new data',
    );
  const lock = new RegExp(`^LOCK (?:TABLE )?(?:ONLY )?(${NAME})(?:.*\\bIN (.+) MODE)?`).exec(statement);
  if (lock && existing(lock[1]!))
    push(
      table(lock[1]),
      `LOCK TABLE ${table(lock[1])} takes ${lock[2] ?? 'ACCESS EXCLUSIVE'} for the rest of the migration's transaction (the run's other migrations included). Safe: drop it and let each statement take the lock it needs, or take the weakest mode that protects what the migration does`,
    );
  const reindex = new RegExp(
    `^REINDEX (?:\\([^)]*\\) )?(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM) (CONCURRENTLY )?(${NAME})?`,
  ).exec(statement);
  if (reindex && !reindex[2])
    push(
      reindex[1] === 'TABLE' ? table(reindex[3]) : undefined,
      `REINDEX ${reindex[1]} without CONCURRENTLY blocks writes (and reads that use the index) while it builds. Safe: REINDEX ${reindex[1]} CONCURRENTLY, alone in a migration that calls pgm.noTransaction()`,
    );
  const refresh = new RegExp(`^REFRESH MATERIALIZED VIEW (CONCURRENTLY )?(${NAME})`).exec(statement);
  if (refresh && !refresh[1] && existing(refresh[2]!))
    push(
      table(refresh[2]),
      `REFRESH MATERIALIZED VIEW ${table(refresh[2])} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock (reads wait) while it runs. Safe: REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index)`,
    );
}
