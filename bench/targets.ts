// What the bench holds Tenantry to: each check's target, apart from the figures it is checked on.

export interface Target {
  /** as printed in the CHECK table */
  text: string;
  pass: (value: number) => boolean;
}

const atMost = (limit: number): Target => ({ text: `≤ ${limit}`, pass: (v) => v <= limit });
const atLeast = (limit: number): Target => ({ text: `≥ ${limit}`, pass: (v) => v >= limit });
const below = (limit: number, unit: string): Target => ({ text: `< ${limit}${unit}`, pass: (v) => v < limit });
/** a yes/no figure: 1 = yes */
const yes: Target = { text: 'yes', pass: (v) => v === 1 };

export const TARGETS = {
  /** Tenantry ÷ plain SQL, wall, same connection count */
  tenantryOverPlain: atMost(1.5),
  /** Tenantry ÷ the one-round-trip floor, wall, same connection count (issue: a rollout at the speed of PostgreSQL) */
  tenantryOverFloor: atMost(1.1),
  /** node-pg-migrate's runner in a loop ÷ Tenantry, wall */
  runnerOverTenantry: atLeast(1.8),
  /** one `tenantry migrate` of the enqueue mode's tenants, CLI wall, seconds */
  enqueueSeconds: below(2, ' s'),
  /** `tenantry migrate --to latest --wait` of the noop mode's tenants, all at target, CLI wall, seconds */
  noopDeploySeconds: below(2, ' s'),
  /** Tenantry + pg_dump ÷ Tenantry, wall */
  backupOverTenantry: atMost(1.5),
  /** the release of three platforms with ÷ without pg_dump, wall */
  releaseBackupOverRelease: atMost(1.3),
  /** each reconciler pass, seconds */
  reconcilePassSeconds: below(1, ' s'),
  /** every worker's peak RSS, MB */
  workerMaxRssMb: below(200, ' MB'),
  /** a replay of 200 migrations ÷ creating the tenant from its version's template */
  replayOverOnboard: atLeast(10),
  /** the scale mode: one `tenantry migrate` (no --wait) of its large fleet, seconds (the issue: 50,000 runs < 10 s) */
  scaleEnqueueSeconds: below(10, ' s'),
  /** the scale mode: each read command (status, versions, consistency, verify, verify --invariants, the dry run) on the large fleet, seconds */
  scaleReadSeconds: below(5, ' s'),
  /** the scale mode: a reconciler pass over the large fleet, seconds */
  scaleReconcilePassSeconds: below(5, ' s'),
  /** the scale mode: every CLI command's peak RSS, MB */
  cliMaxRssMb: below(500, ' MB'),
  /** the scale mode: ms/tenant at the large fleet ÷ at the small one (a tenth): flat or linear, never worse */
  scaleGrowth: atMost(2),
  /** --traffic: the application's p99 latency during the rollout ÷ before it */
  appP99DuringOverBefore: atMost(2),
  /** --traffic: the longest an application query waited behind a migration ÷ the configured lock budget */
  appBlockedOverLockBudget: atMost(1),
  /** --traffic: the application's failed operations, both phases */
  appErrors: atMost(0),
  /** --traffic: the held tenant's run was put off (deferred or retried) instead of waiting out the hold */
  heldTenantDeferred: yes,
  /** --traffic: the held tenant's run succeeded after the hold ended */
  heldTenantFinishedAfterHold: yes,
} as const satisfies Record<string, Target>;

/** The floor's ratio is a median of at least this many pairs (a single pair moves by ±30% on a shared machine). */
export const MIN_FLOOR_PAIRS = 3;
