import { pathToFileURL } from 'node:url';
import type { RunnerOption } from 'node-pg-migrate';

type Strategies = NonNullable<RunnerOption['migrationLoaderStrategies']>;
type Loader = Extract<Strategies[number]['loader'], (...args: never[]) => unknown>;

/**
 * Loads JavaScript migrations with Node's own `import()`, which caches modules per process.
 * node-pg-migrate's default loader re-reads every file through jiti on every run: with
 * thousands of tenants per worker that is the dominant cost of a run.
 */
const nativeImportLoader: Loader = async (filePaths) => {
  const units = [];
  for (const filePath of filePaths) {
    const actions = (await import(pathToFileURL(filePath).href)) as Record<string, unknown>;
    units.push({ id: filePath, filePaths: [filePath], actions: actions as never });
  }
  return units;
};

export const migrationLoaderStrategies: Strategies = [
  { extensions: ['.js', '.mjs', '.cjs'], loader: nativeImportLoader },
  { extensions: ['.sql'], loader: 'legacySql' },
  { extensions: ['.ts', '.mts', '.cts'], loader: 'default' },
];

/** What one migration file exports, as node-pg-migrate reads it. */
export interface MigrationActions {
  up?: ((pgm: never, run?: () => void) => unknown) | false;
  down?: ((pgm: never, run?: () => void) => unknown) | false;
  shorthands?: Record<string, unknown>;
}

const actionsCache = new Map<string, MigrationActions>();

/**
 * A migration file's actions, loaded the way node-pg-migrate's runner loads them (JS through
 * Node's `import()`, SQL through its legacy SQL loader, TypeScript through its jiti), once per
 * process and file content.
 */
export async function loadMigrationActions(file: { path: string; checksum: string }): Promise<MigrationActions> {
  const key = `${file.path}\0${file.checksum}`;
  const cached = actionsCache.get(key);
  if (cached) return cached;
  let actions: MigrationActions;
  if (file.path.endsWith('.sql')) {
    const { sqlMigration } = await import('node-pg-migrate/sqlMigration');
    actions = (await sqlMigration(file.path)) as MigrationActions;
  } else if (/\.[mc]?ts$/.test(file.path)) {
    const { jiti } = await import('node-pg-migrate');
    actions = (await jiti.import(file.path)) as MigrationActions;
  } else {
    // the checksum in the URL: a file changed under a running worker is imported anew
    actions = (await import(`${pathToFileURL(file.path).href}?sha256=${file.checksum.slice(0, 16)}`)) as MigrationActions;
  }
  actionsCache.set(key, actions);
  return actions;
}
