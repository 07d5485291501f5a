import type { LintCode } from './problems.js';

/** The marker, in any comment of a migration file: `tenantry-lint-ignore TNT003, TNT008: why it is safe here`. */
const MARKER = /tenantry-lint-ignore\s+(TNT\d{3}(?:\s*,\s*TNT\d{3})*)\s*(?::\s*(.*?))?\s*(?:\*\/.*)?$/gm;

/** What a migration file silences, each code with its reason; and codes named without a reason (not silenced). */
export interface LintIgnores {
  reasons: Map<string, string>;
  unexplained: Set<string>;
}

/**
 * The lint findings a migration's author has looked at and accepted: a marker in the file names
 * the codes and says why (a table known to be small, a lock wanted on purpose). A silenced
 * finding is still listed, as info with the reason, so a reviewer sees it; a marker without a
 * reason silences nothing.
 */
export function lintIgnoresIn(source: string): LintIgnores {
  const reasons = new Map<string, string>();
  const unexplained = new Set<string>();
  for (const match of source.matchAll(MARKER)) {
    const codes = match[1]!.split(',').map((c) => c.trim());
    const reason = match[2]?.trim();
    for (const code of codes) {
      if (reason) reasons.set(code, reason);
      else unexplained.add(code);
    }
  }
  return { reasons, unexplained };
}

/** How a finding of `code` is reported under these markers. */
export function ignoreOf(
  ignores: LintIgnores,
  code: LintCode,
): { silenced: true; reason: string } | { silenced: false; note: string } {
  const reason = ignores.reasons.get(code);
  if (reason !== undefined) return { silenced: true, reason };
  return {
    silenced: false,
    note: ignores.unexplained.has(code)
      ? ` (its tenantry-lint-ignore marker has no reason, so it silences nothing: tenantry-lint-ignore ${code}: why)`
      : '',
  };
}
