import { BuildSession, knownHasDown } from '../migrator/build-sandbox.js';
import { errorMessage } from '../errors.js';
import type { MigrationFile } from './migration-set.js';

/**
 * How a migration goes down, as node-pg-migrate's runner would take it down:
 * - `written`: it exports a `down` function (or is an SQL file with a "-- Down Migration" section);
 * - `inferred`: it exports no `down`, and the runner reverses its `up` (MigrationBuilder's reverse
 *   mode: createTable becomes dropTable, addColumns dropColumns, ...);
 * - `none`: the runner refuses: `down = false` (an SQL file without a down section reads so), or
 *   the up holds an operation with no reverse (`sql()`, dropTable, ...), which the reverse
 *   mode throws on while building.
 */
export interface DownInfo {
  kind: 'written' | 'inferred' | 'none';
  /** for `none`: why; for `inferred`: what could not be checked before running, if anything */
  reason?: string;
}

/** Thrown by the stand-in database: a migration that reads while it builds cannot be built here. */
class ReadsWhileBuilding extends Error {
  override readonly name = 'ReadsWhileBuilding';
}

const cache = new Map<string, DownInfo>();

/**
 * How one migration would be reverted. The file is loaded, and its reversed `up` built (no
 * database touched), in a build thread: a file that spins at import or in its up cannot hang the
 * caller (it fails with the migration named).
 */
export async function downOf(migration: MigrationFile): Promise<DownInfo> {
  const key = `${migration.path}\0${migration.checksum}`;
  const known = cache.get(key);
  if (known) return known;
  // a run of this process loaded it already, with a down of its own: no thread needed
  if (knownHasDown(migration) === true) return { kind: 'written' };
  const session = await BuildSession.open([migration]);
  let info: DownInfo;
  try {
    if (session.hasDown[0] === true) info = { kind: 'written' };
    else {
      try {
        await session.build(migration.name, 'down', () => Promise.reject(new ReadsWhileBuilding('reads while building')));
        info = { kind: 'inferred' };
      } catch (error) {
        const message = errorMessage(error).split('\n')[0] ?? '';
        if ((error as { name?: unknown }).name === 'ReadsWhileBuilding' || message.includes('reads while building')) {
          info = { kind: 'inferred', reason: 'its up reads the database while it builds, so the reverse is only known when it runs' };
        } else if (message.startsWith('User has disabled down migration')) {
          info = { kind: 'none', reason: migration.path.toLowerCase().endsWith('.sql') ? 'its SQL has no "-- Down Migration" section' : 'it exports down = false' };
        } else if (message.startsWith('Unknown value for direction')) {
          info = { kind: 'none', reason: 'it exports neither a down function nor an up to reverse' };
        } else info = { kind: 'none', reason: `node-pg-migrate cannot reverse its up: ${message}` };
      }
    }
  } finally {
    session.release();
  }
  cache.set(key, info);
  return info;
}

/** Whether node-pg-migrate's runner would take a migration down (written or inferred). */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  return (await downOf(migration)).kind !== 'none';
}
