// An application's workload on the tenants' tables: reads and writes of invoices at a fixed rate
// over a fixed pool of connections, each operation timed from when the schedule meant it to start
// (open loop: a stalled pool does not slow the schedule down, so its queueing shows as latency).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Op } from './latency.js';

/** The sessions' application_name: the lock sampler tells the application's sessions by it. */
export const APP_NAME = 'bench-app';

export interface AppLoadOptions {
  databaseUrl: string;
  /** every tenant's schema, picked uniformly */
  schemas: readonly string[];
  /** one tenant that also takes `share` (0..1) of all operations: a busy tenant */
  hot?: { schema: string; share: number };
  connections: number;
  /** operations per second */
  rate: number;
  /** the application's own statement_timeout: a query blocked longer fails (and is counted) */
  statementTimeoutMs: number;
}

/** What the application does, in its tables as they are before the rollout (customers 1–20). */
function operation(schema: string): { sql: string; params: unknown[] } {
  const s = pg.escapeIdentifier(schema);
  const customer = 1 + Math.floor(Math.random() * 20);
  const invoice = 1 + Math.floor(Math.random() * 100);
  const dice = Math.random();
  if (dice < 0.5) return { sql: `SELECT id, amount_cents, status FROM ${s}.invoices WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 10`, params: [customer] };
  if (dice < 0.7) return { sql: `SELECT i.id, i.amount_cents, c.email FROM ${s}.invoices i JOIN ${s}.customers c ON c.id = i.customer_id WHERE i.id = $1`, params: [invoice] };
  if (dice < 0.9) return { sql: `UPDATE ${s}.invoices SET status = $2 WHERE id = $1`, params: [invoice, dice < 0.8 ? 'paid' : 'open'] };
  return { sql: `INSERT INTO ${s}.invoices (customer_id, amount_cents) VALUES ($1, $2)`, params: [customer, 100 + Math.floor(Math.random() * 10_000)] };
}

const now = (): number => performance.timeOrigin + performance.now();

/** The load generator: open its pool once, then run phases of traffic one after the other. */
export class AppLoad {
  private readonly pool: pg.Pool;
  /** the phases under way: close() stops them, so a run that fails mid-phase issues nothing more */
  private readonly running = new Set<NodeJS.Timeout>();

  constructor(private readonly options: AppLoadOptions) {
    this.pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.connections,
      application_name: APP_NAME,
      statement_timeout: options.statementTimeoutMs,
      idleTimeoutMillis: 0,
    });
    this.pool.on('error', () => {}); // a dropped idle connection: the next operation reports it
    // a checked-out client has no listener of the pool's: a session terminated right after its
    // query returned (the database dropped at clean-up) would otherwise crash the bench
    this.pool.on('connect', (client) => client.on('error', () => {}));
  }

  /** Opens every connection up front, so that no phase pays for connecting. */
  async warm(): Promise<void> {
    const clients = await Promise.all(Array.from({ length: this.options.connections }, () => this.pool.connect()));
    for (const c of clients) c.release();
  }

  /**
   * Traffic from now until `stop()`: returns the phase's operations once the last one has ended,
   * and how long the phase lasted (ms).
   */
  start(): { stop: () => Promise<{ ops: Op[]; durationMs: number }> } {
    const { schemas, hot, rate } = this.options;
    const ops: Op[] = [];
    const inFlight = new Set<Promise<void>>();
    const startedAt = now();
    let issued = 0;
    const issue = (intendedAt: number) => {
      const schema = hot && Math.random() < hot.share ? hot.schema : schemas[Math.floor(Math.random() * schemas.length)]!;
      const { sql, params } = operation(schema);
      const issuedAt = now();
      const p = (async () => {
        let sentAt = issuedAt;
        try {
          const client = await this.pool.connect();
          sentAt = now();
          try {
            await client.query(sql, params);
            client.release();
          } catch (error) {
            client.release(!(error as { code?: unknown }).code); // a server error leaves the session usable
            throw error;
          }
          ops.push({ tenant: schema, intendedAt, issuedAt, sentAt, endedAt: now() });
        } catch (error) {
          const e = error as { code?: unknown; name?: unknown };
          ops.push({ tenant: schema, intendedAt, issuedAt, sentAt, endedAt: now(), error: String(e.code ?? e.name ?? 'Error') });
        }
      })();
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    };
    // every operation whose time has come, each with the time it was due
    const tick = () => {
      const due = Math.floor(((now() - startedAt) * rate) / 1000);
      for (; issued < due; issued++) issue(startedAt + (issued * 1000) / rate);
    };
    const timer = setInterval(tick, 2);
    this.running.add(timer);
    return {
      stop: async () => {
        clearInterval(timer);
        this.running.delete(timer);
        tick();
        const durationMs = now() - startedAt;
        await Promise.all([...inFlight]);
        return { ops, durationMs };
      },
    };
  }

  async close(): Promise<void> {
    for (const timer of this.running) clearInterval(timer);
    this.running.clear();
    await this.pool.end().catch(() => {});
  }
}
