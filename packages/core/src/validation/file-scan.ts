import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { ProblemSink } from './problems.js';

/** `<timestamp>_<kebab-name>.(js|ts|sql)`: the one naming convention validate accepts. */
export const MIGRATION_FILE_PATTERN = /^(\d+)_([a-z0-9]+(?:-[a-z0-9]+)*)\.(js|ts|sql)$/;
/** Extensions Tenantry's loader can run at all (the runner tries every file of the directory). */
const LOADABLE = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.sql']);

export interface ScannedFile {
  /** file name with extension */
  file: string;
  /** what node-pg-migrate records: the file name without its extension */
  name: string;
  path: string;
  ext: string;
  prefix: string;
  checksum: string;
}

export interface ScannedSet {
  dir: string;
  /** files that look like migrations (numeric prefix, loadable extension), in run order */
  files: ScannedFile[];
  /** false when a file of the directory would make node-pg-migrate's runner fail before running anything */
  runnable: boolean;
}

function compareFiles(a: ScannedFile, b: ScannedFile): number {
  const pa = BigInt(a.prefix);
  const pb = BigInt(b.prefix);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function nameProblem(file: string): string {
  const ext = path.extname(file);
  if (/\.(up|down)\.sql$/.test(file)) {
    return 'is an .up.sql/.down.sql pair file: Tenantry loads .sql migrations as one file with "-- Up Migration" and "-- Down Migration" sections';
  }
  if (!LOADABLE.has(ext)) return 'is not a migration file, and node-pg-migrate tries to load every file of the directory: move it elsewhere (or prefix it with a dot)';
  if (!/^\d+_/.test(file)) return 'does not start with a numeric timestamp and _ (expected <timestamp>_<kebab-name>.js|ts|sql)';
  if (!['.js', '.ts', '.sql'].includes(ext)) return `has extension ${ext}: use .js, .ts or .sql`;
  return 'is not named <timestamp>_<kebab-name>.js|ts|sql (lower-case words joined by -)';
}

/**
 * Reads a migration directory and reports every naming and ordering problem at once: names,
 * unique timestamps, one timestamp width (so lexical, numeric and node-pg-migrate's order agree;
 * node-pg-migrate also reads 17-digit prefixes as UTC dates). A directory that does not exist is
 * a configuration error (exit 2), not a finding.
 */
export function scanMigrationDir(dir: string, problems: ProblemSink): ScannedSet {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new ConfigError(`migrations directory ${dir} does not exist`);

  const files: ScannedFile[] = [];
  let runnable = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isFile() || entry.isSymbolicLink())) continue;
    const ext = path.extname(entry.name);
    const prefix = /^(\d+)_/.exec(entry.name)?.[1];
    if (!MIGRATION_FILE_PATTERN.test(entry.name)) problems.error('TNT101', `${entry.name} ${nameProblem(entry.name)}`, entry.name);
    if (!LOADABLE.has(ext) || prefix === undefined) {
      runnable = false;
      continue;
    }
    const filePath = path.join(dir, entry.name);
    const checksum = createHash('sha256').update(readFileSync(filePath)).digest('hex');
    files.push({ file: entry.name, name: path.basename(entry.name, ext), path: filePath, ext, prefix, checksum });
  }
  files.sort(compareFiles);

  const byName = new Map<string, ScannedFile>();
  const byPrefix = new Map<string, ScannedFile>();
  for (const f of files) {
    const sameName = byName.get(f.name);
    if (sameName) {
      problems.error('TNT102', `${f.file} and ${sameName.file} are the same migration ${f.name}: keep one`, f.file);
      runnable = false;
    } else {
      const samePrefix = byPrefix.get(f.prefix);
      if (samePrefix) {
        problems.error('TNT102', `${f.file} has the same timestamp as ${samePrefix.file}: their order would depend on their names; give it a later timestamp`, f.file);
      }
    }
    byName.set(f.name, f);
    byPrefix.set(f.prefix, f);
  }

  const widths = new Map<number, string[]>();
  for (const f of files) widths.set(f.prefix.length, [...(widths.get(f.prefix.length) ?? []), f.file]);
  if (widths.size > 1) {
    const common = [...widths.entries()].sort((a, b) => b[1].length - a[1].length)[0]![0];
    for (const [width, names] of widths) {
      if (width === common) continue;
      for (const file of names) {
        problems.error(
          'TNT103',
          `${file} has a ${width}-digit timestamp where the set uses ${common} digits: sorted by name and by number the files would run in different orders${width === 17 || common === 17 ? ' (node-pg-migrate reads 17-digit timestamps as UTC dates)' : ''}`,
          file,
        );
      }
    }
  }
  return { dir, files, runnable };
}
