// The accounting of `npm run bench -- --traffic`: the percentiles, error counts and waits behind a
// migration that its report is made of.
import { expect } from 'chai';
import {
  blockedBehindMigration,
  percentile,
  summarize,
  tailOf,
  type LockWaitSample,
  type Op,
} from '../../bench/support/latency.js';

const op = (intendedAt: number, sentAt: number, endedAt: number, error?: string): Op => ({
  tenant: 'tenant_t00001',
  intendedAt,
  sentAt,
  endedAt,
  ...(error === undefined ? {} : { error }),
});

describe('bench --traffic accounting', () => {
  it('takes nearest-rank percentiles of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(percentile(values, 50)).to.equal(50);
    expect(percentile(values, 99)).to.equal(99);
    expect(percentile(values, 100)).to.equal(100);
    expect(percentile(values, 0)).to.equal(1);
    expect(percentile([7], 99)).to.equal(7);
    expect(percentile([1, 2, 3], 50)).to.equal(2);
    expect(percentile([1, 2, 3, 4], 50)).to.equal(2);
    expect(Number.isNaN(percentile([], 50))).to.equal(true);
  });

  it('counts latency from the intended start, so time spent waiting for a connection shows', () => {
    // 99 operations of 2 ms; one that waited 500 ms for a connection, then took 1 ms
    const ops = [...Array.from({ length: 99 }, (_, i) => op(i * 10, i * 10, i * 10 + 2)), op(1000, 1500, 1501)];
    const s = summarize(ops, 2000);
    expect(s.ops).to.equal(100);
    expect(s.opsPerSecond).to.equal(50);
    expect(s.p50Ms).to.equal(2);
    expect(s.p99Ms).to.equal(2);
    expect(s.maxMs).to.equal(501);
    expect(s.maxQueryMs).to.equal(2);
    expect(s.errors).to.equal(0);
  });

  it('puts a stalled tail in p99 once it is more than 1% of the operations', () => {
    const ops = [
      ...Array.from({ length: 97 }, (_, i) => op(i, i, i + 1)),
      op(0, 0, 3000),
      op(0, 0, 2000),
      op(0, 0, 4000),
    ];
    const s = summarize(ops, 1000);
    expect(s.p99Ms).to.equal(3000);
    expect(s.maxMs).to.equal(4000);
    expect(s.maxQueryMs).to.equal(4000);
  });

  it('counts errors by code, in the latency too', () => {
    const ops = [op(0, 0, 1), op(0, 0, 60_000, '57014'), op(0, 0, 5, '57014'), op(0, 1, 2, 'Error')];
    const s = summarize(ops, 1000);
    expect(s.errors).to.equal(3);
    expect(s.errorsByCode).to.deep.equal({ '57014': 2, Error: 1 });
    expect(s.maxMs).to.equal(60_000);
  });

  it('sums up an empty phase as nothing, not zero latency', () => {
    const s = summarize([], 1000);
    expect(s.ops).to.equal(0);
    expect(Number.isNaN(s.p99Ms)).to.equal(true);
    expect(Number.isNaN(s.maxMs)).to.equal(true);
    expect(Number.isNaN(s.maxQueryMs)).to.equal(true);
  });

  it('measures each query blocked behind a migration from its start to the last sample that saw it', () => {
    const sample = (at: number, pid: number, queryStart: number, behindMigration = true): LockWaitSample => ({
      at,
      pid,
      queryStart,
      behindMigration,
    });
    const figures = blockedBehindMigration([
      sample(1100, 10, 1000),
      sample(1200, 10, 1000),
      sample(1300, 10, 1000), // pid 10's first query: 300 ms
      sample(2050, 10, 2000), // the same session's next query: 50 ms
      sample(1200, 11, 900),
      sample(1900, 11, 900), // 1000 ms, seen twice
      sample(5000, 12, 100, false), // waiting on something else: not counted
    ]);
    expect(figures).to.deep.equal({ queries: 3, maxMs: 1000 });
    expect(blockedBehindMigration([])).to.deep.equal({ queries: 0, maxMs: 0 });
  });

  it('splits the top 1% by what it met: the held tenant, a tenant being migrated, or neither', () => {
    const on = (tenant: string, intendedAt: number, sentAt: number, endedAt: number): Op => ({
      tenant,
      intendedAt,
      sentAt,
      endedAt,
    });
    // 196 fast operations of 1 ms, and four slow ones of 100 ms: the top 1% (2 of 200) and more
    const ops = Array.from({ length: 196 }, (_, i) => on('tenant_a', i * 10, i * 10, i * 10 + 1));
    ops.push(on('tenant_held', 5000, 5000, 5100)); // behind the held tenant's migration
    ops.push(on('tenant_b', 6000, 6000, 6100)); // while tenant_b's run was in flight
    ops.push({ ...on('tenant_b', 9000, 9080, 9100), issuedAt: 9010 }); // after it: the machine (sent late: a busy pool)
    ops.push({ ...on('tenant_c', 7000, 7090, 7100), issuedAt: 7070 }); // sent late: the generator's event loop
    const runs = new Map([['tenant_b', { from: 5950, to: 6050 }]]);
    const tail = tailOf(ops, 'tenant_held', runs);
    expect(tail).to.deep.equal({
      fromMs: 100,
      ops: 4,
      held: 1,
      migrating: 1,
      elsewhere: 2,
      sentLate: 2,
      issuedLate: 1,
    });
    // no operations: no tail, and a threshold that says so
    const none = tailOf([], undefined, new Map());
    expect([none.ops, Number.isNaN(none.fromMs)]).to.deep.equal([0, true]);
  });
});
