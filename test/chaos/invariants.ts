import { expect } from 'chai';
import pg from 'pg';
import type { InvariantReport } from '@tenantry/core';
import type { Sandbox } from '../helpers/sandbox.js';

/**
 * The invariant checker of the chaos suite: the product's own `tenantry verify --invariants`
 * (versions, fingerprints, invalid indexes, orphan locks and runs, lost jobs, duplicate steps,
 * backups, compensations), run as a real CLI process, plus the fixture's canary: every
 * migration of test/fixtures/migrations/accounts inserts its own row into applied_steps, so a
 * step applied twice shows two rows (and a step undone shows none).
 */
export async function invariantViolations(
  sandbox: Sandbox,
  options: { rollout?: string; canaryPlatform?: string } = {},
): Promise<string[]> {
  const result = await sandbox.cli([
    'verify',
    '--invariants',
    '--json',
    ...(options.rollout ? ['--rollout', options.rollout] : []),
  ]);
  expect([0, 1], result.stderr).to.include(result.code);
  const report = JSON.parse(result.stdout) as InvariantReport;
  const found = report.violations.map(
    (v) => `${v.invariant}: ${v.platform ?? ''}/${v.tenant ?? ''} ${v.runId ?? ''} ${v.message}`,
  );
  expect(report.ok).to.equal(found.length === 0);
  expect(result.code).to.equal(report.ok ? 0 : 1);
  if (options.canaryPlatform) found.push(...(await canaryViolations(sandbox, options.canaryPlatform)));
  return found;
}

/** Asserts that every invariant holds. */
export async function assertInvariants(
  sandbox: Sandbox,
  options: { rollout?: string; canaryPlatform?: string } = {},
): Promise<void> {
  const found = await invariantViolations(sandbox, options);
  expect(found, found.slice(0, 20).join('\n')).to.deep.equal([]);
}

/** For each tenant: exactly one applied_steps row per migration its migrations table records, none for the others. */
export async function canaryViolations(sandbox: Sandbox, platform: string): Promise<string[]> {
  const tenants = await sandbox.ledger<{ tenant: string }>(
    'SELECT tenant FROM tenantry.tenants WHERE platform = $1 ORDER BY tenant',
    [platform],
  );
  const found: string[] = [];
  for (let i = 0; i < tenants.length; i += 100) {
    const chunk = tenants.slice(i, i + 100).map((t) => `tenant_${t.tenant}`);
    const withSteps = await sandbox.platform<{ schema: string }>(
      platform,
      `SELECT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'applied_steps' AND n.nspname = ANY($1::text[])`,
      [chunk],
    );
    if (withSteps.length === 0) continue;
    // plain scans only: the recorded names, and the canary rows counted per migration
    const union = withSteps
      .map(({ schema }) => {
        const s = pg.escapeIdentifier(schema);
        const literal = pg.escapeLiteral(schema);
        return `SELECT ${literal} AS schema, 'recorded' AS kind, split_part(name, '_', 1) AS step, 1 AS n FROM ${s}.pgmigrations
                UNION ALL SELECT ${literal}, 'applied', migration, count(*)::int FROM ${s}.applied_steps GROUP BY migration`;
      })
      .join(' UNION ALL ');
    const rows = await sandbox.platform<{ schema: string; kind: 'recorded' | 'applied'; step: string; n: number }>(
      platform,
      union,
    );
    const counts = new Map<string, { recorded: number; applied: number }>();
    for (const row of rows) {
      const key = `${row.schema}: ${row.step}`;
      const entry = counts.get(key) ?? { recorded: 0, applied: 0 };
      entry[row.kind] += row.n;
      counts.set(key, entry);
    }
    for (const [key, { recorded, applied }] of counts) {
      if (recorded !== 1 || applied !== 1)
        found.push(`duplicate-step: ${key} recorded ${recorded} time(s), applied ${applied} time(s)`);
    }
  }
  return found;
}
