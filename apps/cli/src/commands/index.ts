import { Option, type Command } from 'commander';
import { collect } from '../output.js';
import type { Runner } from './registry.js';
import { initCommand } from './init.js';
import { newCommand, type NewOptions } from './new.js';
import { tenantsAddCommand, tenantsListCommand, tenantsRemoveCommand } from './tenants.js';
import { tenantsAdoptCommand } from './adopt.js';
import { rolloutCommand, type MigrateOptions } from './migrate.js';
import { statusCommand } from './status.js';
import { workerCommand } from './worker.js';
import type { TenantsTargetOptions } from './tenants.js';
import { rolloutListCommand, rolloutPauseCommand, rolloutResumeCommand, rolloutStatusCommand } from './rollout.js';
import { registerDashboard } from './dashboard.js';
import { registerBackups } from './backups.js';
import { LIVE_HELP, registerFleet } from './fleet.js';
import { registerValidation } from './validate.js';
import { registerDemo } from './demo.js';
import { gateCommand, type GateOptions } from './gate.js';
import { auditCommand, type AuditOptions } from './audit.js';
import { registerTenantMarks } from './tenant-marks.js';
import { selectorOptions, type SelectorOptions } from '../selection.js';

/**
 * Every command of `tenantry`. Each entry only parses and hands over to a command module; the
 * modules call the packages. Add a command by adding a `register…` function here.
 */
export function registerCommands(program: Command, run: Runner): void {
  registerCore(program, run);
  registerDashboard(program, run);
  registerBackups(program, run);
  registerFleet(program, run);
  registerValidation(program, run);
  registerDemo(program, run);
}

function registerCore(program: Command, run: Runner): void {
  program
    .command('init')
    .description(
      'create or upgrade the control schema (and missing databases); without a config, write a starter config and a first migration',
    )
    .action(() => run(initCommand));
  program
    .command('new <platform> <name>')
    .description("create a migration file in the platform's folder, from node-pg-migrate's template")
    .option('--kind <kind>', 'tenant or shared (default: tenant)')
    .option('--sql', "an SQL migration (default: JavaScript, or the language of the folder's last file)")
    .action((platform: string, name: string, opts: NewOptions) => run(newCommand, platform, name, opts));

  const tenants = program.command('tenants').description('register and list tenants');
  tenants
    .command('add')
    .argument('[PLATFORM ID...]')
    .usage('PLATFORM ID... | --all-platforms ID...')
    .description(
      "register tenants on a platform (or on every platform) and create their schemas, at the version the platform's tenants are at (copied from its verified reference)",
    )
    .option('--all-platforms', 'register the tenants on every platform of the config')
    .option('--label <label>', 'set this label on them: key=value, or a bare key (repeatable)', collect, [])
    .option(
      '--at <target>',
      "create them at this version (a release, a migration name, latest, or 0 for empty schemas); default: the newest version the platform's tenants are at",
    )
    .option(
      '--server <id>',
      "put the new tenants on this server of the platform (default: the platform's placement policy)",
    )
    .action((args: string[], opts: TenantsTargetOptions & { label: string[]; at?: string; server?: string }) =>
      run(tenantsAddCommand, args, opts),
    );
  tenants
    .command('adopt')
    .argument('<PLATFORM>')
    .argument('<SCHEMA-OR-ID...>')
    .description('register existing schemas created without Tenantry, at the version their schema matches')
    .option('--server <id>', 'the server of the platform holding the schemas (needed when it has several)')
    .action((platform: string, args: string[], opts: { server?: string }) =>
      run(tenantsAdoptCommand, platform, args, opts),
    );
  tenants
    .command('remove')
    .argument('[PLATFORM ID...]')
    .usage('PLATFORM ID... | --all-platforms ID... [--drop-schema]')
    .description('unregister tenants (their schemas are kept unless --drop-schema)')
    .option('--all-platforms', 'unregister the tenants from every platform they are on')
    .option('--drop-schema', "also drop the tenants' schemas with all their data")
    .action((args: string[], opts: TenantsTargetOptions & { dropSchema?: boolean }) =>
      run(tenantsRemoveCommand, args, opts),
    );
  selectorOptions(tenants.command('list').description('list registered tenants with their labels, pins and holds'))
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option('--server <id>', 'only tenants on this server (repeatable)', collect, [])
    .action((opts: { platform: string[]; server: string[] } & SelectorOptions) => run(tenantsListCommand, opts));
  registerTenantMarks(tenants, run);

  const rolloutOptions = (command: Command) =>
    selectorOptions(command)
      .requiredOption('--to <target>', 'a release, a migration name, latest, or 0')
      .option('--platform <id>', 'only this platform (repeatable)', collect, [])
      .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
      .option('--include-pinned', 'move tenants pinned at another version too (they are skipped otherwise)')
      .option('--include-held', 'move held tenants too (they are skipped otherwise)')
      .option('--wait', 'follow the rollout until it finishes; exit 1 if any run failed')
      .option(
        '--timeout <duration>',
        'with --wait: stop following after this long (90s, 5m, 1h), exit 1; the rollout goes on',
      )
      .option(
        '--supersede',
        'abort any open rollout over the same tenants and start this one (without it, such a rollout is refused)',
      )
      .option(
        '--recheck',
        'plan every tenant, read under its lock, even those the ledger shows at the target already (after a history was edited by hand without changing its row count, or a tenant with a database of its own was changed)',
      )
      .option('--dry-run', 'print the migrations each tenant would run; change nothing');
  rolloutOptions(program.command('migrate').description('bring tenants up to a target'))
    .option('--backup <strategy>', 'back tenants up before changing them: pg_dump or none (default: backup.strategy)')
    .option(
      '--canary <n>',
      'run N tenants (or N%) first; go on only if all succeed (default: 1% from 50 tenants, at most 10)',
    )
    .option('--wave-size <n>', 'then release tenants in waves of N (or N%) (default: 10%, at least 50)')
    .option('--max-failures <n>', 'halt once N tenants (or N%) failed (default: 2%, at least 5)')
    .option(
      '--canary-where <selector>',
      'take the canary from the tenants this selector picks (all of them, or --canary of them), e.g. internal',
    )
    .option(
      '--waves-by <label>',
      'waves follow this label, one value at a time: region, or region:eu,uk,us for an order',
    )
    .action((opts: MigrateOptions) => run(rolloutCommand, 'migrate', opts));
  rolloutOptions(program.command('rollback').description('take tenants down to a target: down migrations, or a backup'))
    .option('--from-backup', 'restore the newest backup at the target instead of running down migrations')
    .option('--backup <strategy>', 'back tenants up before down migrations change them: pg_dump or none')
    .action((opts: MigrateOptions) => run(rolloutCommand, 'rollback', opts));

  const rollout = program
    .command('rollout')
    .description('list, follow, pause, resume and abort rollouts (an id may be any unique prefix)');
  rollout
    .command('list')
    .description('recent rollouts, newest first: status, target, counts, age')
    .option('--limit <n>', 'at most N rollouts (default 20, at most 200)')
    .option('--status <status>', 'only rollouts in this status (running, paused, halted, succeeded, failed, cancelled)')
    .action((opts: { limit?: string; status?: string }) => run(rolloutListCommand, opts));
  rollout
    .command('status <id>')
    .description('counts per state and the failures of a rollout')
    .option('--wait', 'follow it until it finishes')
    .option('--timeout <duration>', 'with --wait: stop following after this long (90s, 5m, 1h), exit 1')
    .action((id: string, opts: { wait?: boolean; timeout?: string }) => run(rolloutStatusCommand, id, opts));
  rollout
    .command('pause <id>')
    .description('pause a rollout: queued runs wait, running runs finish')
    .action((id: string) => run(rolloutPauseCommand, id));
  rollout
    .command('resume <id>')
    .description("resume a paused or halted rollout, or retry a failed one's tenants (--retry-failed)")
    .option('--retry-failed', 'queue its failed tenants again (a finished, failed rollout: as a new rollout)')
    .option('--wait', 'follow it until it finishes')
    .option('--timeout <duration>', 'with --wait: stop following after this long (90s, 5m, 1h), exit 1')
    .action((id: string, opts: { retryFailed?: boolean; wait?: boolean; timeout?: string }) =>
      run(rolloutResumeCommand, id, opts),
    );

  selectorOptions(
    program
      .command('status')
      .description(
        "per tenant: its version (the ledger's record, checked; --live: its own table), pin or hold, and its last run",
      ),
  )
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
    .option('--server <id>', 'only tenants on this server (repeatable)', collect, [])
    .option('--live', LIVE_HELP)
    .action((opts: { platform: string[]; tenant: string[]; server: string[]; live?: boolean } & SelectorOptions) =>
      run(statusCommand, opts),
    );

  selectorOptions(program.command('gate'))
    .description(
      "exit 0 when every selected tenant of a platform is at or past a version, 1 when not: a deploy pipeline's check",
    )
    .option('--platform <id>', 'the platform whose tenants must be ready')
    .option('--at-least <version>', 'a migration name of the platform, a release, or latest')
    .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
    .option('--wait', 'read again every 2 s until the fleet is ready')
    .option('--timeout <duration>', 'with --wait: give up after this long (90s, 5m, 1h), exit 1')
    .action((opts: GateOptions) => run(gateCommand, opts));

  program
    .command('audit')
    .description('operator actions on the fleet, newest first: who, from where, what, how it ended')
    .option('--limit <n>', 'at most N entries (default 50, at most 1000)')
    .option('--actor <name>', 'only this actor')
    .option('--action <name>', "only this action (e.g. migrate, 'rollout abort', rollout)")
    .option('--since <duration>', 'only the last 90s, 5m, 2h, ... (at most 7 days)')
    .action((opts: AuditOptions) => run(auditCommand, opts));

  program
    .command('worker')
    .description('run a worker process until SIGTERM')
    .addOption(new Option('--concurrency <n>', 'runs at once in this process (default: worker.concurrency)'))
    .action((opts: { concurrency?: string }) => run(workerCommand, opts));
}
