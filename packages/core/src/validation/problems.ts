/**
 * What `tenantry validate` finds, as data. Every problem has a stable code: scripts and CI match
 * on the code, people read the message. Codes never change meaning; retired codes are not reused.
 *
 * - TNT001…TNT010: lint rules on the SQL a migration's `up` produces (warnings; errors with strict;
 *   silenced, with a reason, by a `tenantry-lint-ignore` marker in the file: lint-ignore.ts)
 * - TNT1xx: the files themselves (names, order, loading, up/down)
 * - TNT2xx: the round trip (up, down to zero, up again) on a real PostgreSQL
 * - TNT3xx: the files against what the ledger says was applied (checksums, history)
 */
export const PROBLEM_CODES = {
  TNT001: 'destructive-change',
  TNT002: 'not-null-without-default',
  TNT003: 'index-without-concurrently',
  TNT004: 'concurrently-in-transaction',
  TNT005: 'type-change-rewrites-table',
  TNT006: 'volatile-default-rewrites-table',
  TNT007: 'constraint-checked-under-lock',
  TNT008: 'set-not-null-scans-table',
  TNT009: 'exclusive-lock-or-rewrite',
  TNT010: 'rename-breaks-running-code',
  TNT101: 'file-name',
  TNT102: 'duplicate-migration',
  TNT103: 'order',
  TNT104: 'ignored-entry',
  TNT111: 'load-failed',
  TNT112: 'up-missing',
  TNT113: 'down-missing',
  TNT114: 'lint-skipped',
  TNT115: 'down-inferred',
  TNT116: 'runaway',
  TNT201: 'round-trip-up-failed',
  TNT202: 'round-trip-down-failed',
  TNT203: 'round-trip-leftovers',
  TNT204: 'round-trip-not-repeatable',
  TNT205: 'round-trip-partial',
  TNT301: 'checksum-drift',
  TNT302: 'applied-file-missing',
  TNT303: 'inserted-before-applied',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;
export type LintCode =
  'TNT001' | 'TNT002' | 'TNT003' | 'TNT004' | 'TNT005' | 'TNT006' | 'TNT007' | 'TNT008' | 'TNT009' | 'TNT010';

/** A lint finding on one migration's `up`. TNT005 findings are candidates the round trip confirms. */
export interface LintFinding {
  code: LintCode;
  message: string;
  table?: string;
}
export type Severity = 'error' | 'warning' | 'info';

/** One migration set: the tenant or the shared migrations of one platform. */
export interface SetRef {
  platform: string;
  kind: 'tenant' | 'shared';
  dir: string;
}

export interface ValidationProblem {
  code: ProblemCode;
  /** the rule's name, for people (`destructive-change`) */
  rule: string;
  severity: Severity;
  platform: string;
  kind: SetRef['kind'];
  /** file name (with extension) when the problem is about one file */
  file?: string;
  message: string;
}

export function isLintCode(code: ProblemCode): code is LintCode {
  return /^TNT0[01]\d$/.test(code);
}

/** Builds problems for one set, so each call site only says what is wrong. */
export function problemsFor(set: SetRef) {
  const list: ValidationProblem[] = [];
  const add = (severity: Severity, code: ProblemCode, message: string, file?: string): void => {
    list.push({
      code,
      rule: PROBLEM_CODES[code],
      severity,
      platform: set.platform,
      kind: set.kind,
      ...(file ? { file } : {}),
      message,
    });
  };
  return {
    list,
    error: (code: ProblemCode, message: string, file?: string) => add('error', code, message, file),
    warning: (code: ProblemCode, message: string, file?: string) => add('warning', code, message, file),
    info: (code: ProblemCode, message: string, file?: string) => add('info', code, message, file),
  };
}

export type ProblemSink = ReturnType<typeof problemsFor>;
