import { expect } from 'chai';
import { lintUp } from '../../packages/core/dist/validation/lint-rules.js';
import { ignoreOf, lintIgnoresIn } from '../../packages/core/dist/validation/lint-ignore.js';

/** The lint findings of one migration whose `up` is these SQL steps (tables made here are new). */
function lint(...steps: string[]) {
  return lintUp({ steps, usesTransaction: true }).map((f) => ({ code: f.code, table: f.table, message: f.message }));
}
const codes = (...steps: string[]) => lint(...steps).map((f) => f.code);

describe('validate: the lock lint (statements that hold strong locks, rewrite tables, or break running code)', () => {
  it('TNT003 names the safe form of an index on an existing table', () => {
    const [finding] = lint('CREATE INDEX orders_qty_idx ON orders (qty)');
    expect(finding?.code).to.equal('TNT003');
    expect(finding?.message).to.match(
      /CREATE INDEX CONCURRENTLY, alone in a migration that calls pgm.noTransaction\(\)/,
    );
    expect(codes('CREATE TABLE orders (id int)', 'CREATE INDEX ON orders (id)')).to.deep.equal([]);
  });

  it('TNT006: ADD COLUMN with a volatile default, a sequence or a stored generated value rewrites the table', () => {
    for (const sql of [
      'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()',
      'ALTER TABLE "orders" ADD "token" uuid NOT NULL DEFAULT public.uuid_generate_v4()',
      'ALTER TABLE orders ADD COLUMN seen timestamptz DEFAULT clock_timestamp()',
      'ALTER TABLE orders ADD COLUMN n bigserial',
      'ALTER TABLE orders ADD COLUMN n int GENERATED ALWAYS AS IDENTITY',
      'ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (qty * price) STORED',
    ])
      expect(codes(sql), sql).to.deep.equal(['TNT006']);
    expect(lint('ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()')[0]?.message).to.match(
      /volatile default \(gen_random_uuid\(\)\).*Safe: add the column without it/,
    );
    // constant and stable defaults are stored once: no rewrite
    for (const sql of [
      "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new'",
      'ALTER TABLE orders ADD COLUMN created timestamptz DEFAULT now()',
      'ALTER TABLE orders ADD COLUMN note text',
    ])
      expect(codes(sql), sql).to.deep.equal([]);
    expect(codes('CREATE TABLE t (id int)', 'ALTER TABLE t ADD COLUMN n bigserial')).to.deep.equal([]);
  });

  it('TNT007: a foreign key or CHECK without NOT VALID; NOT VALID and VALIDATE CONSTRAINT pass', () => {
    expect(
      codes('ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)'),
    ).to.deep.equal(['TNT007']);
    expect(codes('ALTER TABLE orders ADD CHECK (qty > 0)')).to.deep.equal(['TNT007']);
    expect(lint('ALTER TABLE orders ADD CHECK (qty > 0)')[0]?.message).to.match(
      /NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT/,
    );
    expect(
      codes(
        'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk',
        'ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID',
      ),
    ).to.deep.equal([]);
  });

  it('TNT008: SET NOT NULL on an existing table, with the CHECK … NOT VALID way round it', () => {
    const [finding] = lint('ALTER TABLE "orders" ALTER COLUMN "qty" SET NOT NULL');
    expect(finding).to.deep.include({ code: 'TNT008', table: 'orders' });
    expect(finding?.message).to.match(/CHECK \(qty IS NOT NULL\) NOT VALID, VALIDATE CONSTRAINT.*then SET NOT NULL/);
    expect(codes('ALTER TABLE orders ALTER qty DROP NOT NULL')).to.deep.equal([]);
  });

  it('TNT009: VACUUM FULL, CLUSTER, LOCK TABLE, REINDEX, REFRESH MATERIALIZED VIEW, SET TABLESPACE/LOGGED', () => {
    for (const sql of [
      'VACUUM FULL orders',
      'VACUUM (FULL, ANALYZE) orders',
      'CLUSTER orders USING orders_pkey',
      'LOCK TABLE orders IN SHARE MODE',
      'LOCK orders',
      'REINDEX TABLE orders',
      'REINDEX INDEX orders_qty_idx',
      'REFRESH MATERIALIZED VIEW order_totals',
      'ALTER TABLE orders SET TABLESPACE slow',
      'ALTER TABLE orders SET UNLOGGED',
    ])
      expect(codes(sql), sql).to.deep.equal(['TNT009']);
    expect(lint('LOCK TABLE orders IN SHARE MODE')[0]?.message).to.match(/takes SHARE for the rest of the migration/);
    expect(lint('LOCK TABLE orders')[0]?.message).to.match(/takes ACCESS EXCLUSIVE/);
    for (const sql of [
      'VACUUM orders',
      'VACUUM (ANALYZE) orders',
      'REINDEX TABLE CONCURRENTLY orders',
      'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals',
      "SELECT 'VACUUM FULL orders'",
    ])
      expect(codes(sql), sql).to.not.include('TNT009'); // (CONCURRENTLY in a transaction is TNT004's)
    expect(codes('CREATE TABLE t (id int)', 'LOCK TABLE t IN ACCESS EXCLUSIVE MODE')).to.deep.equal([]);
  });

  it('TNT010: renaming a table or a column in use; renaming a constraint is harmless', () => {
    expect(lint('ALTER TABLE orders RENAME COLUMN qty TO quantity')[0]).to.deep.include({
      code: 'TNT010',
      table: 'orders',
    });
    expect(lint('ALTER TABLE "orders" RENAME "qty" TO "quantity"')[0]?.message).to.match(
      /renames column orders.qty to quantity: .*expand and contract/,
    );
    expect(codes('ALTER TABLE orders RENAME TO purchases')).to.deep.equal(['TNT010']);
    expect(codes('ALTER TABLE orders RENAME CONSTRAINT a TO b')).to.deep.equal([]);
    expect(codes('CREATE TABLE t (a int)', 'ALTER TABLE t RENAME a TO b')).to.deep.equal([]);
  });

  it('a marker with a reason silences a code in its file; one without a reason silences nothing', () => {
    const source = [
      '// tenantry-lint-ignore TNT008, TNT003: orders holds a handful of rows on every tenant',
      '/* tenantry-lint-ignore TNT009 */',
      '-- tenantry-lint-ignore TNT010: the view `orders` keeps the old name',
      'export const up = (pgm) => {};',
    ].join('\n');
    const ignores = lintIgnoresIn(source);
    expect(ignoreOf(ignores, 'TNT008')).to.deep.equal({
      silenced: true,
      reason: 'orders holds a handful of rows on every tenant',
    });
    expect(ignoreOf(ignores, 'TNT003')).to.deep.include({ silenced: true });
    expect(ignoreOf(ignores, 'TNT010')).to.deep.equal({
      silenced: true,
      reason: 'the view `orders` keeps the old name',
    });
    const unexplained = ignoreOf(ignores, 'TNT009');
    expect(unexplained.silenced).to.equal(false);
    expect(unexplained)
      .to.have.property('note')
      .that.matches(/has no reason, so it silences nothing/);
    expect(ignoreOf(ignores, 'TNT006')).to.deep.equal({ silenced: false, note: '' });
  });
});
