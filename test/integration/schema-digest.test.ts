import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fingerprintSchemas } from '@tenantry/core';
import { digestSchemas, EMPTY_SCHEMA_DIGEST } from '@tenantry/core/internal';
import { adminQuery, databaseUrl } from '../helpers/services.js';

/** What one set of migrations leaves in `schema`, with one statement changed by `edit` when given. */
function schemaDdl(schema: string, edit: (sql: string) => string = (sql) => sql): string {
  const s = pg.escapeIdentifier(schema);
  // the schema's own name inside a literal, as a default written by hand qualifies its sequence
  const seq = pg.escapeLiteral(`${s}.accounts_seq`);
  return edit(`
    CREATE SCHEMA ${s};
    CREATE TABLE ${s}.pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
    CREATE SEQUENCE ${s}.accounts_seq INCREMENT 1 START 100;
    CREATE TYPE ${s}.account_status AS ENUM ('active', 'suspended', 'closed');
    CREATE TABLE ${s}.accounts (
      id integer PRIMARY KEY DEFAULT nextval(${seq}::regclass),
      email text NOT NULL,
      status ${s}.account_status NOT NULL DEFAULT 'active',
      note text DEFAULT 'xa.kept',
      CONSTRAINT accounts_email_key UNIQUE (email)
    );
    CREATE TABLE ${s}.sessions (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES ${s}.accounts ON DELETE CASCADE);
    CREATE INDEX sessions_account_id_index ON ${s}.sessions (account_id);`);
}

describe('digestSchemas: the server’s digest of a schema, which verify compares before fingerprints', function () {
  this.timeout(60_000);
  const database = `tenantry_digest_${randomBytes(4).toString('hex')}`;
  let client: pg.Client;

  before(async () => {
    await adminQuery(`CREATE DATABASE ${database}`);
    client = new pg.Client({ connectionString: databaseUrl(database) });
    await client.connect();
  });
  after(async () => {
    await client?.end();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('is equal for schemas built by the same statements under any name, quoted or not', async () => {
    const names = ['tenant_plain', 'Mixed-Case', 'we"ird.name', 'a.b', 'sch$1', 'éclair', 'a'];
    for (const name of names) await client.query(schemaDdl(name));
    const digests = await digestSchemas(client, [...names, 'no_such_schema'], { migrationsTable: 'pgmigrations' });
    const prints = await fingerprintSchemas(client, names, { migrationsTable: 'pgmigrations' });
    expect(new Set(names.map((n) => prints.get(n)!.hash)).size, 'the fingerprints agree').to.equal(1);
    expect(new Set(names.map((n) => digests.get(n))).size).to.equal(1);
    expect(digests.get(names[0]!)).to.not.equal(EMPTY_SCHEMA_DIGEST);
    expect(digests.get('no_such_schema')).to.equal(EMPTY_SCHEMA_DIGEST);
    // the name is stripped inside the default, and only where it is the schema's own qualifier
    const id = prints.get('Mixed-Case')!.objects.get('column accounts.id');
    expect(id).to.equal("integer not null default nextval('accounts_seq'::regclass)");
    expect(prints.get('a')!.objects.get('column accounts.note')).to.equal("text default 'xa.kept'::text");
  });

  it('differs when a column, default, index, constraint, enum label or sequence setting differs', async () => {
    const edits: Record<string, (sql: string) => string> = {
      column: (sql) => sql.replace('email text NOT NULL', 'email varchar(200) NOT NULL'),
      nullability: (sql) => sql.replace('email text NOT NULL', 'email text'),
      default: (sql) => sql.replace("DEFAULT 'active'", "DEFAULT 'closed'"),
      index: (sql) => sql.replace('(account_id);', '(account_id DESC);'),
      constraint: (sql) => sql.replace('ON DELETE CASCADE', 'ON DELETE RESTRICT'),
      enum: (sql) => sql.replace("'suspended', 'closed'", "'closed', 'suspended'"),
      sequence: (sql) => sql.replace('INCREMENT 1 START 100', 'INCREMENT 2 START 100'),
      'extra column': (sql) => sql.replace('email text NOT NULL,', 'email text NOT NULL, nickname text,'),
      'another schema named': (sql) => sql.replace("'xa.kept'", "'xb.kept'"),
    };
    await client.query(schemaDdl('base'));
    const schemas = Object.keys(edits).map((what, i) => ({ what, schema: `edited_${i}` }));
    for (const { what, schema } of schemas) {
      const sql = schemaDdl(schema, edits[what]);
      expect(sql, what).to.not.equal(schemaDdl(schema));
      await client.query(sql);
    }
    const all = ['base', ...schemas.map((s) => s.schema)];
    const digests = await digestSchemas(client, all, { migrationsTable: 'pgmigrations' });
    const prints = await fingerprintSchemas(client, all, { migrationsTable: 'pgmigrations' });
    for (const { what, schema } of schemas) {
      expect(prints.get(schema)!.hash, `${what}: the fingerprints differ`).to.not.equal(prints.get('base')!.hash);
      expect(digests.get(schema), what).to.not.equal(digests.get('base'));
    }
  });

  it('leaves out the migrations table, and restores the session’s search_path', async () => {
    await client.query(schemaDdl('with_history'));
    await client.query(schemaDdl('other_history'));
    await client.query('ALTER TABLE other_history.pgmigrations ADD COLUMN extra text');
    await client.query('SET search_path = with_history, public');
    const digests = await digestSchemas(client, ['with_history', 'other_history']);
    expect(digests.get('with_history')).to.equal(digests.get('other_history'));
    const { rows } = await client.query<{ path: string }>("SELECT current_setting('search_path') AS path");
    expect(rows[0]!.path).to.equal('with_history, public');
  });
});
