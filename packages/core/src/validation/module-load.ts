import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../errors.js';
import type { ScannedFile } from './file-scan.js';
import type { ProblemSink } from './problems.js';

export type MigrationAction = (pgm: never, run?: () => void) => unknown;

export interface LoadedMigration {
  file: ScannedFile;
  up: MigrationAction;
  /** false: the migration declares itself irreversible */
  down: MigrationAction | false | undefined;
  shorthands: Record<string, unknown>;
}

/**
 * How a migration declares itself irreversible. In JavaScript and TypeScript: `export const down =
 * false`, node-pg-migrate's own convention (its runner then refuses to revert it). In SQL, where
 * node-pg-migrate reads a file without a "-- Down Migration" section as irreversible but cannot
 * tell an intention from an omission, the file must also say so on a line of its own:
 * `-- tenantry: irreversible`.
 */
export const SQL_IRREVERSIBLE_MARKER = /^\s*--\s*tenantry:\s*irreversible\s*$/im;

const sectionStart = (direction: 'up' | 'down') => new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, 'im');

/** node-pg-migrate's legacy SQL format: one file, "-- Up Migration" and "-- Down Migration" sections. */
function sqlActions(text: string): { up: MigrationAction; down: MigrationAction | false | undefined } {
  const upStart = text.search(sectionStart('up'));
  const downStart = text.search(sectionStart('down'));
  const upSql = upStart >= 0 ? text.slice(upStart, downStart < upStart ? undefined : downStart) : text;
  const downSql = downStart >= 0 ? text.slice(downStart, upStart < downStart ? undefined : upStart) : undefined;
  const sqlStep = (sql: string) => ((pgm: { sql: (s: string) => void }) => pgm.sql(sql)) as MigrationAction;
  const declared = SQL_IRREVERSIBLE_MARKER.test(text);
  return { up: sqlStep(upSql), down: downSql !== undefined ? sqlStep(downSql) : declared ? false : undefined };
}

/**
 * Where a JavaScript syntax error is: `import()` does not say, so ask `node --check` (only for
 * files that already failed with a SyntaxError; its first stderr line is `path:line`).
 */
function syntaxErrorLine(file: ScannedFile, message: string): string | undefined {
  if (!['.js', '.mjs', '.cjs'].includes(file.ext)) return undefined;
  try {
    execFileSync(process.execPath, ['--check', file.path], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    // only when --check saw the same error (it could parse the file as another module type)
    if (!stderr.includes(`SyntaxError: ${message}`)) return undefined;
    return /:(\d+)\s*$/m.exec(stderr.split('\n')[0] ?? '')?.[1];
  }
  return undefined;
}

/** A load error in one line, with the line of a syntax error. */
function describeLoadError(error: unknown, file: ScannedFile): string {
  const message = (errorMessage(error).split('\n')[0] ?? '').replace(/^(\w*Error): /, '');
  const name = (error as Error | null)?.name ?? 'Error';
  const line = name === 'SyntaxError' ? syntaxErrorLine(file, message) : undefined;
  return `${name === 'Error' ? '' : `${name}: `}${message}${line ? ` (line ${line})` : ''}`;
}

/**
 * Loads one migration the way a run would (native `import()` for JavaScript, node-pg-migrate's
 * jiti for TypeScript, its legacy format for SQL) and checks its exports. A file that does not
 * load is reported, not thrown: validate lists every problem of a set at once.
 */
export async function loadMigration(file: ScannedFile, problems: ProblemSink): Promise<LoadedMigration | undefined> {
  let actions: Record<string, unknown>;
  try {
    if (file.ext === '.sql') actions = sqlActions(readFileSync(file.path, 'utf8'));
    else if (['.ts', '.mts', '.cts'].includes(file.ext)) actions = (await (await import('node-pg-migrate')).jiti.import(file.path)) as Record<string, unknown>;
    else actions = (await import(pathToFileURL(file.path).href)) as Record<string, unknown>;
  } catch (error) {
    problems.error('TNT111', `${file.file} does not load: ${describeLoadError(error, file)}`, file.file);
    return undefined;
  }
  const { up, down } = actions;
  if (typeof up !== 'function') {
    problems.error('TNT112', `${file.file} exports no up function`, file.file);
    return undefined;
  }
  if (down === undefined) {
    problems.error(
      'TNT113',
      file.ext === '.sql'
        ? `${file.file} has no "-- Down Migration" section: add one, or declare the migration irreversible with a line "-- tenantry: irreversible"`
        : `${file.file} exports no down: write one, or declare the migration irreversible with \`export const down = false\` (node-pg-migrate would otherwise guess a down by reversing up)`,
      file.file,
    );
  } else if (down !== false && typeof down !== 'function') {
    problems.error('TNT113', `${file.file} exports a down that is neither a function nor false`, file.file);
  }
  return {
    file,
    up: up as MigrationAction,
    down: typeof down === 'function' || down === false ? (down as MigrationAction | false) : undefined,
    shorthands: (actions.shorthands as Record<string, unknown> | undefined) ?? {},
  };
}
