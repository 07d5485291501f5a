import { TenantryError } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { tryLockKey, unlockKey } from './advisory.js';
import { LOCK_NAMESPACE, lockKey, type AdvisoryKey } from './keys.js';

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
      const key: AdvisoryKey = [LOCK_NAMESPACE.connectionBudget, lockKey(platform, String((start + i) % max))];
      if (await tryLockKey(client, key)) {
        return {
          async release() {
            try {
              await unlockKey(client, key);
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
