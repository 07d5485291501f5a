import type pg from 'pg';
import { createPool, isUnreachable, unreachable, type SessionSettings } from './connect.js';

/**
 * One pool per database URL, created on first use. Runs borrow a client for their whole life
 * (the advisory lock is a session lock), so `max` bounds the runs one process puts on a server.
 */
export class PoolRegistry {
  private readonly pools = new Map<string, pg.Pool>();

  constructor(
    private readonly max: number,
    private readonly settings: SessionSettings = {},
  ) {}

  get(url: string, settings: SessionSettings = this.settings): pg.Pool {
    // one pool per URL and timeouts: a run's timeouts must not be lost to a pool that another
    // caller (a backup, a version read) opened first with the defaults. Not per application
    // name: the first caller's name stays the pool's.
    const key = `${url}\n${settings.lockTimeoutMs}\n${settings.statementTimeoutMs}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = createPool(url, this.max, settings);
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** A client of its own for one run; connection failures become ServiceUnreachable. */
  async acquire(url: string, settings?: SessionSettings): Promise<pg.PoolClient> {
    try {
      return await this.get(url, settings).connect();
    } catch (error) {
      if (isUnreachable(error)) throw unreachable(url, error);
      throw error;
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
  }
}
