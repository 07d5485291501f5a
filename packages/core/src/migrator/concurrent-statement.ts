import { splitStatements } from '../validation/sql-statements.js';

const INDEX_CONCURRENTLY = /^(?:CREATE (?:UNIQUE )?INDEX|DROP INDEX) CONCURRENTLY\b/;
// REINDEX [ ( option [, ...] ) ] { INDEX | TABLE | SCHEMA | DATABASE | SYSTEM } [ CONCURRENTLY ] name
const REINDEX = /^REINDEX ?(?:\(([^)]*)\) ?)?(?:INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)( CONCURRENTLY\b)?/;
// since PostgreSQL 14 also an option: CONCURRENTLY [ boolean ]
const CONCURRENTLY_OPTION = /^CONCURRENTLY(?: (TRUE|ON|YES|1|FALSE|OFF|NO|0))?$/;

/**
 * Whether one statement, as built, runs CONCURRENTLY: CREATE [UNIQUE] INDEX, DROP INDEX or
 * REINDEX with CONCURRENTLY, whatever comments, case and spacing it is written with. These take
 * SHARE UPDATE EXCLUSIVE, which no INSERT, UPDATE, DELETE or SELECT waits for, and then wait for
 * older transactions to end: their waits queue no application query. Any other statement (one
 * that merely holds the word, several statements in one query, a REINDEX with the option off or
 * given as a string) is not one: when unsure, the answer is no.
 */
export function runsConcurrently(sql: string): boolean {
  const statements = splitStatements(sql);
  if (statements.length !== 1) return false;
  const statement = statements[0]!.norm;
  if (INDEX_CONCURRENTLY.test(statement)) return true;
  const reindex = REINDEX.exec(statement);
  if (!reindex) return false;
  if (reindex[2]) return true;
  const option = (reindex[1] ?? '')
    .split(',')
    .map((o) => CONCURRENTLY_OPTION.exec(o.trim()))
    .find((match) => match !== null);
  return option !== undefined && !['FALSE', 'OFF', 'NO', '0'].includes(option[1] ?? 'TRUE');
}
