import { existsSync } from 'node:fs';
import path from 'node:path';
import { initializeControlSchema } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';
import { STARTER_PLATFORM, writeStarter } from '../starter/write-starter.js';

/**
 * `tenantry init`. With a config: creates or upgrades the control schema (and missing databases).
 * Without one (none named, none found here or above, or the named file does not exist): writes a
 * starter config and a first migration, connects to nothing, and says what to run next; run
 * again, it creates the control schema. An existing file is never overwritten.
 */
export async function initCommand(ctx: CliContext): Promise<number> {
  const location = ctx.configLocation;
  if (!existsSync(location.file)) return starterCommand(ctx);
  const result = await initializeControlSchema(ctx.config, ctx.logger);
  ctx.noteAudit({ target: `control schema ${ctx.config.control.schema}` });
  if (ctx.json) {
    printJson({ schema: ctx.config.control.schema, ...result });
  } else {
    for (const db of result.createdDatabases) printLine(`created database ${db}`);
    printLine(
      result.applied.length > 0
        ? `control schema ${ctx.config.control.schema}: applied ${result.applied.join(', ')}`
        : `control schema ${ctx.config.control.schema} is up to date`,
    );
  }
  return 0;
}

async function starterCommand(ctx: CliContext): Promise<number> {
  const { file, source } = ctx.configLocation;
  const result = await writeStarter(file, source === 'option' ? { configOption: file } : {});
  const shown = (p: string) => path.relative(process.cwd(), p) || p;
  if (ctx.json) {
    printJson({
      starter: true,
      wrote: [result.config, ...(result.migration ? [result.migration] : [])],
      next: result.next,
    });
    return 0;
  }
  printLine(
    `wrote ${shown(result.config)} (platform ${STARTER_PLATFORM}; the control database from DATABASE_URL, the queue from REDIS_URL)`,
  );
  if (result.migration)
    printLine(`wrote ${shown(result.migration)} (a first tenant migration: node-pg-migrate's format)`);
  printLine('nothing was connected to. Next:');
  for (const line of result.next) printLine(`  ${line}`);
  return 0;
}
