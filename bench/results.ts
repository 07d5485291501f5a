import type { Row } from './context.js';
import type { DbptFigures } from './modes/dbpt.js';
import type { EnqueueResult } from './modes/enqueue.js';
import type { OnboardFigures } from './modes/onboard.js';
import type { NoopResult } from './modes/noop.js';
import type { ReconcileFigures } from './modes/reconcile.js';
import type { ScaleFigures } from './modes/scale.js';
import type { TenantryDetails } from './modes/tenantry.js';

/** One side-by-side pair: a yardstick (plain SQL, or the floor) and Tenantry, timed in turns. */
export interface Pair {
  baseMs: number;
  tenantryMs: number;
}

/** Everything one bench run measured, for the report. */
export interface Results {
  rows: Row[];
  /** every Tenantry mode's figures, by row key */
  details: Record<string, TenantryDetails>;
  /** catalog fingerprints of the first tenant, by row key */
  prints: Record<string, string>;
  enqueue?: EnqueueResult;
  noop?: NoopResult;
  reconcile?: ReconcileFigures;
  onboard?: OnboardFigures;
  /** database per tenant, one entry per tenant count */
  dbpt?: DbptFigures[];
  /** the scale mode: each layout at two sizes, small first */
  scale?: ScaleFigures[];
  /** plain SQL / Tenantry, with --pairs P > 1 */
  pairs?: Pair[];
  /** the one-round-trip floor / Tenantry (the `floor` mode) */
  floorPairs?: Pair[];
  equivalent?: boolean;
}
