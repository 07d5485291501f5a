import { hostname, userInfo } from 'node:os';
import { AuditLog, errorMessage, redactSecrets, type AuditActor, type AuditOutcome } from '@tenantry/core';
import type { CliContext } from './context.js';

/** The commands that act on the fleet: each run of one that reached the ledger is audited. */
const AUDITED = new Set([
  'init',
  'migrate',
  'rollback',
  'rollout pause',
  'rollout resume',
  'rollout abort',
  'backups restore',
  'backups prune',
  'locks cleanup',
  'tenants add',
  'tenants remove',
  'tenants label',
  'tenants pin',
  'tenants unpin',
  'tenants hold',
  'tenants release',
  'tenants adopt',
]);

export function isAudited(command: string, args: readonly string[]): boolean {
  return AUDITED.has(command) && !args.includes('--dry-run');
}

/**
 * Who runs the CLI: `TENANTRY_ACTOR` when set (a CI/CD pipeline names itself, or the person who
 * triggered it), else the OS user; from this host.
 */
export function cliActor(env: NodeJS.ProcessEnv): AuditActor {
  let user = env.TENANTRY_ACTOR?.trim();
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = env.USER ?? 'unknown';
    }
  }
  return { actor: user.slice(0, 200), source: 'cli', origin: hostname() };
}

/** The arguments as typed, without the config path and with any secret redacted. */
function shownArgs(args: readonly string[]): string[] {
  const shown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--config') i++;
    else if (!args[i]!.startsWith('--config=')) shown.push(redactSecrets(args[i]!).slice(0, 500));
  }
  return shown;
}

function outcomeOf(exitCode: number): AuditOutcome {
  if (exitCode === 0) return 'ok';
  return exitCode === 2 ? 'refused' : 'failed';
}

/**
 * Appends the command's entry to the audit trail. An entry that cannot be written (an older
 * control schema, the database gone) is said on stderr; it never changes the command's exit code.
 */
export async function recordCliAction(
  ctx: CliContext,
  command: string,
  args: readonly string[],
  exitCode: number,
  error: unknown,
): Promise<void> {
  if (!isAudited(command, args) || !ctx.reachedLedger) return;
  try {
    await new AuditLog(ctx.control).record({
      ...cliActor(ctx.env),
      action: command,
      target: ctx.audit.target ?? null,
      outcome: outcomeOf(exitCode),
      details: {
        args: shownArgs(args),
        exitCode,
        ...(error === undefined ? {} : { error: redactSecrets(errorMessage(error)).slice(0, 1000) }),
      },
    });
  } catch (failure) {
    process.stderr.write(
      `tenantry: warning: this action is not in the audit trail: ${redactSecrets(errorMessage(failure)).slice(0, 300)}${/audit/.test(errorMessage(failure)) ? ' (run `tenantry init` to upgrade the control schema)' : ''}\n`,
    );
  }
}
