import type pg from 'pg';
import { TenantryError } from '../errors.js';
import { LOCK_NAMESPACE } from '../locks/keys.js';
import type { ControlDb } from './control-db.js';

/**
 * One target per tenant among open rollouts: a rollout whose (platform, tenant) pairs meet the
 * open runs (queued, waiting or running) of another with a different direction or target is
 * refused, naming that one, unless it supersedes it: both would report success while only the
 * last to run wins. The same request twice is allowed: its runs converge on one version.
 * Checked and written under one transaction-scoped lock on the control database, so two
 * requests at the same instant are ordered: the second sees the first.
 */

export class RolloutConflict extends TenantryError {
  constructor(
    message: string,
    readonly rolloutId: string,
  ) {
    super('ROLLOUT_CONFLICT', message);
  }
}

export interface OpenRollout {
  id: string;
  kind: string;
  target: string;
  shared: number;
  example: string;
}

/** Takes the rollout-creation lock (until the transaction ends) and returns the open rollouts these pairs meet. */
export async function openRolloutsOver(
  client: pg.ClientBase,
  db: ControlDb,
  runs: ReadonlyArray<{ platform: string; tenant: string; direction: string; target: string }>,
): Promise<OpenRollout[]> {
  await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_NAMESPACE.rolloutCreate]);
  const { rows } = await client.query<OpenRollout>(
    `SELECT o.id, o.kind, o.target, count(DISTINCT (r.platform, r.tenant))::int AS shared, min(r.platform || '/' || r.tenant) AS example
     FROM ${db.table('runs')} r JOIN ${db.table('rollouts')} o ON o.id = r.rollout_id
     JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS p(platform, tenant, direction, target)
       ON p.platform = r.platform AND p.tenant = r.tenant AND (p.direction, p.target) IS DISTINCT FROM (r.direction, r.target)
     WHERE o.status = 'running' AND r.status IN ('waiting', 'queued', 'running')
     GROUP BY o.id, o.kind, o.target, o.created_at ORDER BY o.created_at`,
    [runs.map((r) => r.platform), runs.map((r) => r.tenant), runs.map((r) => r.direction), runs.map((r) => r.target)],
  );
  return rows;
}

export function conflictError(open: OpenRollout): RolloutConflict {
  return new RolloutConflict(
    `rollout ${open.id} (${open.kind} to ${open.target}) is still open over ${open.shared} of these tenant(s) (${open.example}${open.shared > 1 ? ', …' : ''}) with another target: ` +
      `wait for it, abort it (tenantry rollout abort ${open.id}), or pass --supersede to abort it and start this one; nothing was changed`,
    open.id,
  );
}
