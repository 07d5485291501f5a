import { initializeControlSchema } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { printJson, printLine } from '../output.js';

export async function initCommand(ctx: CliContext): Promise<number> {
  const result = await initializeControlSchema(ctx.config, ctx.logger);
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
