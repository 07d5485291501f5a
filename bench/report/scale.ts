// The scale mode's report: each step at both sizes, how its cost grows, and its checks.
import type { ScaleFigures, ScaleStep } from '../modes/scale.js';
import { TARGETS, type Target } from '../targets.js';
import { fmt, table } from './format.js';

export interface ScaleGrowth {
  layout: string;
  step: string;
  work: ScaleStep['work'];
  small: ScaleStep & { tenants: number };
  large: ScaleStep & { tenants: number };
  /** 'fleet' steps: ms/tenant large ÷ small; 'one' steps: ms large ÷ small */
  growth: number;
}

/** Each layout's two fleets, step by step (the small one first). */
export function scaleGrowth(figures: readonly ScaleFigures[]): ScaleGrowth[] {
  const out: ScaleGrowth[] = [];
  for (const layout of new Set(figures.map((f) => f.layout))) {
    const [small, large] = figures.filter((f) => f.layout === layout).sort((a, b) => a.tenants - b.tenants);
    if (!small || !large) continue;
    for (const l of large.steps) {
      const key = l.step.replace(/×\d+/, '×N');
      const s = small.steps.find((x) => x.step.replace(/×\d+/, '×N') === key);
      if (!s) continue;
      const growth = l.work === 'fleet' ? l.ms / large.tenants / (s.ms / small.tenants) : l.ms / s.ms;
      out.push({ layout, step: key, work: l.work, small: { ...s, tenants: small.tenants }, large: { ...l, tenants: large.tenants }, growth });
    }
  }
  return out;
}

export interface ScaleCheck {
  name: string;
  value: number;
  target: Target;
  unit: string;
}

export function scaleChecks(figures: readonly ScaleFigures[]): ScaleCheck[] {
  const out: ScaleCheck[] = [];
  const largest = new Map<string, ScaleFigures>();
  for (const f of figures) if ((largest.get(f.layout)?.tenants ?? -1) < f.tenants) largest.set(f.layout, f);
  for (const f of largest.values()) {
    const at = `${f.layout} ×${f.tenants}`;
    for (const s of f.steps) {
      if (s.target === 'enqueue') out.push({ name: `${at}: ${s.step}`, value: s.ms / 1000, target: TARGETS.scaleEnqueueSeconds, unit: ' s' });
      if (s.target === 'read') out.push({ name: `${at}: ${s.step}`, value: s.ms / 1000, target: TARGETS.scaleReadSeconds, unit: ' s' });
      if (s.target === 'reconcile') out.push({ name: `${at}: ${s.step}`, value: s.ms / 1000, target: TARGETS.scaleReconcilePassSeconds, unit: ' s' });
    }
    const cli = f.steps.filter((s) => s.kind === 'cli');
    const heaviest = cli.reduce<ScaleStep | undefined>((a, b) => ((a?.rssMb ?? -1) >= (b.rssMb ?? -1) ? a : b), undefined);
    if (heaviest) out.push({ name: `${at}: CLI peak RSS (${heaviest.step})`, value: heaviest.rssMb ?? Number.NaN, target: TARGETS.cliMaxRssMb, unit: ' MB' });
    out.push({ name: `${at}: worker peak RSS`, value: f.workerMaxRssMb, target: TARGETS.workerMaxRssMb, unit: ' MB' });
  }
  for (const g of scaleGrowth(figures)) {
    const how = g.work === 'fleet' ? 'ms/tenant' : 'ms';
    out.push({ name: `${g.layout}: ${g.step}, ${how} ×${g.large.tenants} ÷ ×${g.small.tenants}`, value: g.growth, target: TARGETS.scaleGrowth, unit: '×' });
  }
  return out;
}

export function scaleLines(figures: readonly ScaleFigures[] | undefined): string[] {
  if (!figures || figures.length === 0) return [];
  const out = [
    '',
    "  Scale: one platform, every step timed on its own (CLI = spawn → exit, RSS = the process's peak, every thread;",
    "  CPU = the CLI's (or the workers') own CPU seconds at the large size: on a loaded machine the wall stretches, the CPU hardly):",
  ];
  const growth = scaleGrowth(figures);
  for (const layout of new Set(figures.map((f) => f.layout))) {
    const rows = growth.filter((g) => g.layout === layout);
    const [small, large] = figures.filter((f) => f.layout === layout).sort((a, b) => a.tenants - b.tenants);
    if (!small || !large) continue;
    out.push(
      table(
        ['STEP', `×${small.tenants} s`, 'RSS MB', `×${large.tenants} s`, 'CPU s', 'RSS MB', 'ms/TENANT', 'GROWTH'],
        rows.map((g) => [
          `${layout}: ${g.step}`,
          fmt(g.small.ms / 1000),
          fmt(g.small.rssMb, 0),
          fmt(g.large.ms / 1000),
          fmt(g.large.cpuSeconds),
          fmt(g.large.rssMb, 0),
          g.work === 'fleet' ? fmt(g.large.ms / g.large.tenants, 3) : '-',
          `${fmt(g.growth)}× ${g.work === 'fleet' ? 'per tenant' : 'total'}`,
        ]),
        [1, 2, 3, 4, 5, 6, 7],
      ),
    );
    for (const f of [small, large]) {
      const tables = Object.entries(f.ledgerTables)
        .filter(([, t]) => t.bytes > 0)
        .map(([name, t]) => `${name} ${fmt(t.bytes / f.tenants, 0)}`)
        .join(', ');
      out.push(`  ${layout} ×${f.tenants}: ledger ${fmt(f.ledgerBytes / f.tenants, 0)} bytes per tenant (${tables}); the whole mode took ${fmt(f.totalMs / 60_000, 1)} min`);
    }
  }
  return out;
}
