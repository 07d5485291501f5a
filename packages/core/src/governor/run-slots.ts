import { LOCK_NAMESPACE, lockKey } from '../locks/keys.js';
import type { GovernorSession } from './governor-session.js';

/**
 * This worker's slots of server budgets. A server's budget B is the slots 0..B-1, each a session
 * advisory lock (server budget namespace, hash(server, k)) on the control database: a run in flight
 * holds one, so across all workers at most B runs are in flight on the server. A worker keeps the
 * slots it took while its runs use them (no round trip per run), takes one more only when all of
 * its own are busy (one round trip), and gives back those idle for a while or no longer under the
 * budget at each tick. A budget cut takes effect as running runs end: nothing is interrupted.
 */
export class RunSlots {
  /** server → slot → busy (a run holds it) or idle since when */
  private readonly held = new Map<string, Map<number, { busy: boolean; idleSince: number }>>();

  constructor(private readonly session: GovernorSession) {}

  /** Runs in flight on `server` from this worker. */
  inFlight(server: string): number {
    let n = 0;
    for (const slot of this.held.get(server)?.values() ?? []) if (slot.busy) n += 1;
    return n;
  }

  /**
   * A slot under `budget` for a run: one this worker holds idle, else one taken now; undefined
   * when this worker's runs already fill the budget or every other slot is held elsewhere.
   */
  async take(server: string, budget: number): Promise<number | undefined> {
    const idle = this.idleBelow(server, budget);
    if (idle !== undefined) return idle;
    if (this.inFlight(server) >= budget) return undefined;
    // decided on the session, in turn: another run of this worker may have taken a slot meanwhile
    return this.session.use(async (client) => {
      const again = this.idleBelow(server, budget);
      if (again !== undefined) return again;
      const slots = this.slotsOf(server);
      if (this.inFlight(server) >= budget) return undefined;
      const free = [...Array(budget).keys()].filter((k) => !slots.has(k));
      if (free.length === 0) return undefined;
      // the lowest free slot: the first to succeed stops the scan (LIMIT 1), so one lock at most is taken
      const { rows } = await client.query<{ k: number }>(
        `SELECT s.k FROM unnest($2::int[], $3::int[]) AS s(k, key) WHERE pg_try_advisory_lock($1, s.key) LIMIT 1`,
        [LOCK_NAMESPACE.serverBudget, free, free.map((k) => slotKey(server, k))],
      );
      const k = rows[0]?.k;
      if (k === undefined) return undefined;
      slots.set(k, { busy: true, idleSince: 0 });
      return k;
    });
  }

  /**
   * A run is over: its slot is kept, idle, for this worker's next run (no round trip), or with
   * `keep: false` given back at once, for whichever worker's run comes next (a strained server's
   * few slots must not sit idle with one worker while another's runs wait).
   */
  give(server: string, k: number, options: { keep: boolean }): void {
    const slot = this.held.get(server)?.get(k);
    if (!slot) return;
    if (options.keep) {
      Object.assign(slot, { busy: false, idleSince: Date.now() });
      return;
    }
    this.held.get(server)?.delete(k);
    this.session
      .use((client) =>
        client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE.serverBudget, slotKey(server, k)]),
      )
      .catch(() => {}); // a lost session has freed it already
  }

  /** Gives back idle slots held longer than `lingerMs`, or no longer under their server's budget. */
  async trim(budgetOf: (server: string) => number, lingerMs: number): Promise<void> {
    const now = Date.now();
    const keys: number[] = [];
    const freed: Array<[string, number]> = [];
    for (const [server, slots] of this.held) {
      for (const [k, slot] of slots) {
        if (!slot.busy && (k >= budgetOf(server) || now - slot.idleSince > lingerMs)) {
          keys.push(slotKey(server, k));
          freed.push([server, k]);
        }
      }
    }
    if (keys.length === 0) return;
    for (const [server, k] of freed) this.held.get(server)?.delete(k);
    await this.session.use((client) =>
      client.query(`SELECT pg_advisory_unlock($1, key) FROM unnest($2::int[]) AS key`, [
        LOCK_NAMESPACE.serverBudget,
        keys,
      ]),
    );
  }

  /**
   * The session ended, and its locks with it. Runs in flight go on (a server may be over budget
   * until they end); their slots are forgotten, so they are not given back to a session that no
   * longer holds them.
   */
  lost(): void {
    this.held.clear();
  }

  private idleBelow(server: string, budget: number): number | undefined {
    for (const [k, slot] of this.slotsOf(server)) {
      if (!slot.busy && k < budget) {
        slot.busy = true;
        return k;
      }
    }
    return undefined;
  }

  private slotsOf(server: string): Map<number, { busy: boolean; idleSince: number }> {
    let slots = this.held.get(server);
    if (!slots) {
      slots = new Map();
      this.held.set(server, slots);
    }
    return slots;
  }
}

/** Slot k of a server's budget, the second half of its advisory key. */
export function slotKey(server: string, k: number): number {
  return lockKey(server, String(k));
}
