import { expect } from 'chai';
import { decideWave, type WaveControls, type WaveState } from '../../packages/core/dist/ledger/wave-decision.js';

const controls = (c: Partial<WaveControls> = {}): WaveControls => ({
  canary: 0,
  maxFailures: null,
  canaryPassed: false,
  failureBaseline: 0,
  ...c,
});
const state = (s: Partial<WaveState> = {}): WaveState => ({
  failedTenants: 0,
  canaryFailedTenants: 0,
  sharedFailed: false,
  openWave: null,
  nextWave: null,
  ...s,
});

describe('the ledger: when a staged rollout halts, waits or releases its next wave', () => {
  it('halts when a shared run failed, before anything else is weighed', () => {
    expect(decideWave(state({ sharedFailed: true, nextWave: 1 }), controls())).to.deep.equal({
      kind: 'halt',
      reason: 'shared migrations failed',
    });
  });

  it('halts at --max-failures, counting only the failures since the last resume', () => {
    const reached = decideWave(state({ failedTenants: 3, nextWave: 2 }), controls({ maxFailures: 3 }));
    expect(reached).to.deep.equal({ kind: 'halt', reason: '3 tenant(s) failed, reaching --max-failures 3' });
    expect(
      decideWave(state({ failedTenants: 3, nextWave: 2 }), controls({ maxFailures: 3, failureBaseline: 1 })),
    ).to.deep.equal({ kind: 'release', wave: 2, passesCanary: false });
    expect(
      decideWave(state({ failedTenants: 4, nextWave: 2 }), controls({ maxFailures: 3, failureBaseline: 1 })).kind,
    ).to.equal('halt');
    // no --max-failures: failures never halt
    expect(decideWave(state({ failedTenants: 500, openWave: 5, nextWave: 4 }), controls()).kind).to.equal('release');
  });

  it('halts on a canary failure until the canary passed, and not after', () => {
    expect(
      decideWave(state({ canaryFailedTenants: 2, failedTenants: 2, nextWave: 1 }), controls({ canary: 3 })),
    ).to.deep.equal({
      kind: 'halt',
      reason: '2 canary tenant(s) failed',
    });
    expect(
      decideWave(
        state({ canaryFailedTenants: 2, failedTenants: 2, nextWave: 2 }),
        controls({ canary: 3, canaryPassed: true }),
      ),
    ).to.deep.equal({
      kind: 'release',
      wave: 2,
      passesCanary: false,
    });
    // wave 0 of an unstaged rollout is no canary
    expect(decideWave(state({ canaryFailedTenants: 1, failedTenants: 1, nextWave: 1 }), controls()).kind).to.equal(
      'release',
    );
  });

  it('waits while an earlier wave is open, or when no wave is left', () => {
    expect(decideWave(state({ openWave: 0, nextWave: 1 }), controls({ canary: 3 }))).to.deep.equal({ kind: 'wait' });
    expect(decideWave(state({ openWave: 2, nextWave: null }), controls())).to.deep.equal({ kind: 'wait' });
    expect(decideWave(state(), controls())).to.deep.equal({ kind: 'wait' });
  });

  it('releases the next wave once the waves before it are done, passing the canary with the first', () => {
    expect(decideWave(state({ nextWave: 1 }), controls({ canary: 3 }))).to.deep.equal({
      kind: 'release',
      wave: 1,
      passesCanary: true,
    });
    expect(decideWave(state({ nextWave: 2 }), controls({ canary: 3, canaryPassed: true }))).to.deep.equal({
      kind: 'release',
      wave: 2,
      passesCanary: false,
    });
    // an open later wave (runs waiting on a run) does not hold back an earlier one
    expect(decideWave(state({ openWave: 3, nextWave: 2 }), controls())).to.deep.equal({
      kind: 'release',
      wave: 2,
      passesCanary: false,
    });
  });
});
