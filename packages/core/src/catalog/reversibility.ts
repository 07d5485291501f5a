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

const keyOf = (migration: MigrationFile): string => `${migration.path}\0${migration.checksum}`;

/**
 * How each migration would be reverted, in the order given. The files not known yet are loaded,
 * and their reversed `up`s built (no database touched), in one build thread: a file that spins at
 * import or in its up cannot hang the caller (it fails with the migration named). Give them in
 * their set's order: shorthands accumulate from file to file, as the runner loads them.
 */
export async function downsOf(migrations: readonly MigrationFile[]): Promise<DownInfo[]> {
  // a run of this process loaded some already, with a down of their own: no thread needed for those
  const unknown = [
    ...new Map(
      migrations.filter((m) => !cache.has(keyOf(m)) && knownHasDown(m) !== true).map((m) => [keyOf(m), m]),
    ).values(),
  ];
  if (unknown.length > 0) {
    const session = await BuildSession.open(unknown);
    try {
      for (const [i, migration] of unknown.entries()) {
        cache.set(
          keyOf(migration),
          session.hasDown[i] === true ? { kind: 'written' } : await reverseOf(session, migration),
        );
      }
    } finally {
      session.release();
    }
  }
  return migrations.map((m) => cache.get(keyOf(m)) ?? { kind: 'written' });
}

/** How one migration would be reverted (see downsOf). */
export async function downOf(migration: MigrationFile): Promise<DownInfo> {
  return (await downsOf([migration]))[0]!;
}

/** A migration without a down function of its own: whether the runner can reverse its up. */
async function reverseOf(session: BuildSession, migration: MigrationFile): Promise<DownInfo> {
  try {
    await session.build(migration.name, 'down', () => Promise.reject(new ReadsWhileBuilding('reads while building')));
    return { kind: 'inferred' };
  } catch (error) {
    const message = errorMessage(error).split('\n')[0] ?? '';
    if ((error as { name?: unknown }).name === 'ReadsWhileBuilding' || message.includes('reads while building')) {
      return {
        kind: 'inferred',
        reason: 'its up reads the database while it builds, so the reverse is only known when it runs',
      };
    }
    if (message.startsWith('User has disabled down migration')) {
      return {
        kind: 'none',
        reason: migration.path.toLowerCase().endsWith('.sql')
          ? 'its SQL has no "-- Down Migration" section'
          : 'it exports down = false',
      };
    }
    if (message.startsWith('Unknown value for direction'))
      return { kind: 'none', reason: 'it exports neither a down function nor an up to reverse' };
    return { kind: 'none', reason: `node-pg-migrate cannot reverse its up: ${message}` };
  }
}

/** Whether node-pg-migrate's runner would take a migration down (written or inferred). */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  return (await downOf(migration)).kind !== 'none';
}
