import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { compareMigrationFileNames } from 'node-pg-migrate/utils/comparators';
import { ConfigError } from '../errors.js';
import { MAX_MIGRATION_NAME_LENGTH, MIGRATION_NAME_PATTERN } from '../ids.js';

/**
 * Which files of a migrations folder are migrations, under which names and in which order: what
 * node-pg-migrate's runner does with its default options (no `ignorePattern`, no glob), and
 * nothing else. Every entry of the folder ends up in one of three places:
 * - a migration, named as the runner names it (the file name without its extension);
 * - ignored, because the runner ignores it too (names starting with a dot, directories); said
 *   aloud by `validate` and by runs, never dropped without a word;
 * - refused up front (ConfigError, exit 2, naming the file): the runner would fail on it, or
 *   would run it as something other than what it looks like.
 */

/** Extensions the runner loads as migrations (case-insensitive, as its loader matches them). */
export const MIGRATION_EXTENSIONS: readonly string[] = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts', '.sql'];

export interface ListedFile {
  /** file name with extension */
  file: string;
  /** what the runner records: the file name without its extension */
  name: string;
  path: string;
}

export interface IgnoredEntry {
  file: string;
  reason: string;
}

export interface FolderListing {
  files: ListedFile[];
  ignored: IgnoredEntry[];
}

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The runner's comparator: numeric prefix (17 digits read as a UTC date), then a numeric, punctuation-blind locale comparison. */
function compareFiles(a: string, b: string): number {
  return compareMigrationFileNames(a, b, silent);
}

/** Why the runner would fail on or misread this file, or undefined when it is a migration Tenantry can run. */
function refusal(dir: string, entry: Dirent): string | undefined {
  const file = entry.name;
  if (entry.isSymbolicLink()) {
    let target;
    try {
      target = statSync(path.join(dir, file));
    } catch {
      return 'is a symbolic link to nothing: node-pg-migrate would fail to load it';
    }
    if (!target.isFile())
      return 'is a symbolic link to a directory: node-pg-migrate would try to load it as a migration and fail';
  }
  if (!/^\d/.test(file)) {
    return 'does not start with a number, and node-pg-migrate refuses a folder holding such a file ("Cannot determine numeric prefix"): move it out, or start its name with a dot';
  }
  const ext = path.extname(file);
  if (!MIGRATION_EXTENSIONS.includes(ext.toLowerCase())) {
    return `has extension ${ext || '(none)'}, and node-pg-migrate loads every file of the folder as a migration: use ${MIGRATION_EXTENSIONS.join(', ')}, move it out, or start its name with a dot`;
  }
  if (/\.(up|down)\.sql$/i.test(file)) {
    return 'is half of an .up.sql/.down.sql pair, which is not the format node-pg-migrate runs (it would take each file as a whole migration, the .down.sql as an up): write one .sql file with "-- Up Migration" and "-- Down Migration" sections';
  }
  const name = path.basename(file, ext);
  if (!MIGRATION_NAME_PATTERN.test(name) || name === '0' || name.length > MAX_MIGRATION_NAME_LENGTH) {
    return `has a name Tenantry cannot carry: a migration name is a number followed by ASCII letters, digits and _ . - + @ = , ~ (no spaces, quotes, slashes, colons or other characters; at most ${MAX_MIGRATION_NAME_LENGTH}; not "0")`;
  }
  return undefined;
}

/**
 * Lists a migrations folder the way node-pg-migrate's runner reads it. Throws ConfigError naming
 * the first file the runner would fail on or misread.
 */
export function listMigrationFolder(dir: string): FolderListing {
  const ignored: IgnoredEntry[] = [];
  const listed: ListedFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) {
      ignored.push({ file: entry.name, reason: 'its name starts with a dot, so node-pg-migrate ignores it' });
      continue;
    }
    if (!entry.isFile() && !entry.isSymbolicLink()) {
      const kind = entry.isDirectory() ? 'a directory' : 'not a file';
      ignored.push({
        file: entry.name,
        reason: `it is ${kind}, so node-pg-migrate ignores it (migrations in it do not run)`,
      });
      continue;
    }
    const why = refusal(dir, entry);
    if (why) throw new ConfigError(`migration file ${path.join(dir, entry.name)} ${why}`);
    listed.push({
      file: entry.name,
      name: path.basename(entry.name, path.extname(entry.name)),
      path: path.join(dir, entry.name),
    });
  }
  const seen = new Map<string, string>();
  for (const f of listed) {
    const other = seen.get(f.name);
    if (other)
      throw new ConfigError(
        `migration files ${path.join(dir, other)} and ${f.file} are both migration ${f.name}: keep one`,
      );
    seen.set(f.name, f.file);
  }
  return { files: runnerOrder(listed), ignored };
}

/**
 * The runner sorts the folder, then its loader groups the files by extension (in order of first
 * appearance) and sorts again, both stable: ties of the comparator (names equal but for
 * punctuation) end in that order.
 */
function runnerOrder(files: readonly ListedFile[]): ListedFile[] {
  const sorted = files.toSorted((a, b) => compareFiles(a.file, b.file));
  const byExtension = new Map<string, ListedFile[]>();
  for (const f of sorted) {
    const ext = path.extname(f.file).toLowerCase();
    byExtension.set(ext, [...(byExtension.get(ext) ?? []), f]);
  }
  return [...byExtension.values()].flat().sort((a, b) => compareFiles(a.file, b.file));
}
