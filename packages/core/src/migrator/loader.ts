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
