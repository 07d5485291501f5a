// The result as one JSON object (printed last; alone with --json).
import { cpus } from 'node:os';
import type { BenchContext } from '../context.js';
import { disturbed } from '../support/cpu.js';
import type { Pair, Results } from '../results.js';
import { pairRatio, type Check, type RateRow, type Scaling } from './figures.js';

const pairJson = (base: string) => (p: Pair) => ({ [`${base}Seconds`]: p.baseMs / 1000, tenantrySeconds: p.tenantryMs / 1000, ratio: pairRatio(p) });

export function toJson(ctx: BenchContext, results: Results, rows: readonly RateRow[], checks: readonly Check[], scaling: readonly Scaling[]): unknown {
  const o = ctx.options;
  const e = results.enqueue;
  return {
    run: ctx.run,
    machine: { node: process.version, cpus: cpus().length },
    options: {
      tenants: o.tenants,
      workers: o.workerScaling ? o.workerCounts : o.workers,
      concurrency: o.concurrency,
      altConcurrency: o.altConcurrency,
      backup: o.backup,
      enqueue: o.enqueue,
      enqueueRepeat: o.enqueueRepeat,
      noop: o.noop,
      reconcile: o.reconcile,
      scale: o.scale,
      scaleDatabases: o.scaleDatabases,
      unstaged: o.unstaged,
      pairs: o.pairs,
    },
    results: rows.map((r) => ({
      mode: r.mode,
      key: r.key,
      tenants: r.tenants,
      connections: r.connections,
      seconds: r.seconds,
      tenantsPerSecond: r.tenantsPerSecond,
      msPerTenant: r.msPerTenant,
      cpuBusy: r.cpu?.busy,
      cpuSeconds: r.cpu?.seconds,
      disturbed: disturbed(r.cpu),
    })),
    tenantryDetails: results.details,
    enqueue: e
      ? {
          tenants: e.tenants,
          seconds: e.ms / 1000,
          samplesSeconds: e.samples.map((x) => x / 1000),
          nodeStartupSeconds: e.startupMs / 1000,
          netSeconds: e.netMs / 1000,
          phasesMs: e.phases,
          ledger: e.ledger,
        }
      : undefined,
    noop: results.noop
      ? {
          tenants: results.noop.tenants,
          seconds: results.noop.ms / 1000,
          samplesSeconds: results.noop.samples.map((x) => x / 1000),
          skipped: results.noop.skipped,
          jobsQueued: 0,
          recheckSeconds: results.noop.recheckMs / 1000,
          recheckRuns: results.noop.recheckRuns,
        }
      : undefined,
    workerScaling: scaling.length > 0 ? scaling : undefined,
    pairs: results.pairs?.map(pairJson('plain')),
    floorPairs: results.floorPairs?.map(pairJson('floor')),
    reconcile: results.reconcile,
    onboard: results.onboard,
    dbpt: results.dbpt,
    scale: results.scale,
    ddlEquivalent: results.equivalent,
    checks: checks.map((c) => ({ name: c.name, value: c.value, target: c.target, pass: c.pass })),
  };
}
