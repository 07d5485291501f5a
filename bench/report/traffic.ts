// The report of `--traffic`: the application's latency before and during the rollout side by
// side, what the migrations made it wait, what the governor did, the held tenant's run, the
// checks; then the JSON.
import { cpus } from 'node:os';
import type { BenchContext } from '../context.js';
import { disturbed } from '../support/cpu.js';
import type { PhaseFigures, TrafficResult } from '../modes/traffic.js';
import type { LatencySummary } from '../support/latency.js';
import { TARGETS, type Target } from '../targets.js';
import type { Check } from './figures.js';
import { fmt, table } from './format.js';

export function trafficChecks(r: TrafficResult): Check[] {
  const out: Check[] = [];
  const check = (name: string, value: number, target: Target, unit = '') => out.push({ name, value, target: target.text, pass: Number.isFinite(value) ? target.pass(value) : null, unit });
  check(`application p99 during ÷ before (${fmt(r.during.p99Ms, 1)} / ${fmt(r.baseline.p99Ms, 1)} ms)`, r.during.p99Ms / r.baseline.p99Ms, TARGETS.appP99DuringOverBefore, '×');
  check(
    `longest application wait behind a migration ÷ lock budget (${fmt(r.blocked.maxMs, 0)} / ${r.settings.lockBudgetMs} ms)`,
    r.blocked.maxMs / r.settings.lockBudgetMs,
    TARGETS.appBlockedOverLockBudget,
    '×',
  );
  check('application errors (all phases)', r.baseline.errors + r.during.errors + r.after.errors, TARGETS.appErrors);
  check(`held tenant ${r.held.tenant} deferred or retried, not waited out (1 = yes)`, r.held.deferred ? 1 : 0, TARGETS.heldTenantDeferred);
  check(`held tenant ${r.held.tenant} finished after the hold ended (1 = yes)`, r.held.finishedAfterHold ? 1 : 0, TARGETS.heldTenantFinishedAfterHold);
  return out;
}

const phaseRow = (name: string, p: LatencySummary, cpu?: PhaseFigures['cpu']) => [
  name,
  p.ops,
  fmt(p.opsPerSecond, 0),
  p.errors,
  fmt(p.p50Ms, 1),
  fmt(p.p99Ms, 1),
  fmt(p.maxMs, 0),
  fmt(p.maxQueryMs, 0),
  cpu?.busy === undefined ? '-' : `${fmt(cpu.busy * 100, 0)}%${disturbed(cpu) ? ' DISTURBED' : ''}`,
];

/** What each phase's top 1% met: the held tenant, a tenant being migrated, or only the machine. */
function tailLines(r: TrafficResult): string[] {
  const line = (name: string, p: PhaseFigures) =>
    `    ${name}: ${p.tail.ops} operations ≥ ${fmt(p.tail.fromMs, 1)} ms: ${p.tail.held} on the held tenant, ${p.tail.migrating} on a tenant being migrated, ` +
    `${p.tail.elsewhere} elsewhere; ${p.tail.sentLate} of them waited most of their time before their query was sent (${p.tail.issuedLate} of those for the generator's own event loop, the rest for a connection)`;
  return ['  The top 1% of each phase, by what it met:', line('before', r.baseline), line('during', r.during), line('after', r.after)];
}

/** 3, 0.25, 10.2: a signal's value as sampled, without trailing zeros */
const value = (x: number) => String(Number(x.toFixed(2)));

/** What the governor did while the rollout ran: each server's budget and signals, then the deferrals. */
function governorLines(r: TrafficResult): string[] {
  const g = r.governor;
  if (!g.enabled) return ['  Governor: off (governor.enabled false in the config)'];
  const head =
    `  Governor (server_budgets read every ${g.readIntervalMs} ms while the rollout ran: ${g.reads} reads${g.failedReads > 0 ? `, ${g.failedReads} failed` : ''}; ` +
    `the governor samples every ${g.sampleIntervalMs} ms, maxBudget ${g.maxBudget}):`;
  const servers = g.servers.map((x) => {
    const strained = Object.entries(x.strained).map(([signal, n]) => `${signal} ×${n}`);
    const peaks = Object.entries(x.peaks).map(([signal, v]) => `${signal} ${value(v)}`);
    return (
      `    ${x.address}: ${x.samples} governor samples; budget max ${x.budget.max}, min ${x.budget.min}, below ${g.maxBudget} in ${x.budget.belowMax} sample(s); ` +
      `strained: ${strained.length > 0 ? strained.join(', ') : 'never'}; peaks: ${peaks.join(', ')}; ` +
      `${x.errors} sample error(s)${x.lastError ? ` (last: ${x.lastError.slice(0, 120)})` : ''}`
    );
  });
  const addressOf = (server: string) => g.servers.find((x) => x.server === server)?.address ?? server;
  const deferrals = g.deferrals.map((d) => `${d.reason}${d.server ? ` on ${addressOf(d.server)}` : ''} ×${d.count}`);
  const last = g.deferrals[0]?.detail;
  return [
    head,
    ...(servers.length > 0 ? servers : ['    no budget written while the rollout ran']),
    `    deferrals of the rollout: ${deferrals.length > 0 ? deferrals.join(', ') : 'none'}${last ? ` (the most frequent's last: ${last.slice(0, 160)})` : ''}`,
  ];
}

const relative = (at: number | undefined, from: number) => (at === undefined ? '-' : `${fmt((at - from) / 1000, 1)} s`);

function trafficText(r: TrafficResult, checks: readonly Check[]): string {
  const h = r.held;
  const s = r.settings;
  const errors = (p: LatencySummary) => Object.entries(p.errorsByCode).map(([code, count]) => `${code} ×${count}`);
  const allErrors = [...errors(r.baseline), ...errors(r.during), ...errors(r.after)];
  const drift = Math.max(r.after.p99Ms, r.baseline.p99Ms) / Math.min(r.after.p99Ms, r.baseline.p99Ms);
  const out = [
    '',
    `  The application: ${r.app.rate} operations/s (reads 70%, writes 30% of tenants' invoices) over ${r.app.connections} connections, ` +
      `${fmt(r.app.hotShare * 100, 0)}% of them on ${h.tenant} (the held tenant), the rest spread over ${r.tenants} tenants.`,
    '  Latency = from when the schedule meant the operation to start (waiting for a free connection counts) to its end; query = on its connection.',
    table(
      ['PHASE', 'OPS', 'OPS/s', 'ERRORS', 'p50 ms', 'p99 ms', 'max ms', 'max query ms', `CPU BUSY (${cpus().length} CPUs)`],
      [
        phaseRow(`before the rollout (${fmt(r.baseline.durationMs / 1000, 1)} s)`, r.baseline, r.baseline.cpu),
        phaseRow(`during the rollout (${fmt(r.during.durationMs / 1000, 1)} s)`, r.during, r.during.cpu),
        phaseRow(`  of which on ${h.tenant}`, h.app),
        phaseRow(`after the rollout (${fmt(r.after.durationMs / 1000, 1)} s)`, r.after, r.after.cpu),
      ],
      [1, 2, 3, 4, 5, 6, 7],
    ),
    ...tailLines(r),
    ...(allErrors.length > 0 ? [`  application errors: ${allErrors.join(', ')}`] : []),
    ...(drift > 1.5
      ? [`  NOISY: p99 after the rollout is ${fmt(drift, 1)}× apart from p99 before it, with no rollout in either: the machine's load moved, so the during ÷ before ratio moves with it.`]
      : []),
    '',
    `  Rollout: ${r.tenants} tenants (${r.workers} worker(s) × ${r.concurrency}), ${r.rollout.status}, ${JSON.stringify(r.rollout.counts)}, \`migrate --wait\` exit ${r.rollout.code}: ` +
      `${fmt(r.rollout.wallMs / 1000, 1)} s (${fmt(r.tenants / (r.rollout.wallMs / 1000), 1)} tenants/s); ledger first run start → last run end ${fmt(r.rollout.runsSpanMs / 1000, 1)} s ` +
      `(${fmt(r.tenants / (r.rollout.runsSpanMs / 1000), 1)} tenants/s); ${r.rollout.atLatest} tenants at latest afterwards`,
    `    \`migrate\` spawned at ${relative(r.rollout.spawnedAt, h.rolloutStart)}, the rollout in the ledger at ${relative(r.rollout.createdAt, h.rolloutStart)}, its first run started at 0.0 s; ` +
      `runs ${r.rollout.runs}: ${r.rollout.attempts} attempts, ${r.rollout.retriedRuns} run(s) retried, ${r.rollout.deferrals} deferral(s)` +
      (r.rollout.lockTimeouts === undefined ? '' : `; ${r.rollout.lockTimeouts} lock timeout(s) met by ${r.rollout.lockTimedOutRuns} run(s)`),
    ...governorLines(r),
    `  Lock settings: lock_timeout ${s.lockTimeoutMs === null ? "the role's" : `${s.lockTimeoutMs} ms`}; lock budget ${s.lockBudgetMs} ms` +
      `${Object.keys(s.platformConfig).length > 0 ? `; platform config ${JSON.stringify(s.platformConfig)}` : ''}${Object.keys(s.config).length > 0 ? `; config ${JSON.stringify(s.config)}` : ''}`,
    `  Held tenant ${h.tenant}: invoices held by an open transaction from ${relative(h.heldFrom, h.rolloutStart)} to ${relative(h.heldUntil, h.rolloutStart)} (${fmt(h.holdMs / 1000, 1)} s after the first run started); its run ${h.metHold ? 'met the hold' : 'came after the hold (the held-tenant checks say nothing)'}, ${h.status ?? 'not found'}, ` +
      `${h.attempts} attempt(s), ${h.deferrals} deferral(s)` +
      (h.lockTimeouts === undefined ? '' : `, ${h.lockTimeouts} lock timeout(s) (${fmt(h.lockWaitMs, 0)} ms lost to them and their pauses), ${h.lockDeferrals ?? 0} deferral(s) after its tries ran out`) +
      `; last attempt started at ${relative(h.startedAt, h.rolloutStart)}, finished at ${relative(h.finishedAt, h.rolloutStart)}`+
      `${h.error ? `; last error: ${h.error.slice(0, 160)}` : ''}`,
    `  Waits behind a migration (pg_stat_activity every ${r.blocked.intervalMs} ms, ${r.blocked.samples} samples${r.blocked.failedSamples > 0 ? `, ${r.blocked.failedSamples} lost to a broken connection` : ''}): ${r.blocked.queries} application quer${r.blocked.queries === 1 ? 'y' : 'ies'}, ` +
      `the longest ${fmt(r.blocked.maxMs, 0)} ms; a migration's statement waited up to ${fmt(r.blocked.migrationMaxWaitMs, 0)} ms for a lock. ` +
      `The generator's view: the longest query ${fmt(r.during.maxQueryMs, 0)} ms during the rollout, ${fmt(r.baseline.maxQueryMs, 0)} ms before.`,
    '',
    table(['CHECK', 'VALUE', 'TARGET', 'RESULT'], checks.map((c) => [c.name, `${fmt(c.value)}${c.unit}`, c.target, c.pass === null ? '-' : c.pass ? 'PASS' : 'MISS']), [1]),
    '',
  ];
  return `${out.join('\n')}\n`;
}

/** Prints the report (unless --json), then the result as one JSON object. */
export function reportTraffic(ctx: BenchContext, r: TrafficResult): void {
  const checks = trafficChecks(r);
  if (!ctx.options.json) process.stdout.write(trafficText(r, checks));
  const json = { run: ctx.run, machine: { node: process.version, cpus: cpus().length }, traffic: r, checks: checks.map((c) => ({ name: c.name, value: c.value, target: c.target, pass: c.pass })) };
  process.stdout.write(`${JSON.stringify(json, null, ctx.options.json ? 2 : 0)}\n`);
}
