import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Migration sets written for the differential suite: every operation family of node-pg-migrate,
 * every module shape its runner loads, and the naming and ordering cases of its sort. Each
 * tenant's objects stay in its own schema (roles are named after it), so many tenants share one
 * database.
 */
export interface ParitySet {
  /** platform id */
  id: string;
  dir: string;
  /** the migration the middle step goes to */
  mid: string;
  /** how many migrations up to `mid` */
  midCount: number;
  /** every migration, in the runner's order */
  order: string[];
}

function write(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, body] of Object.entries(files)) writeFileSync(path.join(dir, file), body);
}

function describeSet(id: string, dir: string, order: string[], midCount: number): ParitySet {
  return { id, dir, order, midCount, mid: order[midCount - 1]! };
}

/** Every operation family: tables to extensions, with written downs and inferred ones. */
export function familiesSet(root: string, id: string, withExtension: boolean): ParitySet {
  const dir = path.join(root, id);
  const files: Record<string, string> = {
    // no down: the runner reverses createTable (and the comment goes with it)
    '1750000000001_tables.js': `
export const up = (pgm) => {
  pgm.createTable('items', { id: 'id', label: { type: 'text', notNull: true, default: 'none' }, price: { type: 'numeric(10,2)', check: 'price >= 0' } }, { comment: 'things for sale' });
  pgm.createTable('tags', { id: 'id', item_id: { type: 'integer', references: 'items', onDelete: 'CASCADE' }, name: 'varchar(40)' });
};
`,
    '1750000000002_columns.js': `
export const up = (pgm) => {
  pgm.addColumns('items', { qty: { type: 'integer', notNull: true, default: 0 }, note: { type: 'text', comment: 'free text' } });
  pgm.renameColumn('tags', 'name', 'title');
  pgm.alterColumn('items', 'note', { type: 'varchar(200)' });
};
export const down = (pgm) => {
  pgm.alterColumn('items', 'note', { type: 'text' });
  pgm.renameColumn('tags', 'title', 'name');
  pgm.dropColumns('items', ['qty', 'note']);
};
`,
    '1750000000003_constraints.js': `
export const up = (pgm) => {
  pgm.addConstraint('items', 'items_label_unique', { unique: 'label' });
  pgm.addConstraint('tags', 'tags_title_present', { check: "title <> ''" });
  pgm.renameConstraint('tags', 'tags_title_present', 'tags_title_not_empty');
};
`,
    '1750000000004_indexes.js': `
export const up = (pgm) => {
  pgm.createIndex('items', ['qty', 'label'], { name: 'items_qty_label' });
  pgm.createIndex('tags', 'title', { name: 'tags_title_present', where: 'title IS NOT NULL' });
  pgm.renameIndex('items_qty_label', 'items_by_qty');
};
`,
    // outside the run's transaction, as under the runner
    '1750000000005_index-concurrently.js': `
export const up = (pgm) => {
  pgm.noTransaction();
  pgm.createIndex('items', 'price', { name: 'items_price', concurrently: true });
};
export const down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('items', 'price', { name: 'items_price', concurrently: true });
};
`,
    '1750000000006_types-domains-sequences.js': `
export const up = (pgm) => {
  pgm.createType('mood', ['sad', 'ok', 'happy']);
  pgm.createType('pair', { a: 'integer', b: 'text' });
  pgm.addTypeAttribute('pair', 'c', 'boolean');
  pgm.createDomain('positive', 'integer', { check: 'VALUE > 0' });
  pgm.createSequence('ticket', { start: 100, increment: 5 });
  pgm.addColumns('items', { mood: { type: 'mood' }, stock: { type: 'positive' } });
};
`,
    '1750000000007_functions-triggers.js': `
export const up = (pgm) => {
  pgm.addColumns('items', { touched: { type: 'integer', notNull: true, default: 0 } });
  pgm.createFunction('touch', [], { returns: 'trigger', language: 'plpgsql' }, 'BEGIN NEW.touched := OLD.touched + 1; RETURN NEW; END;');
  pgm.createTrigger('items', 'items_touch', { when: 'BEFORE', operation: 'UPDATE', level: 'ROW', function: 'touch' });
  pgm.createFunction('add', [{ name: 'x', type: 'integer' }, { name: 'y', type: 'integer' }], { returns: 'integer', language: 'sql', behavior: 'IMMUTABLE' }, 'SELECT x + y');
};
`,
    '1750000000008_views.js': `
export const up = (pgm) => {
  pgm.createView('cheap_items', {}, 'SELECT id, label FROM items WHERE price < 10');
  pgm.createMaterializedView('item_counts', {}, 'SELECT label, count(*) AS n FROM items GROUP BY label');
  pgm.refreshMaterializedView('item_counts');
};
`,
    // reads while it builds (pgm.db): its role is named after the tenant's schema, which is unique
    '1750000000009_roles-grants-policies.js': `
const roleOf = async (pgm) => (await pgm.db.select('SELECT current_schema() AS s'))[0].s + '_reader';
export const up = async (pgm) => {
  const role = await roleOf(pgm);
  pgm.createRole(role, { login: false });
  pgm.grantOnTables({ tables: 'items', privileges: ['SELECT'], roles: role });
  pgm.alterTable('items', { levelSecurity: 'ENABLE' });
  pgm.createPolicy('items', 'items_visible', { command: 'SELECT', using: 'qty >= 0', role });
};
export const down = async (pgm) => {
  const role = await roleOf(pgm);
  pgm.dropPolicy('items', 'items_visible');
  pgm.alterTable('items', { levelSecurity: 'DISABLE' });
  pgm.revokeOnTables({ tables: 'items', privileges: ['SELECT'], roles: role });
  pgm.dropRole(role);
};
`,
    '1750000000010_operators-casts.js': `
export const up = (pgm) => {
  pgm.createFunction('pair_eq', [{ type: 'pair' }, { type: 'pair' }], { returns: 'boolean', language: 'sql', behavior: 'IMMUTABLE' }, 'SELECT $1.a = $2.a');
  pgm.createOperator('===', { left: 'pair', right: 'pair', procedure: 'pair_eq' });
  pgm.createFunction('pair_text', [{ type: 'pair' }], { returns: 'text', language: 'sql', behavior: 'IMMUTABLE' }, "SELECT ($1).a::text || ':' || ($1).b");
  pgm.createCast('pair', 'text', { functionName: 'pair_text', argumentTypes: ['pair'] });
};
`,
    // data, and sql() both ways
    '1750000000011_seed.js': `
export const up = (pgm) => {
  pgm.sql("INSERT INTO items (label, price, qty, mood, stock) VALUES ('pen', 1.50, 10, 'ok', 3), ('book', 12.00, 2, 'happy', 1)");
  pgm.sql("INSERT INTO tags (item_id, title) SELECT id, 'stationery' FROM items");
  pgm.sql("UPDATE items SET qty = qty + 1 WHERE label = 'pen'");
  pgm.sql('REFRESH MATERIALIZED VIEW item_counts');
};
export const down = (pgm) => {
  pgm.sql('DELETE FROM tags; DELETE FROM items');
  pgm.sql('REFRESH MATERIALIZED VIEW item_counts');
};
`,
  };
  if (withExtension) {
    // database-wide: only where each tenant has its own database
    files['1750000000012_extension.js'] = `
export const up = (pgm) => {
  pgm.createExtension('citext', { ifNotExists: true });
  pgm.addColumns('tags', { slug: { type: 'citext' } });
};
`;
  }
  write(dir, files);
  return describeSet(
    id,
    dir,
    Object.keys(files).map((f) => f.replace(/\.js$/, '')),
    6,
  );
}

/** Every module shape the runner loads, in a `"type": "module"` package, with a linked file and entries it ignores. */
export function shapesSet(root: string, id: string): ParitySet {
  const pkg = path.join(root, `${id}-package`);
  const dir = path.join(pkg, 'migrations');
  write(pkg, { 'package.json': JSON.stringify({ name: `${id}-migrations`, private: true, type: 'module' }) });
  write(path.join(pkg, 'elsewhere'), {
    'linked-source.js': `export const up = (pgm) => { pgm.createTable('linked', { id: 'id' }); };\n`,
  });
  const files: Record<string, string> = {
    '1760000000001_esm.js': `export const up = (pgm) => { pgm.createTable('esm', { id: 'id', n: 'integer' }); };\nexport const down = (pgm) => { pgm.dropTable('esm'); };\n`,
    // CommonJS in a type-module package: node-pg-migrate loads it through jiti; no down, inferred
    '1760000000002_cjs-exports.js': `exports.up = (pgm) => { pgm.createTable('cjs', { id: 'id' }); };\n`,
    '1760000000003_module-exports.js': `module.exports = {\n  up: (pgm) => pgm.addColumns('cjs', { note: 'text' }),\n  down: (pgm) => pgm.dropColumns('cjs', 'note'),\n};\n`,
    '1760000000004_migration-object.cjs': `const migration = {\n  up(pgm) { pgm.createIndex('cjs', 'note'); },\n};\nmodule.exports = migration;\n`,
    '1760000000005_shorthands.mjs': `export const shorthands = { money: { type: 'numeric(12,2)', notNull: true, default: 0 } };\nexport const up = (pgm) => { pgm.createTable('wallet', { id: 'id', balance: 'money' }); };\n`,
    '1760000000006_typed.ts': `import type { MigrationBuilder } from 'node-pg-migrate';\n\nexport async function up(pgm: MigrationBuilder): Promise<void> {\n  pgm.createTable('typed', { id: 'id', balance: 'money' });\n}\n\nexport async function down(pgm: MigrationBuilder): Promise<void> {\n  pgm.dropTable('typed');\n}\n`,
    '1760000000007_plain.sql': `-- Up Migration\nCREATE TABLE plain (id serial PRIMARY KEY, body text);\nINSERT INTO plain (body) VALUES ('hello');\n-- Down Migration\nDROP TABLE plain;\n`,
    '1760000000009_callback.js': `export const up = (pgm, run) => { pgm.createTable('called', { id: 'id' }); run(); };\nexport const down = (pgm, run) => { pgm.dropTable('called'); run(); };\n`,
    '1760000000010_default-export.mjs': `export default {\n  up: (pgm) => { pgm.createView('wallets', {}, 'SELECT id FROM wallet'); },\n  down: (pgm) => { pgm.dropView('wallets'); },\n};\n`,
    '1760000000011_commonjs.cts': `module.exports = { up: (pgm: { createTable: Function }) => { pgm.createTable('cts', { id: 'id' }); } };\n`,
    // not migrations: ignored by the runner, and by Tenantry (which says so)
    '.gitkeep': '',
    '.1760000000012_hidden.js': `export const up = (pgm) => { pgm.createTable('hidden', { id: 'id' }); };\n`,
  };
  write(dir, files);
  write(path.join(dir, 'drafts'), {
    '1760000000013_draft.js': `export const up = (pgm) => { pgm.createTable('draft', { id: 'id' }); };\n`,
  });
  symlinkSync(path.join(pkg, 'elsewhere', 'linked-source.js'), path.join(dir, '1760000000008_linked.js'));
  const order = [
    '1760000000001_esm',
    '1760000000002_cjs-exports',
    '1760000000003_module-exports',
    '1760000000004_migration-object',
    '1760000000005_shorthands',
    '1760000000006_typed',
    '1760000000007_plain',
    '1760000000008_linked',
    '1760000000009_callback',
    '1760000000010_default-export',
    '1760000000011_commonjs',
  ];
  return describeSet(id, dir, order, 5);
}

/** The runner's sort: 17-digit prefixes as UTC dates, ties by a numeric, case-blind comparison, a dash after the number. */
export function namesSet(root: string, id: string): ParitySet {
  const dir = path.join(root, id);
  const table = (name: string) => `export const up = (pgm) => { pgm.createTable('${name}', { id: 'id' }); };\n`;
  write(dir, {
    // 2023-01-01T00:00:00.000Z, read as a date: before the 13-digit 1672531200001
    '20230101000000000_utc-date.js': table('utc_date'),
    '1672531200001_thirteen-digits.js': table('thirteen_digits'),
    '0001_index-style.js': table('index_style'),
    '1700000000002-dash-name.js': table('dash_name'),
    '1700000000003_alpha.js': table('alpha'),
    '1700000000003_Beta.js': table('beta'),
    '1700000000004_v10.js': table('v10'),
    '1700000000004_v2.js': table('v2'),
    '1700000000005_last.sql': '-- Up Migration\nCREATE TABLE last (id int);\n-- Down Migration\nDROP TABLE last;\n',
  });
  const order = [
    '0001_index-style',
    '20230101000000000_utc-date',
    '1672531200001_thirteen-digits',
    '1700000000002-dash-name',
    '1700000000003_alpha',
    '1700000000003_Beta',
    '1700000000004_v2',
    '1700000000004_v10',
    '1700000000005_last',
  ];
  return describeSet(id, dir, order, 4);
}
