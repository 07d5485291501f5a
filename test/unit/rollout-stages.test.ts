import { expect } from 'chai';
import { InvalidInput, type PlannedRun } from '@tenantry/core';
import { assignWaves, parseAmount, resolveStages } from '@tenantry/core/internal';

function run(tenant: string, platform = 'billing', scope: 'tenant' | 'shared' = 'tenant'): PlannedRun {
  return { platform, tenant, scope, direction: 'up', target: 'v1' };
}

describe('rollout stages and waves', () => {
  it('stages a small fleet in one wave with no canary, and a large one behind a canary', () => {
    expect(resolveStages({}, 10)).to.deep.equal({ canary: 0, waveSize: 50, maxFailures: 5 });
    expect(resolveStages({}, 1_000)).to.deep.equal({ canary: 10, waveSize: 100, maxFailures: 20 });
    expect(resolveStages({}, 50)).to.deep.equal({ canary: 1, waveSize: 50, maxFailures: 5 });
  });

  it('takes counts and percentages of the fleet, rounded up', () => {
    expect(resolveStages({ canary: '10%', waveSize: '25%', maxFailures: 3 }, 41)).to.deep.equal({ canary: 5, waveSize: 11, maxFailures: 3 });
    expect(parseAmount('canary', 0, 10, true)).to.equal(0);
  });

  it('refuses amounts that make no sense, as input errors', () => {
    expect(() => resolveStages({ canary: 11 }, 10)).to.throw(InvalidInput, /larger than the fleet/);
    expect(() => resolveStages({ waveSize: 0 }, 10)).to.throw(InvalidInput, /at least 1/);
    expect(() => resolveStages({ maxFailures: '150%' }, 10)).to.throw(InvalidInput, /over 100%/);
    expect(() => resolveStages({ canary: 'ten' }, 10)).to.throw(InvalidInput, /number or a percentage/);
  });

  it('puts the canary tenants in wave 0, then waveSize tenants per wave, a tenant\'s platforms together', () => {
    const runs = ['t1', 't2', 't3', 't4', 't5', 't6'].flatMap((tenant) => [run(tenant, 'billing'), run(tenant, 'crm')]);
    assignWaves(runs, { canary: 1, waveSize: 2, maxFailures: null });
    const waveOf = Object.fromEntries(runs.map((r) => [`${r.platform}/${r.tenant}`, r.wave]));
    expect(waveOf).to.deep.equal({
      'billing/t1': 0, 'crm/t1': 0,
      'billing/t2': 1, 'crm/t2': 1, 'billing/t3': 1, 'crm/t3': 1,
      'billing/t4': 2, 'crm/t4': 2, 'billing/t5': 2, 'crm/t5': 2,
      'billing/t6': 3, 'crm/t6': 3,
    });
  });

  it('runs shared migrations in the first wave, and without a canary starts tenants in wave 0', () => {
    const runs = [run('_shared', 'billing', 'shared'), run('t1'), run('t2'), run('t3')];
    assignWaves(runs, { canary: 0, waveSize: 2, maxFailures: 5 });
    expect(runs.map((r) => r.wave)).to.deep.equal([0, 0, 0, 1]);
  });
});
