import type pg from 'pg';

/** A batch holding several migrations failed: which one is not known. */
export class UnattributedFailure extends Error {
  constructor(
    /** the first migration of the rolled-back transaction */
    readonly from: number,
    override readonly cause: unknown,
  ) {
    super('a batch of migrations failed');
  }
}

/** The migration `index` (of the run's list) failed. */
export class AttributedFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super('a migration failed');
  }
}

/** One round trip's text, and whom its failure is pinned on. */
export interface Send {
  text: string;
  blame(error: unknown): AttributedFailure | UnattributedFailure;
}

/**
 * The SQL of a run's migrations on its way to the server, as few round trips as their kinds
 * allow. Knows what waits to be sent (and from which migration on), and where the open
 * transaction began, so that a failed round trip is pinned on its migration when it held only
 * one, and otherwise rolled back to where its transaction began (then replayed one by one).
 * Migrations are numbered by their place in the run's list.
 */
export class StatementBatch {
  /** SQL waiting for the next round trip */
  private pending: string;
  /** the first migration whose SQL waits */
  private unsent: number;
  /** the first migration of the open transaction */
  private opened: number;

  /** `prelude`: what sets the scene (search_path, BEGIN) waits for the first round trip; `from`: the first migration */
  constructor(prelude: string, from: number) {
    this.pending = prelude;
    this.unsent = from;
    this.opened = from;
  }

  /** Whether SQL waits to be sent. */
  get waiting(): boolean {
    return this.pending !== '';
  }

  /** Migration SQL that waits for the next round trip. */
  hold(sql: string): void {
    // a step may end in a `--` comment that swallowed its `;`: each part ends on its own line,
    // and the empty statements this can leave are ignored by the server
    this.pending = this.pending ? `${this.pending}\n;\n${sql}` : sql;
  }

  /** Takes what waits, followed by `sql`, as one round trip that holds the migrations up to `upTo`. */
  take(sql: string, upTo: number): Send {
    const text = this.pending ? `${this.pending}\n${sql}` : sql;
    const first = this.unsent;
    const opened = this.opened;
    this.pending = '';
    this.unsent = upTo + 1;
    return {
      text,
      blame: (error) =>
        upTo > first ? new UnattributedFailure(opened, error) : new AttributedFailure(Math.max(upTo, first), error),
    };
  }

  /** Sends what waits with `sql` (see take); a failure is thrown pinned, or as a batch's. */
  async send(client: pg.ClientBase, sql: string, upTo: number): Promise<pg.QueryResult | pg.QueryResult[]> {
    const round = this.take(sql, upTo);
    try {
      return (await client.query(round.text)) as pg.QueryResult | pg.QueryResult[];
    } catch (error) {
      throw round.blame(error);
    }
  }

  /**
   * What came before migration `next` is committed (a migration outside any transaction ran):
   * a new transaction opens with `next`, its BEGIN waiting for the next round trip when `reopen`.
   */
  committedBefore(next: number, reopen: boolean): void {
    this.pending = reopen ? 'BEGIN;' : '';
    this.unsent = next;
    this.opened = next;
  }
}
