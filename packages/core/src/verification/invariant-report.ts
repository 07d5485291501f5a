/** What `checkInvariants` reports: the invariants by name, and each one found broken. */

/**
 * Tenantry's promise, checked against the real state of the fleet (meant for a fleet at rest:
 * mid-rollout, runs in flight may be reported).
 *
 * - location: each tenant is where the ledger recorded it at registration
 * - version: each tenant is at its original or its target version on every platform, and at
 *   exactly the one its last run decided (target when it succeeded; original when it failed, was
 *   cancelled or was compensated)
 * - fingerprint: its live schema matches the reference of the version it records
 * - invalid-index: no index left invalid (`pg_index.indisvalid`) by an interrupted CONCURRENTLY
 * - orphan-lock: no advisory lock in Tenantry's namespaces held by a session of no live worker
 * - orphan-run: no run `running` whose worker is not alive
 * - lost-job: every ledger run finished, or queued with its job in the queue; no rollout stuck
 * - duplicate-step: no migration recorded twice in a tenant's migrations table
 * - backup: a recorded, existing backup at the original version before every change that asked for one
 * - compensation: every compensating run succeeded, its tenant back at its original version
 * - aside-schema: no live schema left aside by a restore cut short (`tenantry_aside_*`), no run
 *   finished with its aside schema still recorded
 * - orphan-run also: no run `running` past its deadline (platforms.X.runTimeoutMs)
 */
export const INVARIANTS = [
  'location',
  'version',
  'fingerprint',
  'invalid-index',
  'orphan-lock',
  'orphan-run',
  'lost-job',
  'duplicate-step',
  'backup',
  'compensation',
  'aside-schema',
] as const;
export type InvariantName = (typeof INVARIANTS)[number];

export interface InvariantViolation {
  invariant: InvariantName;
  platform?: string;
  tenant?: string;
  runId?: string;
  message: string;
}

export interface InvariantReport {
  ok: boolean;
  checked: { tenants: number; runs: number; databases: number };
  violations: InvariantViolation[];
}
