import { parse } from 'pg-connection-string';
import type { GovernorConfig, ServerGovernorConfig } from '../config/schema.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { PoolRegistry } from '../db/pool-registry.js';
import { TenantryError, errorMessage } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { tryLockKey } from '../locks/advisory.js';
import { GOVERNOR_SAMPLER_LOCK } from '../locks/keys.js';
import type { Logger } from '../logger.js';
import { platformServerUrls } from '../tenants/servers.js';
import { SERVER_IDENTITY_SQL } from '../tenants/where.js';
import { nextBudget } from './aimd.js';
import { GovernorSession } from './governor-session.js';
import { ServerBudgets, type ServerBudget } from './server-budgets.js';
import { RunSlots } from './run-slots.js';
import { configuredOverrides, serverSettings } from './server-settings.js';
import { describeStrain, sampleServer, strainsOf, type ServerSignals, type Strain } from './signals.js';

/** The run's server is at its budget: the run is deferred (like a busy tenant), never failed. */
export class ServerBudgetBusy extends TenantryError {
  constructor(
    readonly server: string,
    readonly detail: string,
  ) {
    super('SERVER_BUDGET_BUSY', detail);
  }
}

/** A run's place in its server's budget, held from before it connects until it ends. */
export interface ServerPermit {
  release(): void;
}

const NO_PERMIT: ServerPermit = { release() {} };

/** How long a worker keeps a slot its runs no longer use, in sample intervals. */
const LINGER_INTERVALS = 2;
/** A budget sampled longer ago than this many intervals is stale: a fresh sampler starts from the top. */
const STALE_INTERVALS = 30;

/**
 * The per-server budget and health governor, one per worker process. Every sample interval each
 * worker reads the budgets from the ledger (one round trip for all servers); the one worker of
 * the fleet that holds the sampler lock also samples each server's signals (signals.ts), moves
 * each budget (aimd.ts) and writes them: one light query per server per interval, whether a
 * rollout runs or not, so a rollout starts on budgets that are current and the dashboard's
 * signals are live. A run asks for a permit before it
 * connects (`admit`): a slot of its server's budget (run-slots.ts), usually one its worker
 * already holds; over budget, ServerBudgetBusy, and the processor defers the run. A server is
 * named by its physical identity (system identifier and port), so platforms and tenants that
 * share a server share its budget, however their connection strings reach it, and its settings
 * (server-settings.ts: a server's own thresholds and bounds, the stricter where entries disagree).
 */
export class Governor {
  private readonly settings: GovernorConfig;
  private readonly budgets = new Map<string, ServerBudget>();
  private readonly ledger: ServerBudgets;
  private readonly session: GovernorSession;
  private readonly slots: RunSlots;
  /** the sampler's own sessions: one per server, never a run's */
  private readonly samplers = new PoolRegistry(1, {
    applicationName: 'tenantry governor',
    statementTimeoutMs: 5_000,
    lockTimeoutMs: 1_000,
  });
  /** server address (host:port) → its identity, learned once */
  private readonly identities = new Map<string, Promise<string>>();
  /** the same, for the addresses whose identity is known */
  private readonly resolved = new Map<string, string>();
  /** server address → the settings of its own the config gives it (an entry each) */
  private readonly overrides = new Map<string, ServerGovernorConfig[]>();
  /** server address → a connection string that reaches it (for sampling) */
  private readonly reach = new Map<string, string>();
  private sampler = false;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private warned = false;

  constructor(
    config: TenantryConfig,
    control: ControlDb,
    private readonly log: Logger,
  ) {
    this.settings = config.governor;
    this.ledger = new ServerBudgets(control);
    this.session = new GovernorSession(control, log, () => {
      this.slots.lost();
      this.sampler = false;
    });
    this.slots = new RunSlots(this.session);
    for (const url of configuredServerUrls(config)) this.reach.set(serverAddress(url), url);
    for (const { url, governor } of configuredOverrides(config)) {
      const address = serverAddress(url);
      this.overrides.set(address, [...(this.overrides.get(address) ?? []), governor]);
    }
  }

  /** Starts reading (and, on one worker, sampling) every interval. */
  start(): this {
    const tick = () => {
      this.ticking ??= this.tick().finally(() => (this.ticking = undefined));
    };
    tick();
    this.timer = setInterval(tick, this.settings.sampleIntervalMs);
    this.timer.unref();
    return this;
  }

  /**
   * A permit of the budget of the server `databaseUrl` is on, or ServerBudgetBusy. No round trip
   * while this worker holds an idle slot of it; one when it takes a new slot. A server whose
   * identity cannot be read yet is not held back here: the run's own connection says what is
   * wrong; nor is a run while the governor's own session is down.
   */
  async admit(databaseUrl: string): Promise<ServerPermit> {
    const server = await this.identityOf(databaseUrl).catch(() => undefined);
    if (server === undefined) return NO_PERMIT;
    const budget = this.budgetOf(server);
    let slot: number | undefined;
    try {
      slot = await this.slots.take(server, budget);
    } catch (error) {
      // the governor's session is gone (the control database is away): the governor adds no
      // failure of its own; the run meets the outage itself, where it is waited out or retried
      this.log.warn({ err: errorMessage(error), server }, 'governor: no budget slot could be taken; the run goes on');
      return NO_PERMIT;
    }
    if (slot === undefined) throw new ServerBudgetBusy(server, this.describeBusy(server, budget));
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        // a strained server's slots go back at once: they are few, and other workers' runs wait for them
        this.slots.give(server, slot, { keep: (this.budgets.get(server)?.strained.length ?? 0) === 0 });
      },
    };
  }

  /** The budgets as this worker last read them (or wrote them, on the sampler). */
  current(): ServerBudget[] {
    return [...this.budgets.values()];
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
    await this.session.close();
    await this.samplers.close();
  }

  private budgetOf(server: string): number {
    return this.budgets.get(server)?.budget ?? this.settingsOf(server).maxBudget;
  }

  /** The settings of `server`: the global ones with the overrides of every address known to reach it. */
  private settingsOf(server: string): GovernorConfig {
    const overrides: ServerGovernorConfig[] = [];
    for (const [address, identity] of this.resolved)
      if (identity === server) overrides.push(...(this.overrides.get(address) ?? []));
    return serverSettings(this.settings, overrides);
  }

  private describeBusy(server: string, budget: number): string {
    const known = this.budgets.get(server);
    const why = known && known.strained.length > 0 ? ` (${known.strained.map(describeStrain).join(', ')})` : '';
    return `server ${known?.address ?? server} is at its budget of ${budget} run(s) in flight${why}`;
  }

  private identityOf(url: string): Promise<string> {
    const address = serverAddress(url);
    let identity = this.identities.get(address);
    if (!identity) {
      this.reach.set(address, this.reach.get(address) ?? url);
      identity = this.samplers
        .get(url)
        .query<{ server: string }>(`SELECT ${SERVER_IDENTITY_SQL} AS server`)
        .then(({ rows }) => {
          this.resolved.set(address, rows[0]!.server);
          return rows[0]!.server;
        });
      identity.catch(() => this.identities.delete(address)); // asked again next time
      this.identities.set(address, identity);
    }
    return identity;
  }

  private async tick(): Promise<void> {
    try {
      const { sampler, rows } = await this.session.use(async (client) => {
        if (!this.sampler) this.sampler = await tryLockKey(client, GOVERNOR_SAMPLER_LOCK);
        return { sampler: this.sampler, rows: await this.ledger.list(client) };
      });
      this.apply(rows);
      if (sampler) {
        const sampled = await this.sampleAll();
        await this.session.use((client) => this.ledger.write(client, sampled));
        this.apply(sampled.map((s) => ({ ...s, sampledAt: new Date(), changedAt: new Date() })));
      }
      await this.slots.trim((server) => this.budgetOf(server), LINGER_INTERVALS * this.settings.sampleIntervalMs);
      this.warned = false;
    } catch (error) {
      // the governor never stops a worker: the last budgets read stay in force
      if (!this.warned) this.log.warn({ err: errorMessage(error) }, 'governor: could not read or write server budgets');
      this.warned = true;
    }
  }

  private apply(rows: readonly ServerBudget[]): void {
    for (const row of rows) this.budgets.set(row.server, row);
  }

  /** Every known server's signals, read at once, and its next budget. */
  private async sampleAll(): Promise<ServerBudget[]> {
    type Sample = { address: string; server: string | undefined } & (
      { signals: ServerSignals; error?: undefined } | { signals?: undefined; error: string }
    );
    const results = await Promise.all(
      [...this.reach].map(async ([address, url]): Promise<Sample> => {
        try {
          const { server, signals } = await sampleServer(this.samplers.get(url));
          return { address, server, signals };
        } catch (error) {
          const server = await this.identities.get(address)?.catch(() => undefined);
          return { address, server, error: errorMessage(error) };
        }
      }),
    );
    // every address first: a server reached at several takes the overrides of all of them
    for (const { address, server } of results) if (server !== undefined) this.resolved.set(address, server);
    const next = new Map<string, ServerBudget>();
    const now = Date.now();
    for (const result of results) {
      if (result.server === undefined || next.has(result.server)) continue; // unknown, or reached twice
      const settings = this.settingsOf(result.server);
      const last = this.budgets.get(result.server);
      const fresh = last && now - last.sampledAt.getTime() < STALE_INTERVALS * this.settings.sampleIntervalMs;
      const current = fresh ? last.budget : settings.maxBudget;
      const strained: Strain[] = result.signals ? strainsOf(result.signals, settings) : (last?.strained ?? []);
      const budget = result.signals ? nextBudget(current, strained, settings) : current;
      if (budget !== last?.budget)
        this.log.info(
          {
            server: result.server,
            address: result.address,
            budget,
            was: last?.budget,
            strained: strained.map(describeStrain),
          },
          budget < (last?.budget ?? Infinity) ? 'governor: server budget cut' : 'governor: server budget raised',
        );
      next.set(result.server, {
        server: result.server,
        address: result.address,
        budget,
        signals: result.signals ?? last?.signals ?? {},
        strained,
        error: result.error ?? null,
        sampledAt: new Date(now),
        changedAt: budget !== last?.budget ? new Date(now) : (last?.changedAt ?? new Date(now)),
      });
    }
    return [...next.values()];
  }
}

/** host:port of a connection string: the part that names a server (not its database, not its user). */
export function serverAddress(url: string): string {
  try {
    const parsed = parse(url);
    return `${parsed.host || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return url;
  }
}

/**
 * The servers the config names: each platform's database (its shared schema) and each of its
 * tenant servers (for database-per-tenant servers, reached through their `postgres` database).
 */
export function configuredServerUrls(config: TenantryConfig): string[] {
  const urls = new Set<string>();
  for (const id of config.platformOrder) {
    const platform = config.platforms[id]!;
    for (const url of [platform.databaseUrl, ...platformServerUrls(platform).values()]) urls.add(url);
  }
  return [...urls];
}
