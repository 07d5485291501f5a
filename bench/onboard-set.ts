// A long history for the onboarding mode: `count` migrations over 20 tables, the way a product's
// schema grows: tables created with a seed row, then columns added, indexed, retyped, renamed,
// constrained, defaulted, their data updated. The schema it ends in is about the same size
// whatever the count; the history is what grows.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TABLES = 20;

/** The up of migration k (1-based): one step of one table's life, chosen by the round k falls in. */
function step(k: number): string {
  const t = ((k - 1) % TABLES) + 1;
  const table = `'t${t}'`;
  // past the ninth round, every step adds a column
  switch (Math.min(Math.floor((k - 1) / TABLES), 9)) {
    case 0:
      return `pgm.createTable(${table}, { id: 'id', name: { type: 'text', notNull: true }, created_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') } });
  pgm.sql("INSERT INTO t${t} (name) VALUES ('seed ${t}')");`;
    case 1:
      return `pgm.addColumn(${table}, { note: { type: 'text' } });`;
    case 2:
      return `pgm.createIndex(${table}, 'note');`;
    case 3:
      return `pgm.alterColumn(${table}, 'note', { type: 'varchar(200)' });`;
    case 4:
      return `pgm.addColumn(${table}, { amount: { type: 'integer', notNull: true, default: 0 } });`;
    case 5:
      return `pgm.addConstraint(${table}, 't${t}_amount_positive', { check: 'amount >= 0' });`;
    case 6:
      return `pgm.renameColumn(${table}, 'note', 'remark');`;
    case 7:
      return `pgm.sql('UPDATE t${t} SET amount = amount + 1');`;
    case 8:
      return `pgm.createIndex(${table}, ['amount', 'remark']);`;
    default:
      return `pgm.addColumn(${table}, { extra_${k}: { type: 'jsonb', notNull: true, default: '{}' } });`;
  }
}

/** Writes the set into `dir` (created): `<timestamp>_step-<k>.js`, ES modules. Returns the last name. */
export function writeLongHistory(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  let last = '';
  for (let k = 1; k <= count; k++) {
    last = `${1800000000000 + k}_step-${k}`;
    writeFileSync(path.join(dir, `${last}.js`), `/** @param {import('node-pg-migrate').MigrationBuilder} pgm */\nexport const up = (pgm) => {\n  ${step(k)}\n};\n`);
  }
  return last;
}
