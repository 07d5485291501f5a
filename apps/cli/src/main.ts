import { Command, CommanderError, Option } from 'commander';
import { TenantryError, errorMessage, redactUrl } from '@tenantry/core';
import { CliContext, type GlobalOptions } from './context.js';
import { collect } from './output.js';
import { initCommand } from './commands/init.js';
import { tenantsAddCommand, tenantsListCommand, tenantsRemoveCommand } from './commands/tenants.js';
import { rolloutCommand, type MigrateOptions } from './commands/migrate.js';
import { statusCommand } from './commands/status.js';
import { workerCommand } from './commands/worker.js';
import { rolloutStatusCommand } from './commands/rollout.js';

type Action = (ctx: CliContext, ...args: never[]) => Promise<number>;

function buildProgram(run: (action: Action, ...args: unknown[]) => Promise<void>): Command {
  const program = new Command('tenantry')
    .description('Migrate PostgreSQL schemas across a fleet of tenants and platforms.')
    .option('--config <file>', 'config file (default: $TENANTRY_CONFIG or tenantry.config.json)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text.replace(/^error: /, 'tenantry: ')) });

  program.command('init').description('create or upgrade the control schema (and missing databases)').action(() => run(initCommand));

  const tenants = program.command('tenants').description('register and list tenants');
  tenants
    .command('add <platform> <ids...>')
    .description("register tenants on a platform and create their schemas")
    .action((platform: string, ids: string[]) => run(tenantsAddCommand, platform, ids));
  tenants
    .command('remove <platform> <ids...>')
    .description('unregister tenants (their schemas are kept unless --drop-schema)')
    .option('--drop-schema', "also drop the tenants' schemas with all their data")
    .action((platform: string, ids: string[], opts: { dropSchema?: boolean }) => run(tenantsRemoveCommand, platform, ids, opts));
  tenants
    .command('list')
    .description('list registered tenants')
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .action((opts: { platform: string[] }) => run(tenantsListCommand, opts));

  const rolloutOptions = (command: Command) =>
    command
      .requiredOption('--to <target>', 'a release, a migration name, latest, or 0')
      .option('--platform <id>', 'only this platform (repeatable)', collect, [])
      .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
      .option('--wait', 'follow the rollout until it finishes; exit 1 if any run failed')
      .option('--dry-run', 'print the migrations each tenant would run; change nothing');
  rolloutOptions(program.command('migrate').description('bring tenants up to a target')).action((opts: MigrateOptions) =>
    run(rolloutCommand, 'migrate', opts),
  );
  rolloutOptions(program.command('rollback').description('take tenants down to a target through down migrations')).action(
    (opts: MigrateOptions) => run(rolloutCommand, 'rollback', opts),
  );

  const rollout = program.command('rollout').description('look at a rollout');
  rollout
    .command('status <id>')
    .description('counts per state and the failures of a rollout')
    .option('--wait', 'follow it until it finishes')
    .action((id: string, opts: { wait?: boolean }) => run(rolloutStatusCommand, id, opts));

  program
    .command('status')
    .description("per tenant: its live version and its last run")
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
    .action((opts: { platform: string[]; tenant: string[] }) => run(statusCommand, opts));

  program
    .command('worker')
    .description('run a worker process until SIGTERM')
    .addOption(new Option('--concurrency <n>', 'runs at once in this process (default: worker.concurrency)'))
    .action((opts: { concurrency?: string }) => run(workerCommand, opts));

  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text.replace(/^error: /, 'tenantry: ')) });
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text.replace(/^error: /, 'tenantry: ')) });
  }
  return program;
}

function report(error: unknown): number {
  if (error instanceof TenantryError) {
    process.stderr.write(`tenantry: ${redactUrl(error.message)}\n`);
    return error.exitCode;
  }
  process.stderr.write(`tenantry: unexpected error: ${redactUrl(errorMessage(error))}\n`);
  if (process.env.TENANTRY_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
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

process.exitCode = await main(process.argv);
