import { expect } from 'chai';
import { PRIORITY, followUpOf, releaseOf, undoOrder } from '@tenantry/queue';

describe('what follows a run (the rollout service)', () => {
  it('moves the rollout on after a success, and compensates nothing', () => {
    expect(followUpOf({ kind: 'finished', runId: 'r', succeeded: true, partial: false })).to.deep.equal({
      compensate: false,
      succeeded: true,
    });
  });

  it('compensates a failure only when it may have left the tenant between versions', () => {
    expect(followUpOf({ kind: 'finished', runId: 'r', succeeded: false, partial: false })).to.deep.equal({
      compensate: false,
      succeeded: false,
    });
    expect(followUpOf({ kind: 'finished', runId: 'r', succeeded: false, partial: true })).to.deep.equal({
      compensate: true,
      succeeded: false,
    });
  });

  it('treats a run whose last attempt gave up without a result as partial: it may have died after a commit', () => {
    expect(followUpOf({ kind: 'gave-up', runId: 'r' })).to.deep.equal({ compensate: true, succeeded: false });
  });

  it('releases the first wave as a wave (batched backups) only after the last shared run succeeded', () => {
    expect(releaseOf({ scope: 'shared', compensates: null }, true)).to.deep.equal({
      asWave: true,
      priority: PRIORITY.fleet,
    });
    expect(releaseOf({ scope: 'shared', compensates: null }, false)).to.deep.equal({
      asWave: false,
      priority: PRIORITY.fleet,
    });
    expect(releaseOf({ scope: 'tenant', compensates: null }, true)).to.deep.equal({
      asWave: false,
      priority: PRIORITY.fleet,
    });
  });

  it('queues what a compensation released (the next of its chain) ahead of fleet runs, one at a time', () => {
    for (const succeeded of [true, false]) {
      expect(releaseOf({ scope: 'tenant', compensates: 'a-run' }, succeeded)).to.deep.equal({
        asWave: false,
        priority: PRIORITY.compensation,
      });
      expect(releaseOf({ scope: 'shared', compensates: 'a-run' }, succeeded)).to.deep.equal({
        asWave: false,
        priority: PRIORITY.compensation,
      });
    }
    expect(PRIORITY.compensation).to.be.below(PRIORITY.fleet);
  });
});

describe('compensation order', () => {
  const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

  it("undoes a tenant's saga newest step first, so each platform returns before the one it followed", () => {
    const steps = [
      { id: 'billing', sagaStep: 1, finishedAt: at(1) },
      { id: 'isp', sagaStep: 3, finishedAt: at(3) },
      { id: 'crm', sagaStep: 2, finishedAt: at(2) },
    ];
    expect(undoOrder(steps).map((s) => s.id)).to.deep.equal(['isp', 'crm', 'billing']);
    expect(
      steps.map((s) => s.id),
      'the input is left as it was',
    ).to.deep.equal(['billing', 'isp', 'crm']);
  });

  it('undoes steps of one saga step (a retried platform) latest finished first, an unfinished one last', () => {
    const steps = [
      { id: 'first', sagaStep: 2, finishedAt: at(1) },
      { id: 'unfinished', sagaStep: 2, finishedAt: null },
      { id: 'second', sagaStep: 2, finishedAt: at(5) },
    ];
    expect(undoOrder(steps).map((s) => s.id)).to.deep.equal(['second', 'first', 'unfinished']);
  });

  it('has nothing to undo for a tenant that moved nowhere', () => {
    expect(undoOrder([])).to.deep.equal([]);
  });
});
