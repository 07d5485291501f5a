import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { MigrationFailed, readMigrationSet, silentLogger, type TenantLocation } from '@tenantry/core';
import { migrateSteps, readAppliedMigrations } from '@tenantry/core/internal';
import { adminQuery, databaseUrl } from '../helpers/services.js';

/**
 * The run's migration executor builds each migration with node-pg-migrate's MigrationBuilder and
 * records it in node-pg-migrate's table: it must leave exactly what node-pg-migrate's runner
 * leaves, for every kind of migration file the runner accepts.
 */
const FILES: Record<string, string> = {
  // shorthands, declared by one file and used by a later one, as the runner accumulates them
  '1740000000001_create-items.js': `
export const shorthands = { label: { type: 'text', notNull: true, default: 'none' } };
export const up = (pgm) => {
  pgm.createTable('items', { id: 'id', label: 'label' });
  pgm.sql("INSERT INTO items (label) VALUES ('first') -- a trailing comment swallows the semicolon");
};
export const down = (pgm) => pgm.dropTable('items');
`,
  // reads, while it builds, what the previous migration of the same run wrote (pgm.db)
  '1740000000002_copy-count.js': `
export const up = async (pgm) => {
  const rows = await pgm.db.select('SELECT count(*)::int AS n FROM items');
  pgm.createTable('counts', { n: { type: 'integer', notNull: true } });
  pgm.sql('INSERT INTO counts (n) VALUES (' + rows[0].n + ')');
};
export const down = (pgm) => pgm.dropTable('counts');
`,
  // no down: node-pg-migrate reverses the up
  '1740000000003_index-label.js': `
export const up = (pgm) => { pgm.createIndex('items', 'label'); };
`,
  // plain SQL in node-pg-migrate's legacy format
  '1740000000004_notes.sql': `-- Up Migration
CREATE TABLE notes (id serial PRIMARY KEY, body text);
-- Down Migration
DROP TABLE notes;
`,
  // the callback style
  '1740000000005_tag.js': `
export const up = (pgm, run) => { pgm.addColumn('items', { tag: { type: 'text' } }); run(); };
export const down = (pgm, run) => { pgm.dropColumn('items', 'tag'); run(); };
`,
};

describe('the migration executor (node-pg-migrate MigrationBuilder on the run connection)', function () {
  this.timeout(60_000);
  const database = `tenantry_exec_${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'tenantry-exec-'));
  let pool: pg.Pool;
  const location = (schema: string): TenantLocation => ({
    platform: 'exec',
    tenant: schema,
    databaseUrl: databaseUrl(database),
    schema,
    migrationsTable: 'pgmigrations',
    ownDatabase: false,
    serverId: 'default',
  });

  before(async () => {
    for (const [name, body] of Object.entries(FILES)) writeFileSync(path.join(dir, name), body);
    await adminQuery(`CREATE DATABASE ${database}`);
    pool = new pg.Pool({ connectionString: databaseUrl(database), max: 1 });
    await pool.query('CREATE SCHEMA ours; CREATE SCHEMA theirs; CREATE SCHEMA broken');
  });
  after(async () => {
    await pool?.end();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  async function catalog(schema: string): Promise<string[]> {
    const { rows } = await pool.query<{ item: string }>(
      `SELECT c.relkind::text || ' ' || c.relname || coalesce(' ' || string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || a.attnotnull || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''), ',' ORDER BY a.attnum), '') AS item
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
       WHERE n.nspname = $1 AND c.relname <> 'pgmigrations' AND c.relname NOT LIKE 'pgmigrations%'
       GROUP BY c.relkind, c.relname ORDER BY 1`,
      [schema],
    );
    return rows.map((r) => r.item.replaceAll(`${schema}.`, ''));
  }

  it('leaves the schema, data and history node-pg-migrate’s runner leaves, up and down, and a clean session', async () => {
    const set = readMigrationSet(dir);
    const client = await pool.connect();
    try {
      const seen: string[] = [];
      const steps = await migrateSteps({
        client,
        location: location('ours'),
        set,
        direction: 'up',
        position: 0,
        count: 5,
        logger: silentLogger,
        onStep: (_, m) => seen.push(m),
      });
      expect(steps.map((s) => s.status)).to.deep.equal(['applied', 'applied', 'applied', 'applied', 'applied']);
      expect(seen).to.deep.equal(set.migrations.map((m) => m.name));
      // the pooled session is handed back as it was found
      expect((await client.query('SHOW search_path')).rows[0].search_path).to.equal('"$user", public');
      expect((await client.query('SELECT 1 AS one')).rows).to.have.length(1);
    } finally {
      client.release();
    }
    await runner({
      databaseUrl: databaseUrl(database),
      dir,
      schema: 'theirs',
      migrationsTable: 'pgmigrations',
      direction: 'up',
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      log: () => {},
    });

    expect(await catalog('ours')).to.deep.equal(await catalog('theirs'));
    expect(await catalog('ours')).to.include.members([
      "r notes id:integer:true:nextval('notes_id_seq'::regclass),body:text:false:",
    ]);
    expect((await pool.query('SELECT n FROM ours.counts')).rows).to.deep.equal([{ n: 1 }]);
    expect(await readAppliedMigrations(pool, 'ours', 'pgmigrations')).to.deep.equal(
      await readAppliedMigrations(pool, 'theirs', 'pgmigrations'),
    );
    // node-pg-migrate's own runner finds nothing left to do in the history we wrote
    const again = await runner({
      databaseUrl: databaseUrl(database),
      dir,
      schema: 'ours',
      migrationsTable: 'pgmigrations',
      direction: 'up',
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      log: () => {},
    });
    expect(again).to.have.length(0);

    // down through all five, including the reversed up and the SQL file's down section
    const client2 = await pool.connect();
    try {
      await migrateSteps({
        client: client2,
        location: location('ours'),
        set,
        direction: 'down',
        position: 5,
        count: 5,
        logger: silentLogger,
      });
    } finally {
      client2.release();
    }
    await runner({
      databaseUrl: databaseUrl(database),
      dir,
      schema: 'theirs',
      migrationsTable: 'pgmigrations',
      direction: 'down',
      count: 5,
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      log: () => {},
    });
    expect(await catalog('ours')).to.deep.equal([]);
    expect(await catalog('theirs')).to.deep.equal([]);
    expect(await readAppliedMigrations(pool, 'ours', 'pgmigrations')).to.deep.equal([]);
  });

  it('a failing migration leaves nothing applied, names itself, and the session is reusable', async () => {
    const failing = mkdtempSync(path.join(tmpdir(), 'tenantry-exec-fail-'));
    try {
      writeFileSync(
        path.join(failing, '1740000000001_ok.js'),
        "export const up = (pgm) => { pgm.createTable('kept', { id: 'id' }); };\n",
      );
      writeFileSync(
        path.join(failing, '1740000000002_bad.js'),
        "export const up = (pgm) => { pgm.sql('SELECT 1/0'); };\n",
      );
      const set = readMigrationSet(failing);
      const client = await pool.connect();
      try {
        const error = await migrateSteps({
          client,
          location: location('broken'),
          set,
          direction: 'up',
          position: 0,
          count: 2,
          logger: silentLogger,
        }).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(MigrationFailed);
        expect((error as MigrationFailed).migration).to.equal('1740000000002_bad');
        expect((error as MigrationFailed).sqlstate).to.equal('22012');
        expect((await client.query('SHOW search_path')).rows[0].search_path).to.equal('"$user", public');
        expect((await client.query(`SELECT to_regclass('broken.kept') AS t`)).rows[0].t).to.equal(null);
      } finally {
        client.release();
      }
      expect(await readAppliedMigrations(pool, 'broken', 'pgmigrations')).to.deep.equal([]);
    } finally {
      rmSync(failing, { recursive: true, force: true });
    }
  });

  it('a migration that throws at import fails the run naming its file, with nothing sent', async () => {
    const throwing = mkdtempSync(path.join(tmpdir(), 'tenantry-exec-throw-'));
    try {
      writeFileSync(
        path.join(throwing, '1740000000001_ok.js'),
        "export const up = (pgm) => { pgm.createTable('kept', { id: 'id' }); };\n",
      );
      writeFileSync(path.join(throwing, '1740000000002_boom.js'), "throw new Error('boom at import');\n");
      const client = await pool.connect();
      try {
        const error = await migrateSteps({
          client,
          location: location('broken'),
          set: readMigrationSet(throwing),
          direction: 'up',
          position: 0,
          count: 2,
          logger: silentLogger,
        }).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(MigrationFailed);
        expect((error as MigrationFailed).migration).to.equal('1740000000002_boom');
        expect((error as MigrationFailed).message).to.match(
          /migration file 1740000000002_boom\.js does not load: boom at import/,
        );
        expect((await client.query(`SELECT to_regclass('broken.kept') AS t`)).rows[0].t).to.equal(null);
      } finally {
        client.release();
      }
    } finally {
      rmSync(throwing, { recursive: true, force: true });
    }
  });

  it('sends a run in one round trip, and a failed batch is replayed, from the SQL built once, to name its migration (in the middle, after a noTransaction step)', async () => {
    const sets = mkdtempSync(path.join(tmpdir(), 'tenantry-exec-batch-'));
    const write = (name: string, files: Record<string, string>) => {
      mkdirSync(path.join(sets, name));
      for (const [file, body] of Object.entries(files)) writeFileSync(path.join(sets, name, file), body);
      return readMigrationSet(path.join(sets, name));
    };
    const ok = (table: string) => `export const up = (pgm) => { pgm.createTable('${table}', { id: 'id' }); };\n`;
    const bad = "export const up = (pgm) => { pgm.sql('SELECT 1/0'); };\n";
    const concurrent =
      "export const up = (pgm) => { pgm.noTransaction(); pgm.createIndex('a', 'id', { name: 'a_id_cc', concurrently: true }); };\n";
    try {
      const good = write('good', { '1_a.js': ok('a'), '2_b.js': ok('b'), '3_c.js': ok('c') });
      // counts its builds in a file (up() runs in a build thread): a replay sends the SQL already
      // built, it does not call up() again
      const calls = path.join(sets, 'up-calls');
      const counted = `import { appendFileSync } from 'node:fs';\nexport const up = (pgm) => { appendFileSync(${JSON.stringify(calls)}, 'x'); pgm.createTable('a', { id: 'id' }); };\n`;
      const middle = write('middle', { '1_a.js': counted, '2_bad.js': bad, '3_c.js': ok('c') });
      const afterCic = write('after-cic', {
        '1_a.js': ok('a'),
        '2_cc.js': concurrent,
        '3_b.js': ok('b'),
        '4_bad.js': bad,
        '5_c.js': ok('c'),
      });
      await pool.query('CREATE SCHEMA batch_good; CREATE SCHEMA batch_middle; CREATE SCHEMA batch_cic');
      const client = await pool.connect();
      const sent: string[] = [];
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      // a spy on every statement sent: pg's overloaded query() cannot be reassigned under its own type
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        sent.push(String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text));
        return query(...args);
      };
      try {
        await client.query('SELECT pg_advisory_lock(7, 7)');
        sent.length = 0;
        // the run protocol's tenant lock goes with the COMMIT, in the same round trip
        await migrateSteps({
          client,
          location: location('batch_good'),
          set: good,
          direction: 'up',
          position: 0,
          count: 3,
          logger: silentLogger,
          afterCommit: 'SELECT pg_advisory_unlock(7, 7)',
        });
        expect(sent).to.have.length(1);
        expect(
          (
            await client.query(
              `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
            )
          ).rows[0].n,
        ).to.equal(0);
        expect(await readAppliedMigrations(client, 'batch_good', 'pgmigrations')).to.deep.equal(['1_a', '2_b', '3_c']);

        sent.length = 0;
        const inMiddle = await migrateSteps({
          client,
          location: location('batch_middle'),
          set: middle,
          direction: 'up',
          position: 0,
          count: 3,
          logger: silentLogger,
        }).catch((e: unknown) => e);
        expect((inMiddle as MigrationFailed).migration).to.equal('2_bad');
        // the batch; ROLLBACK; the replay, one migration at a time (1_a, then 2_bad fails); ROLLBACK
        expect(sent.length).to.equal(5);
        expect(readFileSync(calls, 'utf8')).to.equal('x');
        expect(await readAppliedMigrations(client, 'batch_middle', 'pgmigrations')).to.deep.equal([]);

        // what the noTransaction step committed stays; the failure is pinned after it
        const afterStep = await migrateSteps({
          client,
          location: location('batch_cic'),
          set: afterCic,
          direction: 'up',
          position: 0,
          count: 5,
          logger: silentLogger,
        }).catch((e: unknown) => e);
        expect((afterStep as MigrationFailed).migration).to.equal('4_bad');
        expect(await readAppliedMigrations(client, 'batch_cic', 'pgmigrations')).to.deep.equal(['1_a', '2_cc']);
        expect((await client.query(`SELECT to_regclass('batch_cic.b') AS t`)).rows[0].t).to.equal(null);
        expect((await client.query('SHOW search_path')).rows[0].search_path).to.equal('"$user", public');
      } finally {
        client.release();
      }
    } finally {
      rmSync(sets, { recursive: true, force: true });
    }
  });
});
