import type { ControlDb } from '../ledger/control-db.js';
import type { ScannedSet } from './file-scan.js';
import type { ProblemSink } from './problems.js';

/** A migration the ledger says is applied now: the last applied step per tenant was its `up`. */
export interface AppliedMigration {
  platform: string;
  /** whose history: the platform's shared schema, or its tenants' */
  scope: 'shared' | 'tenant';
  migration: string;
  /** sha256 the runs recorded (null for steps recorded without one) */
  checksum: string | null;
  tenants: number;
}

/**
 * What the ledger says is applied now, per (platform, scope, migration, checksum): for each tenant
 * (or the shared schema) and migration, its latest applied step across all runs; those that are an
 * `up` count. A file rolled back everywhere and then edited is therefore not drift; one still
 * applied somewhere is. Shared runs and tenant runs come from different folders, so the scope is
 * kept apart: each is compared with its own set.
 */
export async function readAppliedMigrations(db: ControlDb, platforms: readonly string[]): Promise<AppliedMigration[]> {
  const { rows } = await db.pool.query<AppliedMigration>(
    `SELECT platform, scope, migration, checksum, count(*)::int AS tenants FROM (
       SELECT DISTINCT ON (r.platform, r.scope, r.tenant, s.migration) r.platform, r.scope, s.migration, s.direction, s.checksum
       FROM ${db.table('runs')} r
       CROSS JOIN LATERAL jsonb_to_recordset(r.steps) AS s(migration text, direction text, status text, checksum text)
       WHERE r.platform = ANY($1::text[]) AND s.status = 'applied'
       ORDER BY r.platform, r.scope, r.tenant, s.migration, r.finished_at DESC NULLS LAST, r.queued_at DESC
     ) latest
     WHERE direction = 'up'
     GROUP BY platform, scope, migration, checksum
     ORDER BY platform, scope, migration`,
    [platforms],
  );
  return rows;
}

const short = (sum: string) => sum.slice(0, 12);

/**
 * The files of a tenant set against what is applied: an applied file edited since (TNT301,
 * drift), an applied migration whose file is gone (TNT302), and a new file that sorts before
 * migrations tenants already have (TNT303: those tenants would fail checkOrder).
 */
export function checkAgainstLedger(set: ScannedSet, applied: readonly AppliedMigration[], problems: ProblemSink): void {
  const files = new Map(set.files.map((f, i) => [f.name, { file: f, index: i }]));
  const byMigration = new Map<string, AppliedMigration[]>();
  for (const a of applied) byMigration.set(a.migration, [...(byMigration.get(a.migration) ?? []), a]);

  const where = (r: { scope: AppliedMigration['scope']; tenants: number }) =>
    r.scope === 'shared' ? 'the shared schema' : `${r.tenants} tenant(s)`;
  let lastApplied = -1;
  for (const [migration, records] of byMigration) {
    const found = files.get(migration);
    const tenants = records.reduce((sum, r) => sum + r.tenants, 0);
    if (!found) {
      problems.error(
        'TNT302',
        `${migration} is applied on ${where({ scope: records[0]!.scope, tenants })} but has no file in ${set.dir}: it cannot be rolled back past it`,
      );
      continue;
    }
    lastApplied = Math.max(lastApplied, found.index);
    for (const record of records) {
      if (record.checksum && record.checksum !== found.file.checksum) {
        problems.error(
          'TNT301',
          `${found.file.file} was edited after it was applied: ${where(record)} ran sha256 ${short(record.checksum)}…, the file is now ${short(found.file.checksum)}… (drift: put the change in a new migration)`,
          found.file.file,
        );
      }
    }
  }
  const appliedNames = new Set(byMigration.keys());
  for (let i = 0; i < lastApplied; i++) {
    const f = set.files[i]!;
    if (appliedNames.has(f.name)) continue;
    const later = set.files.slice(i + 1, lastApplied + 1).find((g) => appliedNames.has(g.name))!;
    problems.error(
      'TNT303',
      `${f.file} is applied on no tenant but sorts before ${later.name}, which tenants already have: their runs would fail node-pg-migrate's order check; give it a later timestamp`,
      f.file,
    );
  }
}
