import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { listMigrationFolder, type IgnoredEntry } from './migration-files.js';

export interface MigrationFile {
  /** file name without extension: what node-pg-migrate records */
  name: string;
  path: string;
  /** sha256 of the file's bytes */
  checksum: string;
}

export interface MigrationSet {
  dir: string;
  migrations: readonly MigrationFile[];
  /** name → position (1-based: a tenant at position k has k migrations applied) */
  positions: ReadonlyMap<string, number>;
  /** entries of the folder that are not migrations, as node-pg-migrate ignores them */
  ignored: readonly IgnoredEntry[];
}

const cache = new Map<string, { mtimeMs: number; set: MigrationSet }>();

/**
 * Reads a migration directory: every migration's name, path and checksum, in node-pg-migrate's
 * order (see migration-files.ts). Cached per process until the directory changes.
 */
export function readMigrationSet(dir: string): MigrationSet {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    throw new ConfigError(`migrations directory ${dir} does not exist`);
  }
  const cached = cache.get(dir);
  if (cached && cached.mtimeMs === mtimeMs) return cached.set;

  const listing = listMigrationFolder(dir);
  const files: MigrationFile[] = listing.files.map((f) => ({
    name: f.name,
    path: f.path,
    // through a symbolic link, the target's bytes
    checksum: createHash('sha256').update(readFileSync(f.path)).digest('hex'),
  }));
  const set: MigrationSet = {
    dir,
    migrations: files,
    positions: new Map(files.map((m, i) => [m.name, i + 1])),
    ignored: listing.ignored,
  };
  cache.set(dir, { mtimeMs, set });
  return set;
}

/** The position of a version in a set: 0 for none applied, undefined when it is not in the set. */
export function positionOf(set: MigrationSet, version: string): number | undefined {
  if (version === '0') return 0;
  return set.positions.get(version);
}

export function versionAt(set: MigrationSet, position: number): string {
  if (position === 0) return '0';
  const migration = set.migrations[position - 1];
  if (!migration) throw new RangeError(`no migration at position ${position} in ${set.dir}`);
  return migration.name;
}
