import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InvalidInput, getPlatform, parsePlatformId } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';
import { createMigrationFile } from '../starter/new-migration.js';

export interface NewOptions {
  kind?: string;
  sql?: boolean;
}

type Folders = { tenant: string; shared: string | undefined };

/**
 * The platform's migration folders. Making a file needs no server, so when the config only fails
 * on an unset variable (DATABASE_URL on a laptop), the folders are read from the file as written
 * (paths with variables are still refused); any other problem of the config is reported as is.
 */
function foldersOf(ctx: CliContext, id: string): Folders {
  try {
    const platform = getPlatform(ctx.config, id);
    return { tenant: platform.tenantMigrationsDir, shared: platform.sharedMigrationsDir };
  } catch (error) {
    if (!(error instanceof ConfigError) || !/which is not set$/.test(error.message)) throw error;
  }
  const raw = JSON.parse(readFileSync(ctx.configFile, 'utf8')) as {
    platforms?: Record<string, { migrations?: { tenant?: unknown; shared?: unknown } }>;
  };
  const migrations = Object.hasOwn(raw.platforms ?? {}, id) ? raw.platforms?.[id]?.migrations : undefined;
  if (!migrations) throw new InvalidInput(`unknown platform ${id} in ${ctx.configFile}`);
  const base = path.dirname(path.resolve(ctx.configFile));
  const folder = (value: unknown) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '' || value.includes('${'))
      throw new ConfigError(
        `platforms.${id}.migrations in ${ctx.configFile} must be plain paths to create a migration without the environment`,
      );
    return path.resolve(base, value);
  };
  const tenant = folder(migrations.tenant);
  if (!tenant) throw new ConfigError(`platforms.${id}.migrations.tenant is missing in ${ctx.configFile}`);
  return { tenant, shared: folder(migrations.shared) };
}

/** `tenantry new PLATFORM NAME`: a migration file from node-pg-migrate's template, in the platform's folder. */
export async function newCommand(
  ctx: CliContext,
  platformArg: string,
  name: string,
  options: NewOptions,
): Promise<number> {
  const kind = options.kind ?? 'tenant';
  if (kind !== 'tenant' && kind !== 'shared')
    throw new InvalidInput(`--kind ${JSON.stringify(kind.slice(0, 20))} must be tenant or shared`);
  const id = parsePlatformId(platformArg);
  const folders = foldersOf(ctx, id);
  const dir = kind === 'shared' ? folders.shared : folders.tenant;
  if (!dir)
    throw new InvalidInput(
      `platform ${id} has no shared migrations: set platforms.${id}.migrations.shared in ${ctx.configFile}`,
    );
  const file = await createMigrationFile(dir, name, { sql: options.sql === true });
  const migration = path.basename(file).replace(/\.[^.]+$/, '');
  if (ctx.json) {
    printJson({ file, platform: id, kind, migration });
    return 0;
  }
  printLine(
    `wrote ${path.relative(process.cwd(), file) || file} (${kind} migration ${migration} of ${id}, node-pg-migrate's template)`,
  );
  printLine('next: write its up (and its down), then');
  printLine(`  npx tenantry validate --platform ${id}            # names, syntax, a round trip up and down`);
  printLine(`  npx tenantry migrate --to latest --platform ${id} --wait`);
  return 0;
}
