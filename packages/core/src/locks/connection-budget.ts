import { TenantryError } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { LOCK_NAMESPACE, lockKey } from './keys.js';

/** Every slot of a database's connection budget is taken: the run is deferred, like a busy tenant. */
export class ConnectionBudgetBusy extends TenantryError {
  constructor(readonly platform: string) {
    super('CONNECTION_BUDGET_BUSY', `platform ${platform} has no free connection (maxConnections)`);
  }
}

export interface BudgetSlot {
  release(): Promise<void>;
}

/**
 * A slot of a platform's connection budget (`platforms.X.maxConnections`), across all workers:
 * one of `max` advisory locks (budget namespace, hash(platform, k)), held on a control-database
 * session for the whole run. Taken before the run connects to the platform database, so the
 * platform never sees more run connections than the budget.
 */
export async function acquireBudgetSlot(control: ControlDb, platform: string, max: number): Promise<BudgetSlot> {
  const client = await control.pool.connect();
  try {
    const start = Math.floor(Math.random() * max); // spread the probes
    for (let i = 0; i < max; i++) {
      const key = lockKey(platform, String((start + i) % max));
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [LOCK_NAMESPACE.connectionBudget, key]);
      if (rows[0]?.ok) {
        return {
          async release() {
            try {
              await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE.connectionBudget, key]);
              client.release();
            } catch {
              client.release(true);
            }
          },
        };
      }
    }
  } catch (error) {
    client.release(true);
    throw error;
  }
  client.release();
  throw new ConnectionBudgetBusy(platform);
}
