import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { downOf, type DownInfo } from '../catalog/reversibility.js';
import { MigrationLoadFailed, errorMessage } from '../errors.js';
import { loadMigrationActions } from '../migrator/loader.js';
import type { ScannedFile } from './file-scan.js';
import type { ProblemSink } from './problems.js';

export type MigrationAction = (pgm: never, run?: () => void) => unknown;

export interface LoadedMigration {
  file: ScannedFile;
  up: MigrationAction;
  /** false: the migration declares itself irreversible */
  down: MigrationAction | false | undefined;
  /** how node-pg-migrate would take it down */
  downKind: DownInfo['kind'];
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

/**
 * A syntax error in one line with its line: node-pg-migrate's jiti says `ParseError: ... path:line:col`;
 * for JavaScript, `node --check` names the offending token better, so it is asked first.
 */
function describeSyntaxError(file: ScannedFile, message: string): string | undefined {
  const parsed = /^(?:ParseError|SyntaxError): (.*?)\s*\n\s*\S+:(\d+):\d+/s.exec(message);
  if (!parsed && !/^SyntaxError/.test(message)) return undefined;
  if (['.js', '.mjs', '.cjs'].includes(file.ext)) {
    try {
      execFileSync(process.execPath, ['--check', file.path], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
      const line = /:(\d+)\s*$/m.exec(stderr.split('\n')[0] ?? '')?.[1];
      const what = /^SyntaxError: (.*)$/m.exec(stderr)?.[1];
      if (line && what) return `SyntaxError: ${what} (line ${line})`;
    }
  }
  return parsed ? `SyntaxError: ${parsed[1]} (line ${parsed[2]})` : undefined;
}

/** A load error in one line, with the line of a syntax error. */
function describeLoadError(error: unknown, file: ScannedFile): string {
  const full = errorMessage(error);
  const syntax = describeSyntaxError(file, full);
  if (syntax) return syntax;
  const message = (full.split('\n')[0] ?? '').replace(/^(\w*Error): /, '');
  const name = (error as Error | null)?.name ?? 'Error';
  return `${name === 'Error' ? '' : `${name}: `}${message}`;
}

/**
 * Loads one migration exactly as a run does (loader.ts: node-pg-migrate's jiti, or its SQL
 * reader) and checks its exports, and how it goes down (reversibility.ts). A file that does not
 * load is reported, not thrown: validate lists every problem of a set at once.
 */
export async function loadMigration(file: ScannedFile, problems: ProblemSink): Promise<LoadedMigration | undefined> {
  let actions: Record<string, unknown>;
  try {
    actions = (await loadMigrationActions(file)) as Record<string, unknown>;
  } catch (error) {
    const cause = error instanceof MigrationLoadFailed && error.cause !== undefined ? error.cause : error;
    problems.error('TNT111', `${file.file} does not load: ${describeLoadError(cause, file)}`, file.file);
    return undefined;
  }
  const { up, down } = actions;
  if (typeof up !== 'function') {
    problems.error('TNT112', `${file.file} exports no up function`, file.file);
    return undefined;
  }
  const how = await downOf(file);
  if (how.kind === 'inferred') {
    problems.info(
      'TNT115',
      `${file.file} has no down: node-pg-migrate reverses its up to go down${how.reason ? ` (${how.reason})` : ''}`,
      file.file,
    );
  } else if (how.kind === 'none' && down === undefined) {
    problems.error(
      'TNT113',
      `${file.file} exports no down, and ${how.reason}: write one, or declare the migration irreversible with \`export const down = false\``,
      file.file,
    );
  } else if (
    how.kind === 'none' &&
    file.ext === '.sql' &&
    !SQL_IRREVERSIBLE_MARKER.test(readFileSync(file.path, 'utf8'))
  ) {
    problems.error(
      'TNT113',
      `${file.file} has no "-- Down Migration" section: add one, or declare the migration irreversible with a line "-- tenantry: irreversible"`,
      file.file,
    );
  } else if (down !== false && down !== undefined && typeof down !== 'function') {
    problems.error('TNT113', `${file.file} exports a down that is neither a function nor false`, file.file);
  }
  return {
    file,
    up: up as MigrationAction,
    down: typeof down === 'function' || down === false ? (down as MigrationAction | false) : undefined,
    downKind: how.kind,
    shorthands: (actions.shorthands as Record<string, unknown> | undefined) ?? {},
  };
}
