import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listMigrationFolder } from '../catalog/migration-files.js';
import { ConfigError } from '../errors.js';
import type { ProblemSink } from './problems.js';

/** `<timestamp>_<kebab-name>.(js|ts|sql)`: the naming convention validate recommends (a warning). */
export const MIGRATION_FILE_PATTERN = /^(\d+)_([a-z0-9]+(?:-[a-z0-9]+)*)\.(js|ts|sql)$/;

export interface ScannedFile {
  /** file name with extension */
  file: string;
  /** what node-pg-migrate records: the file name without its extension */
  name: string;
  path: string;
  /** extension, lower-case */
  ext: string;
  prefix: string;
  checksum: string;
}

export interface ScannedSet {
  dir: string;
  /** the migrations, in node-pg-migrate's run order */
  files: ScannedFile[];
}

function styleProblem(file: string): string {
  const ext = path.extname(file);
  if (!/^\d+_/.test(file))
    return 'is not named <timestamp>_<kebab-name> (node-pg-migrate runs it; the convention keeps names readable and sortable)';
  if (!['.js', '.ts', '.sql'].includes(ext))
    return `has extension ${ext}: .js, .ts or .sql are recommended (node-pg-migrate runs it)`;
  return 'is not named <timestamp>_<kebab-name>.js|ts|sql (lower-case words joined by -; node-pg-migrate runs it)';
}

/**
 * Reads a migration directory as node-pg-migrate's runner reads it (migration-files.ts): a file
 * the runner would fail on or misread throws ConfigError naming it (exit 2, before anything
 * runs); entries the runner ignores are reported (TNT104); then style: the naming convention,
 * unique timestamps, one timestamp width (warnings, errors with --strict). A directory that does
 * not exist is a configuration error too.
 */
export function scanMigrationDir(dir: string, problems: ProblemSink, strict = false): ScannedSet {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new ConfigError(`migrations directory ${dir} does not exist`);

  const listing = listMigrationFolder(dir);
  for (const entry of listing.ignored)
    problems.warning('TNT104', `${entry.file} is not run: ${entry.reason}`, entry.file);
  const style = strict ? problems.error : problems.warning;
  const files: ScannedFile[] = listing.files.map((f) => ({
    file: f.file,
    name: f.name,
    path: f.path,
    ext: path.extname(f.file).toLowerCase(),
    prefix: /^\d+/.exec(f.file)![0],
    checksum: createHash('sha256').update(readFileSync(f.path)).digest('hex'),
  }));
  for (const f of files)
    if (!MIGRATION_FILE_PATTERN.test(f.file)) style('TNT101', `${f.file} ${styleProblem(f.file)}`, f.file);

  const byPrefix = new Map<string, ScannedFile>();
  for (const f of files) {
    const samePrefix = byPrefix.get(f.prefix);
    if (samePrefix) {
      style(
        'TNT102',
        `${f.file} has the same timestamp as ${samePrefix.file}: node-pg-migrate orders them by name (${samePrefix.name} first); a later timestamp says it plainly`,
        f.file,
      );
    }
    byPrefix.set(f.prefix, f);
  }

  const widths = new Map<number, string[]>();
  for (const f of files) widths.set(f.prefix.length, [...(widths.get(f.prefix.length) ?? []), f.file]);
  if (widths.size > 1) {
    const common = [...widths.entries()].sort((a, b) => b[1].length - a[1].length)[0]![0];
    for (const [width, names] of widths) {
      if (width === common) continue;
      for (const file of names) {
        style(
          'TNT103',
          `${file} has a ${width}-digit timestamp where the set uses ${common} digits: sorted by name, the files would list in another order than they run${width === 17 || common === 17 ? ' (node-pg-migrate reads 17-digit timestamps as UTC dates)' : ''}`,
          file,
        );
      }
    }
  }
  return { dir, files };
}
