import { expect } from 'chai';
import { ConnectionSlots, serverOf } from '@tenantry/core/internal';

/** Lets every promise that can settle now settle. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("connection slots: one process's connections to one server", () => {
  it('a server is its host and port, whatever the database', () => {
    expect(serverOf('postgres://u@db.example:5433/t_acme')).to.equal(serverOf('postgres://u@db.example:5433/t_globex'));
    expect(serverOf('postgres://u@db.example/t_acme')).to.equal('db.example:5432');
    expect(serverOf('postgres://u@db.example:5433/a')).to.not.equal(serverOf('postgres://u@other:5433/a'));
  });

  it('lets one connection through until the server limit is known, then up to the lower of cap and limit, in order', async () => {
    let evictions = 0;
    const slots = new ConnectionSlots('s:5432', 5, () => (evictions += 1));
    await slots.take(1000);
    const served: number[] = [];
    const waiting = [1, 2, 3, 4].map((n) => slots.take(1000).then(() => served.push(n)));
    await settled();
    expect(served).to.deep.equal([]);
    slots.known(3); // the server allows 3: two more now
    await settled();
    expect(served).to.deep.equal([1, 2]);
    expect(slots.openCount).to.equal(3);
    expect(slots.pressed).to.equal(true);
    expect(evictions).to.be.greaterThan(0); // all taken, someone waits: an idle database is asked to close
    slots.release();
    slots.release();
    await Promise.all(waiting);
    expect(served).to.deep.equal([1, 2, 3, 4]);
    expect(slots.peak).to.equal(3);
    expect(slots.cap).to.equal(3);
  });

  it('a waiter not served in time gets CONNECTION_BUDGET_BUSY (the run is deferred), and leaves the line', async () => {
    const slots = new ConnectionSlots('s:5432', 1, () => {});
    slots.known(undefined);
    await slots.take(1000);
    const error = await slots.take(20).catch((e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('CONNECTION_BUDGET_BUSY');
    expect(slots.pressed).to.equal(false);
    slots.release();
    expect(slots.openCount).to.equal(0);
  });
});
