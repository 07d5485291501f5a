import type { Command } from 'commander';
import { InvalidInput, validateMigrations, type ValidationProblem, type ValidationReport } from '@tenantry/core';
import type { CliContext } from '../context.js';
import { collect, printJson, printLine, printTable } from '../output.js';
import type { Runner } from './registry.js';
import { verifyCommand, type VerifyOptions } from './verify.js';
import { selectorOptions } from '../selection.js';
import { invariantsCommand } from './invariants.js';

export interface ValidateOptions {
  platform: string[];
  databaseUrl?: string;
  strict?: boolean;
}

/** `tenantry validate`: migration files before they ship. Exit 1 on any error, 0 when clean. */
export async function validateCommand(ctx: CliContext, options: ValidateOptions): Promise<number> {
  if (options.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    throw new InvalidInput('--database-url must be a postgres:// connection string');
  }
  const config = ctx.config;
  const redis = config.redis;
  const report = await validateMigrations(config, {
    platforms: options.platform,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    strict: options.strict === true,
    control: ctx.control,
    ...(redis ? { pingQueue: async () => (await import('@tenantry/queue')).assertRedisReachable(redis) } : {}),
    logger: ctx.logger,
  });
  if (ctx.json) printJson(report);
  else printReport(report);
  return report.exitCode;
}

const LABEL: Record<ValidationProblem['severity'], string> = { error: 'error  ', warning: 'warning', info: 'note   ' };

function printReport(report: ValidationReport): void {
  for (const set of report.sets) {
    printLine(
      `${set.platform} ${set.kind} migrations (${set.migrations}, ${set.dir}): round trip ${set.roundTrip.status}: ${set.roundTrip.detail}`,
    );
    for (const p of report.problems.filter((q) => q.platform === set.platform && q.kind === set.kind)) {
      printLine(`  ${LABEL[p.severity]} ${p.code} ${p.message}`);
    }
  }
  printLine(`checksums: ${report.checksums.status}: ${report.checksums.detail}`);
  if (report.readiness.length > 0) {
    printLine(`readiness${report.strict ? '' : ' (reported; decides the exit code only with --strict)'}:`);
    printTable(
      ['  CHECK', 'STATUS', 'DETAIL'],
      report.readiness.map((r) => [`  ${r.name}`, r.status, r.detail]),
    );
  }
  const { errors, warnings } = report.counts;
  printLine(`validate: ${errors} error(s), ${warnings} warning(s)${report.ok ? '' : ' — not ready to ship'}`);
}

/** `validate` and `verify`: migration files before a rollout, tenant schemas after. */
export function registerValidation(program: Command, run: Runner): void {
  program
    .command('validate')
    .description(
      'check migration files: names, up/down, syntax, lint, a round trip, drift against the ledger; and readiness',
    )
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option(
      '--database-url <url>',
      'run round trips in a throwaway database on this server (default: PGlite in process)',
    )
    .option('--strict', 'lint warnings and readiness failures are errors too')
    .action((opts: ValidateOptions) => run(validateCommand, opts));

  selectorOptions(program.command('verify'))
    .description("compare each tenant's live schema with the reference of its version; exit 1 on drift")
    .option('--platform <id>', 'only this platform (repeatable)', collect, [])
    .option('--tenant <id>', 'only this tenant (repeatable)', collect, [])
    .option(
      '--invariants',
      "check Tenantry's invariants instead: versions, fingerprints, indexes, locks, runs, queue, backups; exit 1 on any violation",
    )
    .option('--rollout <id>', 'with --invariants: only the tenants and runs of this rollout')
    .action((opts: VerifyOptions & { invariants?: boolean; rollout?: string }) => {
      if (opts.invariants || opts.rollout !== undefined) return run(invariantsCommand, opts);
      return run(verifyCommand, opts);
    });
}
