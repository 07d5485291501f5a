import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParitySet } from './sets.js';

/**
 * Generated migration sets: random sequences of reversible operations, with no down written, so
 * every way down is the runner's inferred reverse. A small model keeps each operation valid
 * (it names tables and columns that exist at that point).
 */
const KINDS = [
  'table',
  'column',
  'index',
  'unique',
  'check',
  'renameColumn',
  'renameTable',
  'view',
  'enum',
  'sequence',
  'domain',
] as const;
const TYPES = ['integer', 'text', 'boolean', 'bigint', 'varchar(20)', 'numeric(8,2)'] as const;

const opArbitrary = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(1000),
  type: fc.constantFrom(...TYPES),
  notNull: fc.boolean(),
});
export const setArbitrary = fc.array(fc.array(opArbitrary, { minLength: 1, maxLength: 3 }), {
  minLength: 2,
  maxLength: 6,
});
export type GeneratedSet = Array<Array<{ kind: (typeof KINDS)[number]; pick: number; type: string; notNull: boolean }>>;

interface Model {
  tables: Array<{ name: string; columns: string[] }>;
  next: number;
}

function statement(op: GeneratedSet[number][number], model: Model): string {
  const n = (model.next += 1);
  const table = model.tables[op.pick % Math.max(1, model.tables.length)];
  const kind = table ? op.kind : 'table';
  if (kind === 'table') {
    model.tables.push({ name: `t${n}`, columns: [`c${n}`] });
    return `pgm.createTable('t${n}', { id: 'id', c${n}: { type: '${op.type}', notNull: ${op.notNull} } });`;
  }
  const column = table!.columns[op.pick % table!.columns.length]!;
  switch (kind) {
    case 'column':
      table!.columns.push(`c${n}`);
      return `pgm.addColumns('${table!.name}', { c${n}: { type: '${op.type}', notNull: ${op.notNull} } });`;
    case 'index':
      return `pgm.createIndex('${table!.name}', '${column}', { name: 'ix${n}' });`;
    case 'unique':
      return `pgm.addConstraint('${table!.name}', 'uq${n}', { unique: '${column}' });`;
    case 'check':
      return `pgm.addConstraint('${table!.name}', 'ck${n}', { check: '${column} IS NOT NULL OR id > 0' });`;
    case 'renameColumn':
      table!.columns[table!.columns.indexOf(column)] = `r${n}`;
      return `pgm.renameColumn('${table!.name}', '${column}', 'r${n}');`;
    case 'renameTable': {
      const old = table!.name;
      table!.name = `t${n}`;
      return `pgm.renameTable('${old}', 't${n}');`;
    }
    case 'view':
      return `pgm.createView('v${n}', {}, 'SELECT id, ${column} FROM ${table!.name}');`;
    case 'enum':
      return `pgm.createType('e${n}', ['a${n}', 'b${n}']);`;
    case 'sequence':
      return `pgm.createSequence('s${n}', { start: ${op.pick + 1} });`;
    case 'domain':
      return `pgm.createDomain('d${n}', '${op.type}', { notNull: ${op.notNull} });`;
  }
}

/** Writes one generated set as a folder of ESM migrations without downs. */
export function writeGeneratedSet(root: string, id: string, generated: GeneratedSet): ParitySet {
  const dir = path.join(root, id);
  mkdirSync(dir, { recursive: true });
  const model: Model = { tables: [], next: 0 };
  const order: string[] = [];
  for (const [i, ops] of generated.entries()) {
    const name = `${1770000000001 + i}_generated-${i + 1}`;
    const body = ops.map((op) => `  ${statement(op, model)}`).join('\n');
    writeFileSync(path.join(dir, `${name}.js`), `export const up = (pgm) => {\n${body}\n};\n`);
    order.push(name);
  }
  const midCount = Math.max(1, Math.floor(order.length / 2));
  return { id, dir, order, midCount, mid: order[midCount - 1]! };
}

/** `count` generated sets from `seed` (the same seed writes the same sets). */
export function generatedSets(root: string, seed: number, count: number): ParitySet[] {
  return fc
    .sample(setArbitrary, { seed, numRuns: count })
    .map((generated, i) => writeGeneratedSet(root, `gen${i + 1}`, generated as GeneratedSet));
}
