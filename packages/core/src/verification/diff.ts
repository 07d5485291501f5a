import type { SchemaFingerprint } from './fingerprint.js';

/** One way a live schema differs from its reference. `object` is like `index invoices_customer_id_index`. */
export interface SchemaDifference {
  kind: 'missing' | 'extra' | 'changed';
  object: string;
  /** the reference's definition (missing, changed) */
  expected?: string;
  /** the live definition (extra, changed) */
  actual?: string;
}

const KIND_ORDER = ['table', 'column', 'constraint', 'index', 'enum', 'sequence'];

function rank(object: string): number {
  const kind = object.split(' ', 1)[0] ?? '';
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

/** What `actual` has that `expected` does not, lacks, or defines differently; empty when they match. */
export function diffFingerprints(expected: SchemaFingerprint, actual: SchemaFingerprint): SchemaDifference[] {
  if (expected.hash === actual.hash) return [];
  const differences: SchemaDifference[] = [];
  for (const [object, definition] of expected.objects) {
    const live = actual.objects.get(object);
    if (live === undefined) differences.push({ kind: 'missing', object, expected: definition });
    else if (live !== definition) differences.push({ kind: 'changed', object, expected: definition, actual: live });
  }
  for (const [object, definition] of actual.objects) {
    if (!expected.objects.has(object)) differences.push({ kind: 'extra', object, actual: definition });
  }
  // a missing table also misses its columns, constraints and indexes: say the table once
  const goneTables = new Set(
    differences
      .filter((d) => d.kind !== 'changed' && d.object.startsWith('table '))
      .map((d) => `${d.kind} ${d.object.slice(6)}`),
  );
  const shown = differences.filter((d) => {
    const m = /^(?:column|constraint) ([^.]+)\./.exec(d.object);
    return !(m && goneTables.has(`${d.kind} ${m[1]}`));
  });
  return shown.sort(
    (a, b) => rank(a.object) - rank(b.object) || (a.object < b.object ? -1 : a.object > b.object ? 1 : 0),
  );
}

/** One difference in words: `missing index x`, `changed column t.c: text → varchar(10)`. */
export function describeDifference(d: SchemaDifference): string {
  if (d.kind === 'changed') return `changed ${d.object}: ${d.expected} → ${d.actual}`;
  return `${d.kind} ${d.object}`;
}
