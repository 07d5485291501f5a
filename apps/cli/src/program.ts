import { Command, CommanderError } from 'commander';
import { TenantryError, errorMessage, redactSecrets as redactUrl } from '@tenantry/core';
import { CliContext, type GlobalOptions } from './context.js';

export type { Action, Runner } from './commands/registry.js';
import type { Runner } from './commands/registry.js';
import { registerCommands } from './commands/index.js';

function buildProgram(run: Runner): Command {
  const program = new Command('tenantry')
    .description('Migrate PostgreSQL schemas across a fleet of tenants and platforms.')
    .option('--config <file>', 'config file (default: $TENANTRY_CONFIG or tenantry.config.json)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(program, run);
  // usage errors: one line on stderr, exit 2 (mapped in main)
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text.replace(/^error: /, 'tenantry: ')) });
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  return program;
}

function report(error: unknown): number {
  if (error instanceof TenantryError) {
    process.stderr.write(`tenantry: ${redactUrl(error.message)}\n`);
    // Ctrl-C while following a rollout: the shell's code for SIGINT
    return error.code === 'WAIT_INTERRUPTED' ? 130 : error.exitCode;
  }
  process.stderr.write(`tenantry: unexpected error: ${redactUrl(errorMessage(error))}\n`);
  if (process.env.TENANTRY_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return 1;
}

/**
 * Runs `tenantry` with these arguments (`argv` as in `process.argv`) and returns its exit code:
 * the bin's whole body, importable so tests can drive the parser and validators in process.
 */
export async function runCli(argv: string[]): Promise<number> {
  let exitCode = 0;
  let ctx: CliContext | undefined;
  const program = buildProgram(async (action, ...args) => {
    ctx = new CliContext(program.opts<GlobalOptions>());
    try {
      exitCode = await action(ctx, ...(args as never[]));
    } catch (error) {
      exitCode = report(error);
    } finally {
      await ctx.close();
    }
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2; // usage error, already printed by commander on one line
    }
    return report(error);
  }
  return exitCode;
}

