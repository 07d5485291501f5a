import { parse } from 'pg-connection-string';
import { TenantryError } from '../errors.js';

/**
 * The server a connection string reaches, as its address: host (or socket directory) and port.
 * Every database of one server shares that server's connection limit, so the slots below are
 * counted per server, not per database.
 */
export function serverOf(url: string): string {
  const parsed = parse(url);
  return `${parsed.host || 'localhost'}:${parsed.port || '5432'}`;
}

/** No connection to the server came free in time: the run is deferred, like a busy tenant. */
export class ServerBusy extends TenantryError {
  constructor(
    readonly server: string,
    readonly cap: number,
    waitedMs: number,
  ) {
    super(
      'CONNECTION_BUDGET_BUSY',
      `no connection to the server at ${server} came free within ${Math.round(waitedMs / 1000)} s (${cap} open at most)`,
    );
  }
}

/**
 * The connections one process has open on one server, across all its databases, and those who
 * wait for one. At most `cap` are open at once. Until the server's own limit is known (read on
 * the first connection: `known`), only that first connection is let through, so a burst of runs
 * at start cannot overrun a server smaller than the cap. Waiters are served first come, first
 * served, as connections close. When every slot is taken, `evict` is asked to close an idle
 * connection of another database (the least recently used), which frees a slot soon.
 */
export class ConnectionSlots {
  private open = 0;
  private readonly waiters: Array<{ resolve: () => void; timer: NodeJS.Timeout }> = [];
  private limitKnown = false;
  /** the most this process had open at once */
  peak = 0;

  constructor(
    readonly server: string,
    private capValue: number,
    private readonly evict: () => void,
  ) {}

  get cap(): number {
    return this.capValue;
  }

  get openCount(): number {
    return this.open;
  }

  /** Whether the server's own limit has been read (or could not be: then the cap alone applies). */
  get isKnown(): boolean {
    return this.limitKnown;
  }

  /** Someone waits for a slot: a connection given back now is better closed than kept idle. */
  get pressed(): boolean {
    return this.waiters.length > 0;
  }

  private get room(): number {
    return this.limitKnown ? this.capValue : 1;
  }

  /** Takes a slot, waiting (at most `waitMs`) while all are taken; throws ServerBusy after that. */
  async take(waitMs: number): Promise<void> {
    if (this.open < this.room && this.waiters.length === 0) {
      this.grant();
      return;
    }
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        resolve,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new ServerBusy(this.server, this.capValue, Date.now() - started));
        }, waitMs),
      };
      this.waiters.push(waiter);
      if (this.limitKnown) this.evict();
    });
  }

  /** A connection closed (or never opened): its slot goes to the next waiter. */
  release(): void {
    this.open -= 1;
    this.admit();
  }

  /** The server's limit for this process's role, once read (undefined: it could not be read). */
  known(limit: number | undefined): void {
    if (limit !== undefined) this.capValue = Math.max(1, Math.min(this.capValue, limit));
    this.limitKnown = true;
    this.admit();
  }

  private grant(): void {
    this.open += 1;
    this.peak = Math.max(this.peak, this.open);
  }

  private admit(): void {
    while (this.waiters.length > 0 && this.open < this.room) {
      const next = this.waiters.shift()!;
      clearTimeout(next.timer);
      this.grant();
      next.resolve();
    }
    if (this.waiters.length > 0 && this.limitKnown) this.evict();
  }
}
