// The figures the report derives from the raw results: per-row rates, worker scaling, checks.
import type { Row } from '../context.js';
import { disturbed } from '../support/cpu.js';
import { median } from '../support/stats.js';
import type { Pair, Results } from '../results.js';
import { TARGETS, type Target } from '../targets.js';
import { scaleChecks } from './scale.js';

export interface RateRow extends Row {
  seconds: number;
  tenantsPerSecond: number;
  msPerTenant: number;
}

export interface Check {
  name: string;
  value: number;
  target: string;
  /** null: no value to check */
  pass: boolean | null;
  unit: string;
}

export interface Scaling {
  workers: number;
  tenants: number;
  tenantsPerSecond: number;
  ledgerTenantsPerSecond: number;
  disturbed: boolean | undefined;
  ratio: number;
  ledgerRatio: number;
}

export function rateRows(rows: readonly Row[]): RateRow[] {
  return rows.map((r) => ({ ...r, seconds: r.ms / 1000, tenantsPerSecond: r.tenants / (r.ms / 1000), msPerTenant: r.ms / r.tenants }));
}

export const pairRatio = (p: Pair): number => p.tenantryMs / p.baseMs;

export function checks(results: Results, rows: readonly RateRow[]): Check[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: Check[] = [];
  const check = (name: string, value: number, target: Target, unit = '') => out.push({ name, value, target: target.text, pass: Number.isFinite(value) ? target.pass(value) : null, unit });
  const tenantry = byKey.get('tenantry');
  const plain = byKey.get('plain');
  if (results.pairs) check(`Tenantry ÷ plain SQL (wall, median of ${results.pairs.length} pairs)`, median(results.pairs.map(pairRatio)), TARGETS.tenantryOverPlain, '×');
  else if (tenantry && plain) check('Tenantry ÷ plain SQL (wall)', tenantry.ms / plain.ms, TARGETS.tenantryOverPlain, '×');
  if (results.floorPairs) {
    const tenants = byKey.get('floor')?.tenants;
    check(`Tenantry ÷ one-round-trip floor, ${tenants} tenants (wall, median of ${results.floorPairs.length} pairs)`, median(results.floorPairs.map(pairRatio)), TARGETS.tenantryOverFloor, '×');
  }
  const runner = byKey.get('runner');
  if (tenantry && runner) check('runner loop ÷ Tenantry (wall)', runner.ms / tenantry.ms, TARGETS.runnerOverTenantry, '×');
  const backup = byKey.get('backup');
  if (tenantry && backup) check('Tenantry + pg_dump ÷ Tenantry (wall)', backup.ms / tenantry.ms, TARGETS.backupOverTenantry, '×');
  const release = byKey.get('release');
  const releaseBackup = byKey.get('release-backup');
  if (release && releaseBackup) check('release of 3 platforms, + pg_dump ÷ without (wall)', releaseBackup.ms / release.ms, TARGETS.releaseBackupOverRelease, '×');
  if (results.enqueue) check(`enqueue ${results.enqueue.tenants} runs (CLI wall, median)`, results.enqueue.ms / 1000, TARGETS.enqueueSeconds, ' s');
  if (results.noop) check(`deploy of ${results.noop.tenants} tenants all at target, no job queued (CLI wall, median)`, results.noop.ms / 1000, TARGETS.noopDeploySeconds, ' s');
  for (const p of results.reconcile?.passes ?? []) check(`reconciler pass, ${results.reconcile?.runs} unfinished runs, ${p.name}`, p.ms / 1000, TARGETS.reconcilePassSeconds, ' s');
  const details = Object.values(results.details); // every Tenantry mode: its rows line up with results.rows
  if (details.length > 0) check('worker max RSS', Math.max(...details.map((d) => d.maxRssMb)), TARGETS.workerMaxRssMb, ' MB');
  const long = results.onboard?.sets.at(-1);
  if (long) check(`replay ÷ onboarding, ${long.migrations} migrations (median of ${results.onboard!.repeat})`, long.ratio, TARGETS.replayOverOnboard, '×');
  for (const c of scaleChecks(results.scale ?? [])) check(c.name, c.value, c.target, c.unit);
  return out;
}

/** Throughput per worker count, against the first (normally 1 worker): CLI wall and ledger span. */
export function workerScaling(results: Results, rows: readonly RateRow[]): Scaling[] {
  const scaling = rows
    .filter((r) => r.key.startsWith('workers-'))
    .map((r) => ({
      workers: Number(r.key.slice('workers-'.length)),
      tenants: r.tenants,
      tenantsPerSecond: r.tenantsPerSecond,
      ledgerTenantsPerSecond: r.tenants / ((results.details[r.key]?.runsSpanMs ?? Number.NaN) / 1000),
      disturbed: disturbed(r.cpu),
    }));
  const first = scaling[0];
  return scaling.map((s) => ({ ...s, ratio: s.tenantsPerSecond / (first?.tenantsPerSecond ?? Number.NaN), ledgerRatio: s.ledgerTenantsPerSecond / (first?.ledgerTenantsPerSecond ?? Number.NaN) }));
}
