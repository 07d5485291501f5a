import type pg from 'pg';
import type { ControlDb } from '../ledger/control-db.js';

/** The channel the ledger's rollouts trigger notifies (migrations/…_rollout-status-notify.js). */
export const ROLLOUT_STATUS_CHANNEL = 'tenantry_rollout_status';

export interface StatusSignal {
  /** Resolves after `ms`, or as soon as the rollout's status changes (or has changed since the last wait). */
  wait(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wakes a follower of a rollout the moment its status changes, instead of at its next poll: the
 * follower LISTENs on a session of its own. Where LISTEN is not possible (a transaction-mode
 * pooler, a control schema from before the trigger) `wait` is a plain sleep and following
 * degrades to polling.
 */
export async function listenForStatus(control: ControlDb, rolloutId: string): Promise<StatusSignal> {
  let client: pg.PoolClient | undefined;
  let changed = false;
  let wake: (() => void) | undefined;
  const onNotification = (message: pg.Notification) => {
    if (message.channel !== ROLLOUT_STATUS_CHANNEL || message.payload !== rolloutId) return;
    changed = true;
    wake?.();
  };
  try {
    client = await control.pool.connect();
    // the server going away (an outage) must not end the follower: it polls on, unwoken
    client.on('error', () => {});
    client.on('notification', onNotification);
    await client.query(`LISTEN ${ROLLOUT_STATUS_CHANNEL}`);
  } catch {
    client?.off('notification', onNotification);
    client?.release(true);
    client = undefined;
  }
  return {
    async wait(ms) {
      if (!changed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
      changed = false;
    },
    async close() {
      if (!client) return;
      const session = client;
      client = undefined;
      session.off('notification', onNotification);
      // a session that still listens must not go back to the pool
      await session.query(`UNLISTEN ${ROLLOUT_STATUS_CHANNEL}`).then(
        () => session.release(),
        () => session.release(true),
      );
    },
  };
}
