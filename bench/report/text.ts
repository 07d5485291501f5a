// The human report: the table of modes, the CPU each cost, each mode's own figures, the checks.
import { cpus } from 'node:os';
import type { BenchContext } from '../context.js';
import { disturbed } from '../support/cpu.js';
import type { Pair, Results } from '../results.js';
import { UNSTAGED_FLAGS, schemaOf } from '../workload.js';
import { pairRatio, type Check, type RateRow, type Scaling } from './figures.js';
import { dbptLines } from './dbpt.js';
import { fmt, table } from './format.js';
import { scaleLines } from './scale.js';

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function modeTable(rows: readonly RateRow[]): string[] {
  const out = [
    table(
      ['MODE', 'TENANTS', 'CONNS', 'WALL s', 'TENANTS/s', 'ms/TENANT', 'CPU BUSY'],
      rows.map((r) => [r.mode, r.tenants, r.connections, fmt(r.seconds), fmt(r.tenantsPerSecond, 1), fmt(r.msPerTenant), r.cpu?.busy === undefined ? '-' : `${fmt(r.cpu.busy * 100, 0)}%`]),
      [1, 2, 3, 4, 5, 6],
    ),
  ];
  out.push(`  CPU BUSY = share of all ${cpus().length} CPUs of this machine in use during the timed phase (PostgreSQL, Redis and Node together).`);
  out.push('  CPU ms per tenant, by process (what each way of migrating costs the machine; "other" = kernel + anything else running):');
  for (const r of rows) {
    if (!r.cpu) continue;
    const parts = Object.entries(r.cpu.seconds)
      .filter(([, v]) => v > 0.005)
      .map(([k, v]) => `${k} ${fmt((v * 1000) / r.tenants, 1)}`);
    const total = sum(Object.values(r.cpu.seconds));
    // other processes taking a large share of the CPU make the row's timing unreliable
    const flag = disturbed(r.cpu) ? `  << DISTURBED: ${fmt((100 * r.cpu.seconds.other) / total, 0)}% of the CPU went elsewhere` : '';
    out.push(`    ${`${r.mode} ×${r.tenants}`.padEnd(36)} ${fmt((total * 1000) / r.tenants, 1).padStart(6)} ms  (${parts.join(', ')})${flag}`);
  }
  out.push('  CONNS = connections to the tenant database (Tenantry workers also hold control-database and Redis connections).');
  return out;
}

function tenantryLines(ctx: BenchContext, results: Results, rows: readonly RateRow[]): string[] {
  const unstaged = ctx.options.unstaged;
  const out = [
    `  Tenantry wall = \`tenantry migrate --to latest --wait${unstaged ? ` ${UNSTAGED_FLAGS.join(' ')}` : ''}\` spawn → exit, including Node start-up and the --wait poll` +
      (unstaged ? '.' : ' (staged: the default canary and waves).'),
  ];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const [key, d] of Object.entries(results.details)) {
    const row = byKey.get(key);
    if (!d.ledgerCost || !row) continue; // the release modes: their own line below
    out.push(
      `  ${row.mode} ×${row.tenants}: ledger rollout ${fmt((d.rolloutMs ?? Number.NaN) / 1000)} s (first run start → last run end ${fmt((d.runsSpanMs ?? Number.NaN) / 1000)} s), ` +
        `avg run ${fmt(d.avgRunMs)} ms${d.avgGapMs === undefined ? '' : ` + ${fmt(d.avgGapMs)} ms between runs`}; runs per worker ${d.workers.map((x) => x.runs).join('/')}; ` +
        `worker CPU ${d.workers.map((x) => fmt(x.cpuSeconds, 1)).join('/')} s; ` +
        `RSS idle ${d.workers.map((x) => fmt(x.idleRssMb, 0)).join('/')} MB, max ${d.workers.map((x) => fmt(x.maxRssMb, 0)).join('/')} MB`,
    );
    const l = d.ledgerCost;
    out.push(
      `    per tenant: control database (ledger) ${fmt(l.control.activeMs)} ms of statements, ${fmt(l.control.xacts, 1)} transactions, ${fmt(l.control.rowsWritten, 1)} rows written; ` +
        `tenant database ${fmt(l.tenantDb.activeMs)} ms of statements; ledger size ${fmt(l.size.rows / row.tenants, 1)} rows, ${fmt(l.size.bytes / row.tenants, 0)} bytes`,
    );
  }
  return out;
}

function backupLines(results: Results, rows: readonly RateRow[]): string[] {
  const out: string[] = [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const b = results.details.backup?.backups;
  if (b) {
    const without = results.details.tenantry;
    out.push(
      `  pg_dump backups (${byKey.get('backup')?.mode}): ${b.backedUp} tenants in ${b.dumps} dump files (${fmt(b.dumpBytes / 1048576, 1)} MB); ` +
        `${b.batched.tenants} batched before their runs by ${b.batched.jobs} backup-batch jobs (${fmt(b.batched.msPerJob, 0)} ms each), ` +
        `${b.inRun.tenants} taken inside their run, one pg_dump each (${fmt(b.inRun.msPerTenant, 0)} ms each)`,
    );
    out.push(
      `    worker time per tenant: backup ${fmt(b.backupMsPerTenant, 1)} ms beside migration ${fmt(b.migrationMsPerTenant, 1)} ms (the same rollout's runs net of their backup)` +
        (without ? `; without backups a run takes ${fmt(without.avgRunMs, 1)} ms` : ''),
    );
    const p = b.probe;
    if (p) {
      out.push(
        `    ${p.program}${p.script ? ' (a script wrapper)' : ''} alone on this database (${p.schemasInDatabase} tenant schemas): the process (\`--version\`) ${fmt(p.versionMs, 0)} ms, ` +
          `1 schema ${fmt(p.oneSchemaMs, 0)} ms, ${p.batchSchemas} schemas ${fmt(p.batchMs, 0)} ms (${fmt(p.msPerExtraSchema, 1)} ms per extra schema)`,
      );
    }
  }
  const dumps = results.details['release-backup']?.dumps;
  if (dumps) {
    const parts = Object.entries(dumps).map(([p, d]) => `${p} ${d.backedUp} tenants in ${d.files} dump files (${d.inRun} inside their run)`);
    out.push(`  pg_dump backups of the release (${byKey.get('release-backup')?.mode}): ${parts.join('; ')}`);
  }
  return out;
}

function scalingLines(scaling: readonly Scaling[]): string[] {
  const first = scaling[0];
  if (!first) return [];
  const out = ['  Throughput per worker count (tenants/s; CLI = spawn → exit of `migrate --wait`, ledger = first run start → last run end):'];
  for (const s of scaling) {
    out.push(
      `    W=${String(s.workers).padEnd(3)} CLI ${fmt(s.tenantsPerSecond, 1).padStart(6)} (×${fmt(s.ratio)} of W=${first.workers})   ledger ${fmt(s.ledgerTenantsPerSecond, 1).padStart(6)} (×${fmt(s.ledgerRatio)})` +
        (s.disturbed ? '  << DISTURBED' : ''),
    );
  }
  return out;
}

function enqueueLines(results: Results): string[] {
  const e = results.enqueue;
  if (!e) return [];
  const ph = e.phases;
  const lg = e.ledger;
  const size = lg.size;
  return [
    `  enqueue ${e.tenants}: CLI wall ${fmt(e.ms / 1000)} s (median of ${e.samples.map((x) => fmt(x / 1000)).join(', ')}), ` +
      `Node start-up (\`--help\`) ${fmt(e.startupMs / 1000)} s, net ${fmt(e.netMs / 1000)} s`,
    `    phases (median): spawn → ledger transaction ${fmt(ph.toLedgerMs / 1000)} s, ledger write ${fmt(ph.ledgerWriteMs / 1000)} s (${fmt((ph.ledgerWriteMs * 1000) / e.tenants, 1)} µs/tenant), ` +
      `addBulk → exit ${fmt(ph.queueMs / 1000)} s (${fmt((ph.queueMs * 1000) / e.tenants, 1)} µs/tenant)`,
    `    ledger per tenant: ${fmt(lg.perTenant.activeMs * 1000, 1)} µs of statements on the control database, ${fmt(lg.perTenant.rowsWritten, 2)} rows written; ` +
      (size
        ? `size ${fmt(size.rows / e.tenants, 2)} rows, ${fmt(size.bytes / e.tenants, 0)} bytes (${Object.entries(size.tables)
            .map(([k, v]) => `${k} ${fmt(v.bytes / e.tenants, 0)}`)
            .join(', ')})`
        : 'size -'),
  ];
}

function noopLines(results: Results): string[] {
  const d = results.noop;
  if (!d) return [];
  return [
    `  deploy of ${d.tenants} tenants all at target: ${fmt(d.ms / 1000)} s (median of ${d.samples.map((x) => fmt(x / 1000)).join(', ')}), ${d.skipped} skipped, no job queued; ` +
      `the same deploy with --recheck: ${fmt(d.recheckMs / 1000)} s (${d.recheckRuns} runs, each a no-op), ${fmt(d.recheckMs / d.ms, 1)}× as long`,
  ];
}

function reconcileLines(results: Results): string[] {
  const r = results.reconcile;
  if (!r) return [];
  return [
    `  reconciler, ${r.runs} unfinished runs (half \`running\` on a dead worker): ` +
      r.passes.map((p) => `${p.name} ${fmt(p.ms, 0)} ms (revived ${p.revived}, requeued ${p.requeued}, checked ${p.checked})`).join('; '),
    `    CPU ms of each pass: ${r.passes
      .map(
        (p) =>
          `${p.name}: ${Object.entries(p.cpuSeconds)
            .filter(([k, v]) => v > 0.005 && k !== 'other')
            .map(([k, v]) => `${k === 'bench' ? 'reconciler (Node)' : k} ${fmt(v * 1000, 0)}`)
            .join(', ')}`,
      )
      .join('; ')}`,
  ];
}

function onboardLines(results: Results): string[] {
  const o = results.onboard;
  if (!o) return [];
  return [
    `  creating one tenant at latest (median of ${o.repeat}): replay = a run from nothing, in the worker; onboarding = \`onboardTenants\` renaming the copy kept ready;`,
    '    copy = the same with none ready (the template\'s script runs); cold = the first, which builds and dumps the template',
    ...o.sets.map(
      (s) =>
        `    ${s.name} (${s.migrations} migrations): replay ${fmt(s.replayMs, 0)} ms, onboarding ${fmt(s.onboardMs, 0)} ms (${fmt(s.ratio, 1)}× faster), ` +
        `copy ${fmt(s.copyMs, 0)} ms (${fmt(s.copyRatio, 1)}×), cold ${fmt(s.coldMs, 0)} ms`,
    ),
  ];
}

const pairsLine = (what: string, pairs: readonly Pair[] | undefined) =>
  pairs ? [`  pairs (${what} / Tenantry, in turns): ${pairs.map((p) => `${fmt(p.baseMs / 1000)} / ${fmt(p.tenantryMs / 1000)} s = ${fmt(pairRatio(p))}×`).join(', ')}`] : [];

export function toText(ctx: BenchContext, results: Results, rows: readonly RateRow[], checks: readonly Check[], scaling: readonly Scaling[]): string {
  const out = [
    '',
    ...modeTable(rows),
    ...tenantryLines(ctx, results, rows),
    ...backupLines(results, rows),
    ...scalingLines(scaling),
    ...enqueueLines(results),
    ...noopLines(results),
    ...reconcileLines(results),
    ...onboardLines(results),
    ...dbptLines(results),
    ...scaleLines(results.scale),
    ...pairsLine('plain SQL', results.pairs),
    ...pairsLine('one-round-trip floor', results.floorPairs),
  ];
  if (results.equivalent !== undefined) out.push(`  DDL equivalence (catalog fingerprint of ${schemaOf('t00001')} across modes): ${results.equivalent ? 'identical' : 'DIFFERENT'}`);
  out.push('');
  out.push(table(['CHECK', 'VALUE', 'TARGET', 'RESULT'], checks.map((c) => [c.name, `${fmt(c.value)}${c.unit}`, c.target, c.pass === null ? '-' : c.pass ? 'PASS' : 'MISS']), [1]));
  out.push('');
  return `${out.join('\n')}\n`;
}
