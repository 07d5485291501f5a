import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { InvalidInput } from '@tenantry/core';

type Language = 'js' | 'mjs' | 'sql';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Whether files in `dir` are ES modules when they end in .js: the nearest package.json's "type". */
function projectIsEsm(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const manifest = path.join(at, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (path.dirname(at) === at) return false;
  }
}

/**
 * The language of a new migration: SQL when asked; otherwise node-pg-migrate's rule (the suffix of
 * the folder's last file) when the folder has migrations; in an empty folder, JavaScript as an
 * ES module: `.js` in a `"type": "module"` project, `.mjs` elsewhere (node-pg-migrate's `.js`
 * template is an ES module, which a CommonJS project could not load).
 */
function languageFor(dir: string, sql: boolean): Language | undefined {
  if (sql) return 'sql';
  const hasMigrations = existsSync(dir) && readdirSync(dir).some((f) => /^\d+_.+\.(?:[cm]?[jt]s|sql)$/.test(f));
  if (hasMigrations) return undefined;
  return projectIsEsm(dir) ? 'js' : 'mjs';
}

/**
 * Creates `<timestamp>_<name>.<ext>` in `dir` with node-pg-migrate's own template and naming
 * (`Migration.create`, as `node-pg-migrate create` does), creating the folder when missing.
 * Returns the file's path.
 */
export async function createMigrationFile(dir: string, name: string, options: { sql?: boolean } = {}): Promise<string> {
  if (!NAME.test(name)) {
    throw new InvalidInput(
      `migration name ${JSON.stringify(name.slice(0, 60))} must be letters, digits, _ . - (at most 100, starting with a letter or digit)`,
    );
  }
  const { Migration } = await import('node-pg-migrate'); // loaded when needed: start-up cost
  const language = languageFor(dir, options.sql === true);
  return Migration.create(name, dir, { filenameFormat: 'timestamp', ...(language ? { language } : {}) });
}
