// What Tenantry's governor did while a rollout ran, as its ledger tables show it: the per-server
// budgets and signals its sampler writes to server_budgets (read every few hundred ms, on one
// connection), and the rollout's deferrals by reason and server from run_deferrals.
import pg from 'pg';
import { ledgerTable, withClientAt } from './db.js';

/** One server's governor over the rollout, counted over the governor's own samples. */
export interface ServerGovernorFigures {
  /** the server's identity (system identifier and port) and the address it was sampled at */
  server: string;
  address: string;
  /** the governor's samples seen (distinct sampled_at): each counts once, however often it was read */
  samples: number;
  budget: {
    max: number;
    min: number;
    /** samples with the budget under the config's governor.maxBudget (a server's own override aside) */
    belowMax: number;
  };
  /** per signal name: the samples in which it was over its threshold */
  strained: Record<string, number>;
  /** per numeric signal: the highest value sampled */
  peaks: Record<string, number>;
  /** samples the governor could not read the server in (the budget then stays as it was) */
  errors: number;
  lastError: string | null;
}

export interface DeferralFigures {
  reason: string;
  /** '' when the reason is not a server's (a busy tenant) */
  server: string;
  count: number;
  /** the last deferral's reason in words */
  detail: string | null;
}

export interface GovernorFigures {
  /** governor.enabled in the parsed config (off: nothing is sampled, nothing deferred for a server) */
  enabled: boolean;
  /** governor.maxBudget and sampleIntervalMs in the parsed config */
  maxBudget: number;
  sampleIntervalMs: number;
  /** this bench's reads of server_budgets: how often, how many, how many failed */
  readIntervalMs: number;
  reads: number;
  failedReads: number;
  servers: ServerGovernorFigures[];
  /** the timed rollout's deferrals, most frequent first */
  deferrals: DeferralFigures[];
}

/** What the reads of server_budgets saw, per server. */
export interface ServerBudgetSampling {
  servers: ServerGovernorFigures[];
  reads: number;
  failedReads: number;
}

interface BudgetRow {
  server: string;
  address: string;
  budget: number;
  signals: Record<string, unknown>;
  strained: Array<{ signal?: unknown }>;
  error: string | null;
  /** as text: the key that tells one governor sample from the next */
  sampled_at: string;
}

/** One server's figures so far, and the sample last counted. */
interface Tally extends ServerGovernorFigures {
  lastSampledAt: string | undefined;
}

function count(tally: Tally, row: BudgetRow, maxBudget: number): void {
  if (row.sampled_at === tally.lastSampledAt) return; // the same sample read again
  tally.lastSampledAt = row.sampled_at;
  tally.address = row.address;
  tally.samples += 1;
  tally.budget.max = Math.max(tally.budget.max, row.budget);
  tally.budget.min = Math.min(tally.budget.min, row.budget);
  if (row.budget < maxBudget) tally.budget.belowMax += 1;
  if (row.error !== null) {
    // a failed sample keeps the previous signals and strains: counting them again would double them
    tally.errors += 1;
    tally.lastError = row.error;
    return;
  }
  for (const { signal } of row.strained) if (typeof signal === 'string') tally.strained[signal] = (tally.strained[signal] ?? 0) + 1;
  for (const [name, value] of Object.entries(row.signals)) {
    if (typeof value === 'number') tally.peaks[name] = Math.max(tally.peaks[name] ?? value, value);
  }
}

/**
 * Reads server_budgets on the control database every `intervalMs` until the returned function is
 * called, which gives each server's figures. One indexed read of a table of one row per server.
 */
export async function sampleServerBudgets(
  controlUrl: string,
  settings: { maxBudget: number; intervalMs: number },
): Promise<() => Promise<ServerBudgetSampling>> {
  const sql = `SELECT server, address, budget, signals, strained, error, sampled_at::text AS sampled_at FROM ${ledgerTable('server_budgets')}`;
  const open = async () => {
    const client = new pg.Client({ connectionString: controlUrl, application_name: 'bench-governor-sampler' });
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  let client: pg.Client | undefined = await open();
  const tallies = new Map<string, Tally>();
  let reads = 0;
  let failedReads = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        client ??= await open();
        const { rows } = await client.query<BudgetRow>(sql);
        reads += 1;
        for (const row of rows) {
          let tally = tallies.get(row.server);
          if (!tally) {
            tally = { server: row.server, address: row.address, samples: 0, budget: { max: row.budget, min: row.budget, belowMax: 0 }, strained: {}, peaks: {}, errors: 0, lastError: null, lastSampledAt: undefined };
            tallies.set(row.server, tally);
          }
          count(tally, row, settings.maxBudget);
        }
      } catch {
        // a broken connection: counted, and a new one opened for the next read
        failedReads += 1;
        await client?.end().catch(() => {});
        client = undefined;
      }
      if (!stopped) await new Promise<void>((resolve) => setTimeout((wake = resolve), settings.intervalMs));
    }
  })();
  let result: Promise<ServerBudgetSampling> | undefined;
  return () =>
    (result ??= (async () => {
      stopped = true;
      wake?.();
      await loop;
      await client?.end().catch(() => {});
      // the signals by name, not in the order jsonb keeps them
      const byName = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
      const servers = [...tallies.values()].map(({ lastSampledAt: _, ...x }) => ({ ...x, strained: byName(x.strained), peaks: byName(x.peaks) }));
      return { servers, reads, failedReads };
    })());
}

/** A rollout's deferrals by reason and server (the query of core's ServerBudgets.deferrals). */
export async function rolloutDeferrals(controlUrl: string, rolloutId: string): Promise<DeferralFigures[]> {
  return withClientAt(controlUrl, async (c) => {
    const { rows } = await c.query<{ reason: string; server: string; count: string; detail: string | null }>(
      `SELECT reason, server, count::int8 AS count, detail FROM ${ledgerTable('run_deferrals')} WHERE rollout_id = $1 ORDER BY count DESC, reason, server`,
      [rolloutId],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  });
}
