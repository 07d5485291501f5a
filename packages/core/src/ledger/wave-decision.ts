/** What halts a staged rollout, as its columns hold it. */
export interface WaveControls {
  /** the canary's size: wave 0's tenants (0: no canary) */
  canary: number;
  /** halt once this many tenants failed since the last resume (null: never) */
  maxFailures: number | null;
  /** wave 0 closed with no canary failure */
  canaryPassed: boolean;
  /** the tenants that had failed when the rollout was last resumed */
  failureBaseline: number;
}

/** Where a rollout's runs stand, as advanceWaves reads it. */
export interface WaveState {
  /** distinct tenants with a failed forward run */
  failedTenants: number;
  /** of them, tenants of wave 0 */
  canaryFailedTenants: number;
  /** a shared run failed */
  sharedFailed: boolean;
  /** the lowest wave with work open (queued or running runs, or runs waiting on another run) */
  openWave: number | null;
  /** the lowest wave with runs waiting for their wave */
  nextWave: number | null;
}

export type WaveDecision =
  { kind: 'halt'; reason: string } | { kind: 'wait' } | { kind: 'release'; wave: number; passesCanary: boolean };

/**
 * Whether a running staged rollout halts, waits for its current wave, or releases the next one.
 * It halts when a shared run failed, when its failures since the last resume reach
 * --max-failures, or when a canary tenant failed before the canary passed. Otherwise the next
 * wave starts once no earlier wave is open; releasing the wave after the canary passes it.
 */
export function decideWave(state: WaveState, controls: WaveControls): WaveDecision {
  const staged = controls.canary > 0;
  if (state.sharedFailed) return { kind: 'halt', reason: 'shared migrations failed' };
  if (controls.maxFailures !== null && state.failedTenants - controls.failureBaseline >= controls.maxFailures) {
    const reason = `${state.failedTenants} tenant(s) failed, reaching --max-failures ${controls.maxFailures}`;
    return { kind: 'halt', reason };
  }
  if (staged && state.canaryFailedTenants > 0 && !controls.canaryPassed) {
    return { kind: 'halt', reason: `${state.canaryFailedTenants} canary tenant(s) failed` };
  }
  // a wave is open while it has queued or running runs, or runs waiting on another run of it; a
  // later wave's dependent runs (the tenant's next platform) wait with their wave, unreleased
  if (state.nextWave === null || (state.openWave !== null && state.openWave < state.nextWave)) return { kind: 'wait' };
  return { kind: 'release', wave: state.nextWave, passesCanary: staged && !controls.canaryPassed };
}
