import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MigrationFile } from './migration-set.js';

/**
 * Whether a migration can be reverted by its down: a JS/TS module exporting a `down` function,
 * or an SQL file with a `-- Down Migration` section. `export const down = false` (the way
 * node-pg-migrate marks an irreversible migration) and a missing down both answer false.
 */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  if (migration.path.endsWith('.sql')) {
    if (migration.path.endsWith('.up.sql')) return false;
    return /^\s*--[\s-]*down\s+migration/im.test(readFileSync(migration.path, 'utf8'));
  }
  const module = (/\.[mc]?ts$/.test(migration.path)
    ? await (await import('node-pg-migrate')).jiti.import(migration.path)
    : await import(pathToFileURL(migration.path).href)) as { down?: unknown };
  return typeof module.down === 'function';
}
