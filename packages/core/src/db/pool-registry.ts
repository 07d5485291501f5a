import pg from 'pg';
import { clientConfig, createPool, isUnreachable, unreachable, type SessionSettings } from './connect.js';
import { ConnectionSlots, serverOf } from './connection-slots.js';

export interface PoolRegistryOptions {
  /**
   * Connections open at once on one server, all its databases together (default: twice `max`;
   * never more than the server's own limit). With one database per tenant a process meets
   * thousands of databases on one server: the cap, not the number of databases, bounds them.
   */
  perServer?: number;
  /** How long an unused connection stays open for the next use of its database (default 10 s). */
  idleMs?: number;
  /** How long a caller waits for a connection on a server whose slots are all taken (default 10 min). */
  waitMs?: number;
}

/** The server's own limit for ordinary roles: its superuser-reserved (and, from 16, reserved) slots are not ours to take. */
const SERVER_LIMIT_SQL = `SELECT current_setting('max_connections')::int
  - current_setting('superuser_reserved_connections')::int
  - coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0) AS limit`;

/** SQLSTATE too_many_connections: the server is full (of other clients too); waited out like a taken slot. */
const SERVER_FULL = '53300';
const FULL_RETRY_MS = 250;

interface Entry {
  pool: pg.Pool;
  slots: ConnectionSlots;
}

/**
 * One pool per database URL, created on first use. Runs borrow a client for their whole life
 * (the advisory lock is a session lock), so `max` bounds the runs one process puts on a database.
 *
 * Every pool's connections also count against their server's slots (connection-slots.ts): at most
 * `perServer` open at once on one server, never more than the server's own limit
 * (max_connections minus its reserved connections, read on the first connection). A caller on a
 * full server waits for a slot, never fails for it at once: the least recently used pool whose
 * connections are all idle is closed to free one, and a connection given back while someone
 * waits is closed instead of kept. A pool closes its connections after `idleMs` unused, and a
 * pool with none left is forgotten: a process that has met thousands of databases keeps neither
 * thousands of connections nor thousands of pools.
 */
export class PoolRegistry {
  /** in order of last use, oldest first (eviction takes the oldest) */
  private readonly pools = new Map<string, Entry>();
  private readonly servers = new Map<string, ConnectionSlots>();
  private readonly perServer: number;
  private readonly idleMs: number;
  private readonly waitMs: number;

  constructor(
    private readonly max: number,
    private readonly settings: SessionSettings = {},
    options: PoolRegistryOptions = {},
  ) {
    this.perServer = options.perServer ?? 2 * max;
    this.idleMs = options.idleMs ?? 10_000;
    this.waitMs = options.waitMs ?? 10 * 60_000;
  }

  get(url: string, settings: SessionSettings = this.settings): pg.Pool {
    return this.entry(url, settings).pool;
  }

  /** A client of its own for one run; connection failures become ServiceUnreachable. */
  async acquire(url: string, settings?: SessionSettings): Promise<pg.PoolClient> {
    const { pool, slots } = this.entry(url, settings ?? this.settings);
    const client = await this.connect(url, pool);
    // given back while another database of the server waits for a slot: closed, so the slot passes on
    const release = client.release.bind(client);
    client.release = (destroy?: boolean | Error) =>
      release(destroy ?? (slots.pressed && pool.waitingCount === 0 ? true : undefined));
    return client;
  }

  /** A client of the pool; a server full of other clients is waited out (within waitMs) as a taken slot is. */
  private async connect(url: string, pool: pg.Pool): Promise<pg.PoolClient> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      try {
        return await pool.connect();
      } catch (error) {
        const full = (error as { code?: unknown }).code === SERVER_FULL;
        if (full && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, FULL_RETRY_MS * (1 + Math.random())));
          continue;
        }
        if (isUnreachable(error)) throw unreachable(url, error);
        throw error;
      }
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()].map((e) => e.pool);
    this.pools.clear();
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
  }

  private entry(url: string, settings: SessionSettings): Entry {
    // one pool per URL and timeouts: a run's timeouts must not be lost to a pool that another
    // caller (a backup, a version read) opened first with the defaults. Not per application
    // name: the first caller's name stays the pool's.
    const key = `${url}\n${settings.lockTimeoutMs}\n${settings.statementTimeoutMs}`;
    let entry = this.pools.get(key);
    if (entry) {
      this.pools.delete(key); // most recently used: last in line for eviction
    } else {
      const slots = this.slotsOf(serverOf(url));
      const pool = createPool(url, this.max, settings, {
        idleMs: this.idleMs,
        Client: slottedClient(url, settings, slots, this.waitMs),
      });
      entry = { pool, slots };
      // a pool whose last connection closed (idle, evicted, broken) is forgotten; the next use makes a new one
      const forget = () => {
        if (pool.totalCount === 0 && pool.waitingCount === 0 && this.pools.get(key) === entry) {
          this.pools.delete(key);
          void pool.end().catch(() => {});
        }
      };
      pool.on('remove', forget);
    }
    this.pools.set(key, entry);
    return entry;
  }

  private slotsOf(server: string): ConnectionSlots {
    let slots = this.servers.get(server);
    if (!slots) {
      const created: ConnectionSlots = new ConnectionSlots(server, this.perServer, () => this.evictIdle(created));
      slots = created;
      this.servers.set(server, slots);
    }
    return slots;
  }

  /** Closes the least recently used pool of this server whose connections are all idle, if there is one. */
  private evictIdle(slots: ConnectionSlots): void {
    for (const [key, entry] of this.pools) {
      const { pool } = entry;
      if (entry.slots !== slots || pool.totalCount === 0 || pool.idleCount < pool.totalCount || pool.waitingCount > 0)
        continue;
      this.pools.delete(key);
      void pool.end().catch(() => {});
      return;
    }
  }
}

/**
 * node-pg's Client, made to hold one of its server's slots from before it connects until it has
 * closed; the connect timeout counts from when it has a slot (the pool's own would count the wait).
 */
function slottedClient(
  url: string,
  settings: SessionSettings,
  slots: ConnectionSlots,
  waitMs: number,
): typeof pg.Client {
  const timeoutMs = clientConfig(url, settings).connectionTimeoutMillis;
  return class SlottedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({
        ...(typeof config === 'string' ? { connectionString: config } : config),
        connectionTimeoutMillis: timeoutMs,
      });
    }

    override connect(): Promise<pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
    override connect(
      callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void),
    ): Promise<pg.Client> | void {
      const connected = this.connectInSlot().then(() => this);
      if (!callback) return connected;
      // pg-pool passes a callback: it is told of the failure, or of the connected client
      const told = callback as (err: Error | null, c?: pg.Client) => void;
      connected.then(
        (client) => told(null, client),
        (error: Error) => told(error),
      );
    }

    private async connectInSlot(): Promise<void> {
      await slots.take(waitMs);
      let held = true;
      const free = () => {
        if (!held) return;
        held = false;
        slots.release();
      };
      this.once('end', free);
      try {
        await super.connect();
      } catch (error) {
        free();
        throw error;
      }
      if (!slots.isKnown) {
        const limit = await super
          .query<{ limit: number }>(SERVER_LIMIT_SQL)
          .then((r) => r.rows[0]?.limit)
          .catch(() => undefined);
        slots.known(limit);
      }
    }
  };
}
