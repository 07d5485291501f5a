import { loadMigrationActions } from '../migrator/loader.js';
import type { MigrationFile } from './migration-set.js';

/**
 * Whether a migration can be reverted by its down: a JS/TS module exporting a `down` function,
 * or an SQL file with a `-- Down Migration` section, read by the loader runs use.
 * `export const down = false` (the way node-pg-migrate marks an irreversible migration) and a
 * missing down both answer false.
 */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  if (migration.path.endsWith('.up.sql')) return false;
  return typeof (await loadMigrationActions(migration)).down === 'function';
}
