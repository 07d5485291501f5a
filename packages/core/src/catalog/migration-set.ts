import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { MIGRATION_NAME_PATTERN } from '../ids.js';

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
}

const MIGRATION_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.sql']);

/** node-pg-migrate orders by numeric prefix, then by name. */
function compareNames(a: string, b: string): number {
  const pa = BigInt(a.split('_', 1)[0] ?? '0');
  const pb = BigInt(b.split('_', 1)[0] ?? '0');
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const cache = new Map<string, { mtimeMs: number; set: MigrationSet }>();

/**
 * Reads a migration directory: every file's name, path and checksum, in node-pg-migrate's order.
 * Cached per process until the directory changes.
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

  const files: MigrationFile[] = [];
  const seen = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const ext = path.extname(entry.name);
    if (!MIGRATION_EXTENSIONS.has(ext)) continue;
    const base = path.basename(entry.name, ext);
    // SQL pairs (name.up.sql / name.down.sql) are one migration
    const name = ext === '.sql' ? base.replace(/\.(up|down)$/, '') : base;
    if (!MIGRATION_NAME_PATTERN.test(name)) {
      throw new ConfigError(`migration file ${path.join(dir, entry.name)} is not named <timestamp>_<name>${ext}`);
    }
    if (seen.has(name)) {
      if (ext === '.sql') continue;
      throw new ConfigError(`migration ${name} appears twice in ${dir}`);
    }
    seen.add(name);
    const filePath = path.join(dir, entry.name);
    files.push({ name, path: filePath, checksum: createHash('sha256').update(readFileSync(filePath)).digest('hex') });
  }
  files.sort((a, b) => compareNames(a.name, b.name));
  const set: MigrationSet = {
    dir,
    migrations: files,
    positions: new Map(files.map((m, i) => [m.name, i + 1])),
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
