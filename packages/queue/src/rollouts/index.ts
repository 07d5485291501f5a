/**
 * The rollout service: the one home of the rollout state machine. Rollouts are created (migrate,
 * rollback, a platform's shared schema, a restore, a retry of failed tenants), paused, resumed
 * and aborted here, by the CLI and the API alike through RolloutService; and what follows each
 * run (the tenant's next platform, the next wave, the saga's compensation) is decided here, by
 * `endRun`, which the worker calls with how a run ended. The reconciler repeats the follow-up of
 * successes through the same functions.
 */
export { RolloutService } from './service.js';
export type { RolloutServiceOptions, RolloutDetail } from './service.js';
export type { RolloutDeps, CreateDeps } from './deps.js';
export type { CreatedRollout, EnqueuedRollout, EnqueueOptions } from './create.js';
export type { ResumedRollout } from './resume.js';
export type { RestoreRollout } from './restore.js';
export type { SharedRollout } from './shared.js';
export type { RetriedRollout } from './retry.js';
export type { AbortedRollout } from './abort.js';
export { endRun, followUpOf } from './run-ending.js';
export type { RunEnding, FollowUp } from './run-ending.js';
export { undoOrder } from './compensation.js';
export { releaseOf } from './release.js';
