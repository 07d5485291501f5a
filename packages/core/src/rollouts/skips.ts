import type { TenantMarks } from '../ledger/tenant-registry.js';

/**
 * Pins and holds, as rollouts read them. A pin means "stay at exactly this version": a rollout
 * whose target on the platform is another version leaves the tenant where it is (one whose
 * target is the pin moves it there). A hold (a suspended tenant) keeps it out of every rollout.
 * `includePinned` / `includeHeld` override them for one rollout.
 */
export interface SkippedTenant {
  platform: string;
  tenant: string;
  reason: 'pinned' | 'held';
  /** the version it is pinned at, when it is */
  pinnedVersion?: string;
}

export function skipReason(
  marks: Pick<TenantMarks, 'pinnedVersion' | 'heldAt'>,
  target: string,
  overrides: { includePinned?: boolean; includeHeld?: boolean },
): SkippedTenant['reason'] | undefined {
  if (marks.heldAt !== null && !overrides.includeHeld) return 'held';
  if (marks.pinnedVersion !== null && marks.pinnedVersion !== target && !overrides.includePinned) return 'pinned';
  return undefined;
}
