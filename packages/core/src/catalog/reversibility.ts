import { BuildSession, knownHasDown } from '../migrator/build-sandbox.js';
import type { MigrationFile } from './migration-set.js';

/**
 * Whether a migration can be reverted by its down: a JS/TS module exporting a `down` function,
 * or an SQL file with a `-- Down Migration` section, read by the loader runs use (in a build
 * thread: a file that never finishes loading cannot hang the caller).
 * `export const down = false` (the way node-pg-migrate marks an irreversible migration) and a
 * missing down both answer false.
 */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  if (migration.path.endsWith('.up.sql')) return false;
  const known = knownHasDown(migration);
  if (known !== undefined) return known;
  const session = await BuildSession.open([migration]);
  session.release();
  return session.hasDown[0] === true;
}
