import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { RunnerOption } from 'node-pg-migrate';
import { MigrationLoadFailed, errorMessage } from '../errors.js';

type Strategies = NonNullable<RunnerOption['migrationLoaderStrategies']>;
type Loader = Extract<Strategies[number]['loader'], (...args: never[]) => unknown>;

/** What one migration file exports, as node-pg-migrate reads it. */
export interface MigrationActions {
  up?: ((pgm: never, run?: () => void) => unknown) | false;
  down?: ((pgm: never, run?: () => void) => unknown) | false;
  shorthands?: Record<string, unknown>;
}

const actionsCache = new Map<string, MigrationActions>();
/** the content each path was last imported with: jiti's module cache must forget older content */
const importedContent = new Map<string, string>();

/**
 * A migration file's actions, loaded exactly as node-pg-migrate's runner loads them with its
 * default options: SQL through its legacy SQL reader, everything else (.js, .cjs, .mjs, .ts, ...)
 * through its own jiti instance, which takes CommonJS in a `"type": "module"` package,
 * `module.exports = { up, down }` and TypeScript alike. The runner does this on every run;
 * Tenantry once per process and file content (with thousands of tenants per worker, loading is
 * otherwise the dominant cost of a run). A file that fails to load throws MigrationLoadFailed,
 * naming it.
 */
export async function loadMigrationActions(file: {
  path: string;
  checksum: string;
  name?: string;
}): Promise<MigrationActions> {
  const key = `${file.path}\0${file.checksum}`;
  const cached = actionsCache.get(key);
  if (cached) return cached;
  const name = file.name ?? path.basename(file.path, path.extname(file.path));
  let actions: MigrationActions;
  try {
    if (path.extname(file.path).toLowerCase() === '.sql') {
      const { sqlMigration } = await import('node-pg-migrate/sqlMigration');
      actions = await sqlMigration(file.path);
    } else {
      const { jiti } = await import('node-pg-migrate');
      const previous = importedContent.get(file.path);
      if (previous !== undefined && previous !== file.checksum) {
        // the file changed under a running process: import it anew
        for (const id of new Set([file.path, realpathSync(file.path)])) delete jiti.cache[id];
      }
      importedContent.set(file.path, file.checksum);
      const loaded = await jiti.import<MigrationActions | null>(file.path);
      // read each export by name, as the runner does: jiti's interop object (module.exports =
      // migration, export default {...}) answers them but does not list them, so it cannot be spread
      actions =
        loaded !== null && typeof loaded === 'object'
          ? { up: loaded.up, down: loaded.down, shorthands: loaded.shorthands }
          : (loaded as never);
    }
  } catch (error) {
    throw new MigrationLoadFailed(name, path.basename(file.path), errorMessage(error), { cause: error });
  }
  if (actions === null || typeof actions !== 'object') {
    throw new MigrationLoadFailed(
      name,
      path.basename(file.path),
      `it exports ${actions === null ? 'null' : typeof actions}, not up and down functions`,
    );
  }
  actionsCache.set(key, actions);
  return actions;
}

/**
 * Loader strategies for the places Tenantry hands a folder to node-pg-migrate's runner itself
 * (its own control schema, verify's reference schemas, validate's round trip): the same loading
 * as runs, through the same per-process cache.
 */
const cachedLoader: Loader = async (filePaths) => {
  const units = [];
  for (const filePath of filePaths) {
    const checksum = createHash('sha256').update(readFileSync(filePath)).digest('hex');
    units.push({
      id: filePath,
      filePaths: [filePath],
      actions: (await loadMigrationActions({ path: filePath, checksum })) as never,
    });
  }
  return units;
};

export const migrationLoaderStrategies: Strategies = [
  { extensions: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.sql'], loader: cachedLoader },
];
