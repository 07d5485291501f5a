import { expect } from 'chai';
import type { PlannedRun, PoolRegistry, TenantryConfig } from '@tenantry/core';
import { capCanary, leaveOutSharedAtTarget } from '@tenantry/core/internal';

function shared(platform: string, id: string, afterRun?: string): PlannedRun {
  return {
    id,
    platform,
    tenant: '_shared',
    scope: 'shared',
    direction: 'up',
    target: `${platform}-last`,
    ...(afterRun ? { afterRun } : {}),
  };
}

/** Plans as planRollout leaves them: a chain of shared runs, then wave 0's tenant runs after the last. */
function plan(): PlannedRun[] {
  return [
    shared('a', 's1'),
    shared('b', 's2', 's1'),
    shared('c', 's3', 's2'),
    { id: 't1', platform: 'a', tenant: 'acme', direction: 'up', target: 'v2', afterRun: 's3', wave: 0 },
    { id: 't2', platform: 'a', tenant: 'globex', direction: 'up', target: 'v2', wave: 1 },
  ];
}

/** Shared schemas at these platforms' targets; the rest behind. */
function versionsAt(platforms: string[]) {
  return async (_config: TenantryConfig, _pools: PoolRegistry, runs: readonly PlannedRun[]) =>
    new Map(runs.map((r) => [`${r.platform}/${r.tenant}`, platforms.includes(r.platform) ? r.target : '0']));
}

const none = {} as TenantryConfig;
const noPools = {} as PoolRegistry;

describe('leaving out what is at its target', () => {
  it('drops shared runs at their target and re-chains what waited for them', async () => {
    const runs = plan();
    await leaveOutSharedAtTarget(none, noPools, runs, versionsAt(['b', 'c']));
    expect(runs.map((r) => [r.id, r.afterRun ?? null])).to.deep.equal([
      ['s1', null],
      ['t1', 's1'],
      ['t2', null],
    ]);
  });

  it('leaves no dangling wait when every shared run is at its target, and changes nothing when none is', async () => {
    const all = plan();
    await leaveOutSharedAtTarget(none, noPools, all, versionsAt(['a', 'b', 'c']));
    expect(all.map((r) => [r.id, r.afterRun ?? null])).to.deep.equal([
      ['t1', null],
      ['t2', null],
    ]);
    const behind = plan();
    await leaveOutSharedAtTarget(none, noPools, behind, versionsAt([]));
    expect(behind).to.deep.equal(plan());
  });

  it('caps a --canary count at the tenants left to run, only when some were skipped', () => {
    expect(capCanary({ canary: '5' }, 3, 10)).to.deep.equal({ canary: 3 });
    expect(capCanary({ canary: '5' }, 3, 0)).to.deep.equal({ canary: '5' });
    expect(capCanary({ canary: '50%' }, 3, 10)).to.deep.equal({ canary: '50%' });
    expect(capCanary({ canary: 2 }, 3, 10)).to.deep.equal({ canary: 2 });
    expect(capCanary({}, 0, 10)).to.deep.equal({});
  });
});
