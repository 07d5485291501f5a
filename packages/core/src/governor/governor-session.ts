import type pg from 'pg';
import type { ControlDb } from '../ledger/control-db.js';
import type { Logger } from '../logger.js';
import { errorMessage } from '../errors.js';

/**
 * A worker's one session on the control database for the governor: it holds this worker's slots
 * of server budgets and, on the fleet's sampler, the sampler lock. Session advisory locks, so a
 * worker that dies frees them with its session. Statements go one at a time (a promise chain);
 * when the session breaks, every lock it held is gone, and `onLost` says so.
 */
export class GovernorSession {
  private client: pg.PoolClient | undefined;
  private connecting: Promise<pg.PoolClient> | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly control: ControlDb,
    private readonly log: Logger,
    private readonly onLost: () => void,
  ) {}

  /** Runs `work` on the session, after whatever is queued on it; a failure ends the session. */
  use<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    const next = this.chain.then(async () => {
      const client = await this.connect();
      try {
        return await work(client);
      } catch (error) {
        this.drop(client, error);
        throw error;
      }
    });
    this.chain = next.catch(() => {});
    return next;
  }

  private async connect(): Promise<pg.PoolClient> {
    if (this.closed) throw new Error('the governor session is closed');
    if (this.client) return this.client;
    this.connecting ??= this.control.pool.connect().then(
      (client) => {
        client.on('error', (error) => this.drop(client, error));
        this.client = client;
        this.connecting = undefined;
        return client;
      },
      (error: unknown) => {
        this.connecting = undefined;
        throw error;
      },
    );
    return this.connecting;
  }

  private drop(client: pg.PoolClient, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.release(true);
    this.log.warn({ err: errorMessage(error) }, 'governor session lost: its budget slots are freed');
    this.onLost();
  }

  /** Ends the session: its locks are freed by the server. */
  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
    const client = this.client;
    this.client = undefined;
    client?.release(true);
  }
}
