import { loadMigrationActions } from '../migrator/loader.js';
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
class ReadsWhileBuilding extends Error {}

const cache = new Map<string, DownInfo>();

/** How one migration would be reverted; builds its reversed `up` (no database touched) when it has no `down`. */
export async function downOf(migration: MigrationFile): Promise<DownInfo> {
  const key = `${migration.path}\0${migration.checksum}`;
  const known = cache.get(key);
  if (known) return known;
  const actions = await loadMigrationActions(migration);
  let info: DownInfo;
  if (typeof actions.down === 'function') info = { kind: 'written' };
  else if (actions.down === false) {
    info = { kind: 'none', reason: migration.path.toLowerCase().endsWith('.sql') ? 'its SQL has no "-- Down Migration" section' : 'it exports down = false' };
  } else if (actions.down !== undefined) info = { kind: 'none', reason: 'its down is neither a function nor false' };
  else if (typeof actions.up !== 'function') info = { kind: 'none', reason: 'it exports neither up nor down functions' };
  else info = await reverseOfUp(actions.up as (pgm: unknown, run?: () => void) => unknown, actions.shorthands ?? {});
  cache.set(key, info);
  return info;
}

async function reverseOfUp(up: (pgm: unknown, run?: () => void) => unknown, shorthands: Record<string, unknown>): Promise<DownInfo> {
  const { MigrationBuilder } = await import('node-pg-migrate');
  const refuse = async () => {
    throw new ReadsWhileBuilding();
  };
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const pgm = new MigrationBuilder({ query: refuse, select: refuse } as never, shorthands as never, false, silent);
  pgm.enableReverseMode();
  try {
    if (up.length === 2) await new Promise<void>((resolve, reject) => Promise.resolve(up(pgm, resolve)).catch(reject));
    else await up(pgm);
  } catch (error) {
    if (error instanceof ReadsWhileBuilding) return { kind: 'inferred', reason: 'its up reads the database while it builds, so the reverse is only known when it runs' };
    return { kind: 'none', reason: `node-pg-migrate cannot reverse its up: ${errorMessage(error).split('\n')[0]}` };
  }
  return { kind: 'inferred' };
}

/** Whether node-pg-migrate's runner would take a migration down (written or inferred). */
export async function hasDown(migration: MigrationFile): Promise<boolean> {
  return (await downOf(migration)).kind !== 'none';
}
