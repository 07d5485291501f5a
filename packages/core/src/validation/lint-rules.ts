import { lintLockAction, lintLockStatement } from './lock-rules.js';
import type { LintFinding } from './problems.js';
import { NAME, objectName, splitStatements } from './sql-statements.js';

export type { LintFinding } from './problems.js';

export interface LintInput {
  /** the builder's SQL steps (one `pgm.sql` call may hold several statements) */
  steps: readonly string[];
  usesTransaction: boolean;
}

const ALTER_TABLE = new RegExp(`^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(${NAME}) (.*)$`);
const CREATE_TABLE = new RegExp(
  `^CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP )|UNLOGGED )?TABLE (?:IF NOT EXISTS )?(${NAME})`,
);
const DROP_TABLE = /^DROP TABLE (?:IF EXISTS )?(.+?)(?: CASCADE| RESTRICT)?$/;
const CREATE_INDEX = new RegExp(
  `^CREATE (?:UNIQUE )?INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:${NAME} )?ON (?:ONLY )?(${NAME})`,
);
const CONCURRENT =
  /^(?:CREATE (?:UNIQUE )?INDEX CONCURRENTLY|DROP INDEX CONCURRENTLY|REINDEX .*\bCONCURRENTLY\b|ALTER TABLE .* DETACH PARTITION .* CONCURRENTLY)/;
const CONSTRAINT_WORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN', 'EXCLUDE']);

/** ALTER TABLE actions are separated by commas outside parentheses. */
function splitActions(text: string): string[] {
  const actions: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      actions.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  actions.push(text.slice(start).trim());
  return actions.filter((a) => a.length > 0);
}

function excerpt(statement: string): string {
  return statement.length > 90 ? `${statement.slice(0, 87)}…` : statement;
}

/**
 * The lint rules, on the statements of one migration's `up`. "Existing table" means a table this
 * migration did not create itself: on a live tenant it may hold data and serve traffic, so a lock
 * or a rewrite on it costs time under an ACCESS EXCLUSIVE lock.
 *
 * - TNT001 destructive change: DROP TABLE, ALTER TABLE … DROP COLUMN (the data is gone; a rollback
 *   cannot bring it back).
 * - TNT002 NOT NULL column added to an existing table without a default: fails on any tenant with rows.
 * - TNT003 index built without CONCURRENTLY on an existing table (CREATE INDEX, ADD UNIQUE/PRIMARY
 *   KEY): blocks writes for the whole build.
 * - TNT004 CONCURRENTLY inside a transaction: PostgreSQL refuses it. Migrations run in one
 *   transaction unless they call `pgm.noTransaction()`; one `pgm.sql` with several statements is
 *   also one (implicit) transaction.
 * - TNT005 column type change on an existing table: may rewrite the table under an exclusive lock.
 * - TNT006…TNT010 strong locks held for a scan or a rewrite, and renames (lock-rules.ts).
 */
export function lintUp(input: LintInput): LintFinding[] {
  const findings: LintFinding[] = [];
  const created = new Set<string>();
  const existing = (name: string) => !created.has(objectName(name));
  for (const step of input.steps) {
    const statements = splitStatements(step);
    for (const { norm: statement, text } of statements) {
      const create = CREATE_TABLE.exec(statement);
      if (create) created.add(objectName(create[1]!));

      if (CONCURRENT.test(statement) && (input.usesTransaction || statements.length > 1)) {
        findings.push({
          code: 'TNT004',
          message: input.usesTransaction
            ? `runs ${excerpt(text)} inside the migration's transaction, which PostgreSQL refuses: call pgm.noTransaction() in this migration`
            : `runs ${excerpt(text)} together with other statements in one query, which is one implicit transaction: give it its own pgm.sql call`,
        });
      }

      const drop = DROP_TABLE.exec(statement);
      if (drop) {
        for (const name of splitActions(drop[1]!)) {
          if (existing(name))
            findings.push({
              code: 'TNT001',
              table: objectName(name),
              message: `drops table ${objectName(name)}: its data is lost and a rollback cannot bring it back`,
            });
        }
      }

      const index = CREATE_INDEX.exec(statement);
      if (index && !index[1] && existing(index[2]!)) {
        findings.push({
          code: 'TNT003',
          table: objectName(index[2]!),
          message: `creates an index on existing table ${objectName(index[2]!)} without CONCURRENTLY, blocking writes while it builds: ${excerpt(text)}. Safe: CREATE INDEX CONCURRENTLY, alone in a migration that calls pgm.noTransaction()`,
        });
      }

      const alter = ALTER_TABLE.exec(statement);
      if (alter && existing(alter[1]!)) lintAlterTable(objectName(alter[1]!), splitActions(alter[2]!), findings);
      else if (!alter) lintLockStatement(statement, existing, findings);
    }
  }
  return findings;
}

function lintAlterTable(table: string, actions: readonly string[], findings: LintFinding[]): void {
  for (const action of actions) {
    const drop = new RegExp(`^DROP (?:COLUMN )?(?:IF EXISTS )?(${NAME})`).exec(action);
    if (drop && !CONSTRAINT_WORDS.has(drop[1]!)) {
      findings.push({
        code: 'TNT001',
        table,
        message: `drops column ${table}.${objectName(drop[1]!)}: its data is lost and a rollback cannot bring it back`,
      });
    }
    const add = new RegExp(`^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(${NAME}) (.*)$`).exec(action);
    if (add && !CONSTRAINT_WORDS.has(add[1]!)) {
      const rest = add[2]!;
      const filled = /\bDEFAULT\b|\bGENERATED\b|^(?:SMALL|BIG)?SERIAL\b|^SERIAL[248]\b/.test(rest);
      if (/\bNOT NULL\b/.test(rest) && !filled) {
        findings.push({
          code: 'TNT002',
          table,
          message: `adds NOT NULL column ${table}.${objectName(add[1]!)} without a default: fails on every tenant that has rows`,
        });
      }
    }
    if (/^ADD (?:CONSTRAINT \S+ )?(?:UNIQUE|PRIMARY KEY)\b/.test(action) && !/\bUSING INDEX\b/.test(action)) {
      findings.push({
        code: 'TNT003',
        table,
        message: `adds a unique or primary-key constraint to existing table ${table}, building its index without CONCURRENTLY: build it with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX`,
      });
    }
    lintLockAction(table, action, findings);
    const type = new RegExp(`^ALTER (?:COLUMN )?(${NAME}) (?:SET DATA )?TYPE\\b`).exec(action);
    if (type) {
      findings.push({ code: 'TNT005', table, message: `changes the type of ${table}.${objectName(type[1]!)}` });
    }
  }
}
