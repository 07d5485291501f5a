import type pg from 'pg';
import type { LockWaits, RunError, RunResult, RunStatus } from '../types.js';
import { Compensations, type PlannedCompensation } from './compensations.js';
import type { ControlDb } from './control-db.js';
import { Repair } from './repair.js';
import { RolloutControl, type AbortedRollout } from './rollout-control.js';
import { RolloutCreation, type CreatedRollout, type NewRollout } from './rollout-creation.js';
import { RolloutReads, type PlacedRunRecord, type RolloutSummary } from './rollout-reads.js';
import { RunLifecycle, type Deferral } from './run-lifecycle.js';
import type { CreatedRun, PlannedRun, RunRecord } from './run-rows.js';
import { Settlement, type ClosedRolloutStatus, type SettledSuccess } from './settlement.js';
import { TenantRegistry } from './tenant-registry.js';
import { Waves } from './waves.js';

export type { AbortedRollout } from './rollout-control.js';
export type { ClosedRolloutStatus } from './settlement.js';
export type { CreatedRollout, NewRollout, RolloutStages } from './rollout-creation.js';
export type { RolloutSummary, RunCounts } from './rollout-reads.js';
export { toCreatedRun, type CreatedRun, type PlannedRun, type RunRecord } from './run-rows.js';
export type { PlacedRunRecord } from './rollout-reads.js';

/**
 * Rollouts and their runs: written before anything is enqueued, updated by every worker. One
 * door to the ledger's concepts, each in its own module: creation, operator control, a run's
 * lifecycle, settlement, waves, compensations, repair, reads.
 */
export class RolloutLedger {
  private readonly creation: RolloutCreation;
  private readonly control: RolloutControl;
  private readonly lifecycle: RunLifecycle;
  private readonly settlement: Settlement;
  private readonly waves: Waves;
  private readonly compensations: Compensations;
  private readonly repair: Repair;
  private readonly reads: RolloutReads;

  private readonly registry: TenantRegistry;

  constructor(db: ControlDb) {
    this.settlement = new Settlement(db);
    this.control = new RolloutControl(db, this.settlement);
    this.creation = new RolloutCreation(db, (client, rolloutId, compensate) =>
      this.control.abortIn(client, rolloutId, compensate),
    );
    this.lifecycle = new RunLifecycle(db);
    this.waves = new Waves(db);
    this.compensations = new Compensations(db, this.creation);
    this.repair = new Repair(db);
    this.reads = new RolloutReads(db);
    this.registry = new TenantRegistry(db);
  }

  // creation and operator control (rollout-creation.ts, rollout-control.ts)

  createRollout(rollout: NewRollout): Promise<CreatedRollout> {
    return this.creation.createRollout(rollout);
  }

  abort(rolloutId: string, compensate = false): Promise<AbortedRollout> {
    return this.control.abort(rolloutId, compensate);
  }

  pause(rolloutId: string): Promise<boolean> {
    return this.control.pause(rolloutId);
  }

  resume(rolloutId: string, retryFailed: boolean): Promise<CreatedRun[] | undefined> {
    return this.control.resume(rolloutId, retryFailed);
  }

  // a run's lifecycle (run-lifecycle.ts)

  claimRun(runId: string, workerId: string, backendPid: number | null, from: string): Promise<string | undefined> {
    return this.lifecycle.claimRun(runId, workerId, backendPid, from);
  }

  abortedAmong(runIds: readonly string[]): Promise<string[]> {
    return this.lifecycle.abortedAmong(runIds);
  }

  deferRun(runId: string, deferral?: Deferral): Promise<void> {
    return this.lifecycle.deferRun(runId, deferral);
  }

  noteLockDeferral(
    runId: string,
    waits: LockWaits,
    maxDeferrals: number,
  ): Promise<{ deferred: boolean; deferrals: number } | undefined> {
    return this.lifecycle.noteLockDeferral(runId, waits, maxDeferrals);
  }

  noteAside(runId: string, aside: string | null): Promise<void> {
    return this.lifecycle.noteAside(runId, aside);
  }

  noteBackup(runId: string, backupId: string): Promise<void> {
    return this.lifecycle.noteBackup(runId, backupId);
  }

  finishRun(result: RunResult): Promise<RunRecord | undefined> {
    return this.lifecycle.finishRun(result);
  }

  recordRunError(runId: string, error: RunError, final: boolean, workerId?: string): Promise<void> {
    return this.lifecycle.recordRunError(runId, error, final, workerId);
  }

  // what follows a run (settlement.ts, waves.ts, compensations.ts)

  settleSuccess(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<SettledSuccess> {
    return this.settlement.settleSuccess(run);
  }

  settleFailure(run: Pick<RunRecord, 'id' | 'rolloutId'>): Promise<ClosedRolloutStatus | undefined> {
    return this.settlement.settleFailure(run);
  }

  releaseAfterFailure(runId: string): Promise<CreatedRun[]> {
    return this.settlement.releaseAfterFailure(runId);
  }

  finalizeRollout(rolloutId: string, client?: pg.Pool | pg.PoolClient): Promise<ClosedRolloutStatus | undefined> {
    return this.settlement.finalizeRollout(rolloutId, client);
  }

  rolloutsWithWaitingWaves(): Promise<string[]> {
    return this.waves.rolloutsWithWaitingWaves();
  }

  advanceWaves(rolloutId: string): Promise<{ released: CreatedRun[]; halted?: string }> {
    return this.waves.advanceWaves(rolloutId);
  }

  addCompensations(rolloutId: string, plans: readonly PlannedCompensation[]): Promise<CreatedRun[]> {
    return this.compensations.addCompensations(rolloutId, plans);
  }

  addCompensation(failedRunId: string, planned: PlannedRun): Promise<CreatedRun | undefined> {
    return this.compensations.addCompensation(failedRunId, planned);
  }

  // the reconciler's repairs (repair.ts)

  releaseStranded(graceMs: number): Promise<Array<CreatedRun & { rolloutId: string }>> {
    return this.repair.releaseStranded(graceMs);
  }

  abandonedFailures(workerExpiryMs: number): Promise<RunRecord[]> {
    return this.repair.abandonedFailures(workerExpiryMs);
  }

  finalizeOrphans(): Promise<Array<{ id: string; status: ClosedRolloutStatus }>> {
    return this.repair.finalizeOrphans();
  }

  // reads (rollout-reads.ts)

  getRollout(rolloutId: string): Promise<RolloutSummary | undefined> {
    return this.reads.getRollout(rolloutId);
  }

  /** The recorded server of each run's tenant, keyed `platform/tenant` (tenants/servers.ts). */
  tenantServers(runs: ReadonlyArray<{ platform: string; tenant: string }>): Promise<Map<string, string>> {
    return this.registry.serversOfMany(this.registry.pool, runs);
  }

  getRun(runId: string): Promise<PlacedRunRecord | undefined> {
    return this.reads.getRun(runId);
  }

  listRuns(rolloutId: string, status?: RunStatus): Promise<RunRecord[]> {
    return this.reads.listRuns(rolloutId, status);
  }

  lastRuns(platforms: readonly string[] | null, tenants: readonly string[] | null): Promise<RunRecord[]> {
    return this.reads.lastRuns(platforms, tenants);
  }

  unfinishedTenants(rolloutId: string): Promise<string[]> {
    return this.reads.unfinishedTenants(rolloutId);
  }

  touchedTenants(rolloutId: string): Promise<string[]> {
    return this.reads.touchedTenants(rolloutId);
  }

  doneSteps(rolloutId: string, tenant: string, belowStep?: number): Promise<RunRecord[]> {
    return this.reads.doneSteps(rolloutId, tenant, belowStep);
  }

  waitingBackups(runIds: readonly string[]): Promise<RunRecord[]> {
    return this.reads.waitingBackups(runIds);
  }
}
