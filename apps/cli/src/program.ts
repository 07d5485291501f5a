import { Command, CommanderError } from 'commander';
import { errorMessage, isTenantryError, redactSecrets as redactUrl } from '@tenantry/core';
import { recordCliAction } from './audit.js';
import { CliContext, type GlobalOptions } from './context.js';
import { packageVersion } from './version.js';

export type { Action, Runner } from './commands/registry.js';
import type { Runner } from './commands/registry.js';
import { registerCommands } from './commands/index.js';

function buildProgram(run: Runner, json: boolean): Command {
  const program = new Command('tenantry')
    .description('Migrate PostgreSQL schemas across a fleet of tenants and platforms.')
    .option(
      '--config <file>',
      'config file (default: $TENANTRY_CONFIG, or the nearest tenantry.config.json here or above)',
    )
    .option('--json', 'machine-readable output')
    .version(packageVersion(), '-V, --version', 'print the version of tenantry')
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(program, run);
  // usage errors: one line on stderr, exit 2 (mapped in main)
  const configure = (command: Command) => {
    // under --json a usage error is written once, as JSON, where it is caught (runCli)
    command.exitOverride().configureOutput({
      writeErr: (text) => (json ? undefined : process.stderr.write(text.replace(/^error: /, 'tenantry: '))),
    });
    checkMandatoryAfterUnknown(command);
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  return program;
}

/**
 * Commander checks required options before unknown ones, so a typo (`--too v1`) was reported as
 * a missing `--to`. The check moves to just before the action, after unknown options are refused.
 */
function checkMandatoryAfterUnknown(command: Command): void {
  const mandatory = command.options.filter((o) => o.mandatory);
  if (mandatory.length === 0) return;
  for (const option of mandatory) option.mandatory = false;
  command.hook('preAction', (_this, actionCommand) => {
    for (const option of mandatory) {
      if (actionCommand.getOptionValue(option.attributeName()) === undefined) {
        actionCommand.error(`error: required option '${option.flags}' not specified`, {
          code: 'commander.missingMandatoryOptionValue',
          exitCode: 2,
        });
      }
    }
  });
}

/** One line on stderr; under --json one JSON object with a stable `code`. */
function writeError(json: boolean, message: string, code: string, exitCode: number): void {
  process.stderr.write(json ? `${JSON.stringify({ error: message, code, exitCode })}\n` : `tenantry: ${message}\n`);
}

function report(error: unknown, json: boolean): number {
  if (isTenantryError(error)) {
    // Ctrl-C while following a rollout: the shell's code for SIGINT
    const exitCode = error.code === 'WAIT_INTERRUPTED' ? 130 : error.exitCode;
    writeError(json, redactUrl(error.message), error.code, exitCode);
    return exitCode;
  }
  writeError(json, `unexpected error: ${redactUrl(errorMessage(error))}`, 'UNEXPECTED', 1);
  if (process.env.TENANTRY_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return 1;
}

/** `commander.unknownOption` → `UNKNOWN_OPTION`: usage errors get codes like the others. */
function usageCode(code: string): string {
  return code
    .replace(/^commander\./, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();
}

/**
 * Runs `tenantry` with these arguments (`argv` as in `process.argv`) and returns its exit code:
 * the bin's whole body, importable so tests can drive the parser and validators in process.
 */
export async function runCli(argv: string[]): Promise<number> {
  let exitCode = 0;
  let ctx: CliContext | undefined;
  const args = argv.slice(2);
  const end = args.indexOf('--');
  const json = (end === -1 ? args : args.slice(0, end)).includes('--json');
  let command = '';
  const program = buildProgram(async (action, ...args) => {
    ctx = new CliContext(program.opts<GlobalOptions>());
    let failure: unknown;
    try {
      exitCode = await action(ctx, ...(args as never[]));
    } catch (error) {
      failure = error;
      exitCode = report(error, json);
    } finally {
      await recordCliAction(ctx, command, argv.slice(2), exitCode, failure);
      await ctx.close();
    }
  }, json);
  // the command's whole name (`rollout abort`), for the audit trail
  program.hook('preAction', (_program, actionCommand) => {
    const names: string[] = [];
    for (let c: Command | null = actionCommand; c && c !== program; c = c.parent) names.unshift(c.name());
    command = names.join(' ');
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      if (json) writeError(true, error.message.replace(/^error: /, '').replace(/\n/g, ' '), usageCode(error.code), 2);
      return 2; // usage error, printed by commander on one line (or above, as JSON)
    }
    return report(error, json);
  }
  return exitCode;
}
