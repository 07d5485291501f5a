import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '@tenantry/core';
import { createMigrationFile } from './new-migration.js';
import { starterConfig } from './starter-config.js';

export const STARTER_PLATFORM = 'app';

export interface StarterResult {
  /** absolute paths of what was written */
  config: string;
  migration: string | undefined;
  /** the commands to run next, in order */
  next: string[];
}

const FIRST_UP = `export const up = (pgm) => {
  // runs in each tenant's schema (search_path is set to it), in one transaction per run
  pgm.createTable('notes', {
    id: 'id',
    body: { type: 'text', notNull: true },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });
};`;

const FIRST_DOWN = `export const down = (pgm) => {
  pgm.dropTable('notes');
};`;

/** Commands with their comments in one column. */
function aligned(lines: Array<[string, string]>): string[] {
  const width = Math.max(...lines.map(([command]) => command.length));
  return lines.map(([command, comment]) => `${command.padEnd(width)}   # ${comment}`);
}

/** node-pg-migrate's template with a body: a table, and its down. */
function fillFirstMigration(file: string): void {
  if (!/\.[cm]?js$/.test(file)) return;
  const template = readFileSync(file, 'utf8');
  const filled = template
    .replace('export const up = (pgm) => {};', FIRST_UP)
    .replace('export const down = (pgm) => {};', FIRST_DOWN);
  if (filled !== template) writeFileSync(file, filled);
}

/**
 * `tenantry init` in a project without a config: writes `configFile` (never over an existing
 * file: the write is exclusive) and, when the platform's migrations folder has none, a first
 * migration. Connects to nothing.
 */
export async function writeStarter(
  configFile: string,
  options: { configOption?: string } = {},
): Promise<StarterResult> {
  const config = path.resolve(configFile);
  const migrationsDir = `migrations/${STARTER_PLATFORM}`;
  mkdirSync(path.dirname(config), { recursive: true });
  try {
    writeFileSync(config, `${JSON.stringify(starterConfig(STARTER_PLATFORM, migrationsDir), null, 2)}\n`, {
      flag: 'wx',
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'EEXIST'
        ? `${configFile} exists: it is never overwritten`
        : `cannot write ${configFile}: ${code ?? 'error'}`,
    );
  }
  const tenantDir = path.join(path.dirname(config), migrationsDir, 'tenant');
  let migration: string | undefined;
  if (!existsSync(tenantDir) || readdirSync(tenantDir).length === 0) {
    migration = await createMigrationFile(tenantDir, 'create-notes');
    fillFirstMigration(migration);
  }
  // the commands find tenantry.config.json in the working directory and above; another name is passed
  const named =
    options.configOption !== undefined && path.resolve(options.configOption) !== path.resolve('tenantry.config.json')
      ? ` --config ${options.configOption}`
      : '';
  return {
    config,
    migration,
    next: aligned([
      [
        'export DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DATABASE',
        'and REDIS_URL (default redis://127.0.0.1:6379)',
      ],
      [`npx tenantry${named} init`, 'creates the control schema (and the database when missing)'],
      [
        `npx tenantry${named} tenants add ${STARTER_PLATFORM} acme globex`,
        'registers tenants and creates their schemas',
      ],
      [`npx tenantry${named} worker &`, 'one or more workers, on any hosts'],
      [`npx tenantry${named} migrate --to latest --wait`, 'every tenant to the newest migration'],
      [`npx tenantry${named} new ${STARTER_PLATFORM} add-something`, 'the next migration'],
    ]),
  };
}
