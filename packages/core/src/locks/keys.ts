import { createHash } from 'node:crypto';

/**
 * Tenantry's advisory-lock key space. Every lock is (namespace, key) in PostgreSQL's two-int4
 * form, so it can never collide with node-pg-migrate's single bigint lock or an application's.
 * One namespace per purpose; never reuse a value.
 */
export const LOCK_NAMESPACE = {
  /** one run at a time per (platform, tenant) */
  tenantRun: 0x746e7401,
  /** one shared-migration run at a time per platform */
  platformShared: 0x746e7402,
  /** one reconciler pass at a time across all workers (on the control database) */
  reconciler: 0x746e7403,
  /** slots of a platform's connection budget (on the control database) */
  connectionBudget: 0x746e7404,
  /** rollouts are created one at a time (on the control database, per transaction): see ledger/rollout-overlap.ts */
  rolloutCreate: 0x746e7405,
  /** one build at a time of a version's template schema (on the platform database): see verification/template.ts */
  templateBuild: 0x746e7406,
  /** slots of a database server's run budget, across all workers (on the control database): see governor/slots.ts */
  serverBudget: 0x746e7420,
  /** the fleet's one sampler of server health (on the control database): see governor/governor.ts */
  governorSampler: 0x746e7421,
} as const;

/** The governor's sampler lock: one key in its namespace. */
export const GOVERNOR_SAMPLER_LOCK: AdvisoryKey = [LOCK_NAMESPACE.governorSampler, 1];

/** The reconciler's lock: one key in its namespace. */
export const RECONCILER_LOCK: AdvisoryKey = [LOCK_NAMESPACE.reconciler, 1];

/** A lock in PostgreSQL's two-int4 form: (namespace, key). */
export type AdvisoryKey = readonly [namespace: number, key: number];

/** node-pg-migrate's lock value (a bigint) while the control schema is created or upgraded. */
export const CONTROL_SCHEMA_LOCK = 0x746e7400;

/** A stable signed 32-bit key from text (the first four bytes of its sha256). */
export function lockKey(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readInt32BE(0);
}
