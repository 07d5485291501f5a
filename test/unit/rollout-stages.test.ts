import { expect } from 'chai';
import { InvalidInput, describeSkipped, parseSelector, type PlannedRun } from '@tenantry/core';
import {
  assignWaves,
  parseAmount,
  parseWavesBy,
  resolveStages,
  skipReason,
  spreadOrder,
  stageTenants,
  type StagedTenant,
} from '@tenantry/core/internal';

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
    expect(resolveStages({ canary: '10%', waveSize: '25%', maxFailures: 3 }, 41)).to.deep.equal({
      canary: 5,
      waveSize: 11,
      maxFailures: 3,
    });
    expect(parseAmount('canary', 0, 10, true)).to.equal(0);
  });

  it('refuses amounts that make no sense, as input errors', () => {
    expect(() => resolveStages({ canary: 11 }, 10)).to.throw(InvalidInput, /larger than the fleet/);
    expect(() => resolveStages({ waveSize: 0 }, 10)).to.throw(InvalidInput, /at least 1/);
    expect(() => resolveStages({ maxFailures: '150%' }, 10)).to.throw(InvalidInput, /over 100%/);
    expect(() => resolveStages({ canary: 'ten' }, 10)).to.throw(InvalidInput, /number or a percentage/);
  });

  it("puts the canary tenants in wave 0, then waveSize tenants per wave, a tenant's platforms together", () => {
    const runs = ['t1', 't2', 't3', 't4', 't5', 't6'].flatMap((tenant) => [run(tenant, 'billing'), run(tenant, 'crm')]);
    assignWaves(runs, { canary: 1, waveSize: 2, maxFailures: null });
    const waveOf = Object.fromEntries(runs.map((r) => [`${r.platform}/${r.tenant}`, r.wave]));
    expect(waveOf).to.deep.equal({
      'billing/t1': 0,
      'crm/t1': 0,
      'billing/t2': 1,
      'crm/t2': 1,
      'billing/t3': 1,
      'crm/t3': 1,
      'billing/t4': 2,
      'crm/t4': 2,
      'billing/t5': 2,
      'crm/t5': 2,
      'billing/t6': 3,
      'crm/t6': 3,
    });
  });

  it('runs shared migrations in the first wave, and without a canary starts tenants in wave 0', () => {
    const runs = [run('_shared', 'billing', 'shared'), run('t1'), run('t2'), run('t3')];
    assignWaves(runs, { canary: 0, waveSize: 2, maxFailures: 5 });
    expect(runs.map((r) => r.wave)).to.deep.equal([0, 0, 0, 1]);
  });
});

describe('canaries and waves chosen on purpose', () => {
  const tenant = (name: string, labels: Record<string, string> = {}, server: string | null = 's1'): StagedTenant => ({
    tenant: name,
    labels,
    server,
  });
  const wavesOf = (waveOf: Map<string, number>) => {
    const waves: string[][] = [];
    for (const [t, w] of [...waveOf.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) (waves[w] ??= []).push(t);
    return waves;
  };

  it('spreads the default canary across label sets and servers instead of taking the first names', () => {
    const fleet = [
      tenant('a1', { region: 'us' }),
      tenant('a2', { region: 'us' }),
      tenant('a3', { region: 'us' }),
      tenant('b1', { region: 'eu' }),
      tenant('c1', { region: 'us' }, 's2'),
      tenant('d1', { region: 'eu', tier: 'enterprise' }),
    ];
    const waves = wavesOf(stageTenants(fleet, { canary: 4, waveSize: 10, maxFailures: null }));
    expect(waves[0]).to.deep.equal(['a1', 'b1', 'c1', 'd1']);
    expect(waves[1]).to.deep.equal(['a2', 'a3']);
    // without labels or servers it is the first names, as before
    const plain = wavesOf(
      stageTenants(
        ['t3', 't1', 't2'].map((n) => tenant(n)),
        { canary: 1, waveSize: 1, maxFailures: null },
      ),
    );
    expect(plain).to.deep.equal([['t1'], ['t2'], ['t3']]);
  });

  it('spreads groups of unequal sizes one tenant per group per round, every tenant exactly once', () => {
    const fleet = [
      ...['a1', 'a2', 'a3', 'a4'].map((n) => tenant(n, { region: 'us' })),
      tenant('b1', { region: 'eu' }),
      ...['c1', 'c2'].map((n) => tenant(n, { region: 'ap' })),
    ];
    expect(spreadOrder(fleet).map((t) => t.tenant)).to.deep.equal(['a1', 'b1', 'c1', 'a2', 'c2', 'a3', 'a4']);
    // a fleet of one group keeps its order, whatever its size
    const one = Array.from({ length: 20_000 }, (_, i) => tenant(`t${i}`));
    expect(spreadOrder(one).map((t) => t.tenant)).to.deep.equal(one.map((t) => t.tenant));
  });

  it('takes the canary from --canary-where, spread over what it selects', () => {
    const fleet = [
      tenant('a', { region: 'eu' }),
      tenant('b', { internal: '', region: 'eu' }),
      tenant('c'),
      tenant('d', { internal: '', region: 'us' }),
    ];
    const waveOf = stageTenants(
      fleet,
      { canary: 2, waveSize: 5, maxFailures: null },
      { canaryWhere: parseSelector('internal') },
    );
    expect(wavesOf(waveOf)).to.deep.equal([
      ['b', 'd'],
      ['a', 'c'],
    ]);
    expect(resolveStages({ canaryWhere: 'internal' }, 4, 2).canary).to.equal(2);
    expect(resolveStages({ canaryWhere: 'internal', canary: 1 }, 4, 2).canary).to.equal(1);
    expect(() => resolveStages({ canaryWhere: 'vip' }, 4, 0)).to.throw(
      InvalidInput,
      /--canary-where vip selects none of the 4 tenant/,
    );
    expect(() => resolveStages({ canaryWhere: 'internal', canary: 3 }, 4, 2)).to.throw(
      InvalidInput,
      /more than the 2 tenant/,
    );
  });

  it('orders waves by a label, one value per wave, listed values first and unlabelled tenants last', () => {
    const fleet = [
      tenant('e1', { region: 'eu' }),
      tenant('e2', { region: 'eu' }),
      tenant('e3', { region: 'eu' }),
      tenant('u1', { region: 'us' }),
      tenant('k1', { region: 'uk' }),
      tenant('n1'),
    ];
    const byName = wavesOf(
      stageTenants(fleet, { canary: 0, waveSize: 2, maxFailures: null }, { wavesBy: parseWavesBy('region') }),
    );
    expect(byName).to.deep.equal([['e1', 'e2'], ['e3'], ['k1'], ['u1'], ['n1']]);
    const ordered = wavesOf(
      stageTenants(fleet, { canary: 1, waveSize: 5, maxFailures: null }, { wavesBy: parseWavesBy('region:us,eu') }),
    );
    // the canary spreads over the label's values (one eu first by name), then us, eu, the others, the unlabelled
    expect(ordered).to.deep.equal([['e1'], ['u1'], ['e2', 'e3'], ['k1'], ['n1']]);
    expect(() => parseWavesBy('region:eu,')).to.throw(InvalidInput, /--waves-by/);
    expect(() => parseWavesBy('re gion')).to.throw(InvalidInput, /label key/);
  });

  it('stages a tenant the same way whatever order the tenants come in', () => {
    const fleet = ['x', 'a', 'm', 'b'].map((n, i) => tenant(n, { region: i % 2 ? 'eu' : 'us' }));
    const stages = { canary: 2, waveSize: 1, maxFailures: null };
    expect([...stageTenants(fleet, stages).entries()].sort()).to.deep.equal(
      [...stageTenants([...fleet].reverse(), stages).entries()].sort(),
    );
  });
});

describe('pins and holds in a plan', () => {
  const at = new Date();
  it('skips a tenant pinned at another version, not one pinned at the target; a hold skips it whatever the target', () => {
    expect(skipReason({ pinnedVersion: 'v1', heldAt: null }, 'v2', {})).to.equal('pinned');
    expect(skipReason({ pinnedVersion: 'v1', heldAt: null }, 'v1', {})).to.equal(undefined);
    expect(skipReason({ pinnedVersion: 'v1', heldAt: null }, 'v2', { includePinned: true })).to.equal(undefined);
    expect(skipReason({ pinnedVersion: null, heldAt: at }, 'v2', {})).to.equal('held');
    expect(skipReason({ pinnedVersion: 'v2', heldAt: at }, 'v2', { includePinned: true })).to.equal('held');
    expect(skipReason({ pinnedVersion: 'v1', heldAt: at }, 'v2', { includeHeld: true })).to.equal('pinned');
    expect(skipReason({ pinnedVersion: null, heldAt: null }, 'v2', {})).to.equal(undefined);
  });

  it('counts skipped tenants, not their platforms', () => {
    const skipped = [
      { platform: 'billing', tenant: 'a', reason: 'pinned' as const },
      { platform: 'crm', tenant: 'a', reason: 'pinned' as const },
      { platform: 'billing', tenant: 'b', reason: 'pinned' as const },
      { platform: 'billing', tenant: 'c', reason: 'held' as const },
    ];
    expect(describeSkipped(skipped)).to.equal('skipped 2 pinned tenants, 1 held');
    expect(describeSkipped(skipped.slice(3))).to.equal('skipped 1 held tenant');
  });
});
