import { expect } from 'chai';
import { SessionSlots, SessionSlotsBusy } from '@tenantry/core/internal';

describe("session slots (a worker's tenant sessions, one job ahead of them)", () => {
  it('never lend more slots than they have; a released slot goes to the first waiter', async () => {
    const slots = new SessionSlots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const second = slots.acquire().then((release) => {
      order.push('second');
      return release;
    });
    const third = slots.acquire().then((release) => {
      order.push('third');
      return release;
    });
    await Promise.resolve();
    expect(order).to.deep.equal([]);
    first();
    first(); // a second release of the same slot frees nothing more
    (await second)();
    (await third)();
    expect(order).to.deep.equal(['second', 'third']);
    // all free again: two at once would be one too many
    const again = await slots.acquire();
    let extra = false;
    void slots.acquire().then(() => (extra = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(extra).to.equal(false);
    again();
  });

  it('give up a wait that lasts too long (the run is deferred) or is aborted, and lose no slot to it', async () => {
    const slots = new SessionSlots(1);
    const held = await slots.acquire();
    const busy = await slots.acquire({ waitMs: 20 }).catch((error: unknown) => error);
    expect(busy).to.be.instanceOf(SessionSlotsBusy);
    expect((busy as SessionSlotsBusy).code).to.equal('CONNECTION_BUDGET_BUSY');
    const controller = new AbortController();
    const aborted = slots.acquire({ signal: controller.signal }).catch((error: unknown) => error);
    controller.abort(new Error('stopped'));
    expect(((await aborted) as Error).message).to.equal('stopped');
    held();
    // the waits given up hold nothing: the one slot is free
    const next = await slots.acquire({ waitMs: 20 });
    next();
  });
});
