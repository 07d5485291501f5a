import { ConfigError } from '../errors.js';

const MAX_DEPTH = 32;
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string of a parsed JSON config.
 * A variable that is unset and has no default is a configuration error naming it.
 */
export function interpolateEnv(
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  path = '',
  depth = 0,
): unknown {
  // no config nests this deep; a hostile file that does would overflow the stack
  if (depth > MAX_DEPTH)
    throw new ConfigError(`config nests deeper than ${MAX_DEPTH} levels at ${path.slice(0, 80) || 'the top'}`);
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string, fallback: string | undefined) => {
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      throw new ConfigError(`config ${path || 'value'} uses \${${name}}, which is not set`);
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolateEnv(item, env, `${path}[${i}]`, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        interpolateEnv(item, env, path ? `${path}.${key}` : key, depth + 1),
      ]),
    );
  }
  return value;
}
