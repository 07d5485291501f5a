import { existsSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_CONFIG_NAME = 'tenantry.config.json';

export interface ConfigLocation {
  /** the path to read (or, for `init`, to write the starter at) */
  file: string;
  /** how it was chosen: named by --config or TENANTRY_CONFIG, found from the working directory, or neither */
  source: 'option' | 'env' | 'found' | 'default';
}

/**
 * Which config a command uses: `--config FILE`, then `$TENANTRY_CONFIG`, then the nearest
 * `tenantry.config.json` in the working directory or above it (so the CLI works from any folder
 * of a project, as git and npm do), else `tenantry.config.json` here (which may not exist yet).
 */
export function locateConfig(option: string | undefined, env: NodeJS.ProcessEnv, cwd = process.cwd()): ConfigLocation {
  if (option !== undefined) return { file: option, source: 'option' };
  if (env.TENANTRY_CONFIG) return { file: env.TENANTRY_CONFIG, source: 'env' };
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, DEFAULT_CONFIG_NAME);
    if (existsSync(candidate)) return { file: path.relative(cwd, candidate) || DEFAULT_CONFIG_NAME, source: 'found' };
    if (path.dirname(dir) === dir) break;
  }
  return { file: DEFAULT_CONFIG_NAME, source: 'default' };
}
