import { InvalidInput } from '../errors.js';
import type { PlannedRun } from '../ledger/rollout-ledger.js';
import { formatLabels, parseLabelKey, type Labels } from '../tenants/labels.js';
import { matchesSelector, parseSelector, type Selector } from '../tenants/selector.js';

/** How a rollout is staged, as asked (numbers, or percentages of the fleet). */
export interface StageRequest {
  canary?: string | number;
  waveSize?: string | number;
  maxFailures?: string | number;
  /** the canary is taken from the tenants this selector picks (all of them unless `canary` says how many) */
  canaryWhere?: string;
  /** waves follow a label's values, one value at a time: `region`, or `region:eu,uk,us` for an order */
  wavesBy?: string;
}

/** What staging knows of a tenant: its labels and its server (null when not recorded). */
export interface StagedTenant {
  tenant: string;
  labels: Labels;
  server: string | null;
}

/** `--waves-by`: a label key, and the values that go first, in order (the rest follow by name). */
export interface WavesBy {
  key: string;
  order: string[];
}

export function parseWavesBy(text: string): WavesBy {
  const colon = text.indexOf(':');
  const key = parseLabelKey(colon < 0 ? text.trim() : text.slice(0, colon).trim());
  if (colon < 0) return { key, order: [] };
  // the values are checked as a selector's would be: `key in (values)`
  const parsed = parseSelector(`${key} in (${text.slice(colon + 1)})`, '--waves-by');
  const first = parsed.requirements[0]!;
  return { key, order: first.op === 'in' ? first.values : [] };
}

/** How a rollout is staged, resolved against its number of tenants. */
export interface Stages {
  /** tenants in wave 0; the rollout goes on only when all of them succeeded (0: no canary) */
  canary: number;
  /** tenants per wave after the canary */
  waveSize: number;
  /** failed tenants at which the rollout halts (null: never) */
  maxFailures: number | null;
}

/** A count, or a percentage (`10%`) of `total`, rounded up. Bad values are input errors. */
export function parseAmount(name: string, value: string | number, total: number, allowZero = false): number {
  const text = String(value).trim();
  const match = /^(\d{1,9})(%?)$/.exec(text);
  if (!match)
    throw new InvalidInput(`--${name} must be a number or a percentage, not ${JSON.stringify(text.slice(0, 20))}`);
  const number = Number(match[1]);
  if (match[2] === '%') {
    if (number > 100) throw new InvalidInput(`--${name} ${text} is over 100%`);
    return Math.ceil((number / 100) * total);
  }
  if (!allowZero && number === 0) throw new InvalidInput(`--${name} must be at least 1`);
  return number;
}

/**
 * Resolves the stages of a rollout of `tenants` tenants. Defaults, safe for a large fleet: a
 * canary of 1% (1 to 10 tenants) from 50 tenants up, then waves of 10% (at least 50), halting at
 * 2% failed tenants (at least 5).
 */
export function resolveStages(request: StageRequest, tenants: number, canaryCandidates?: number): Stages {
  let canary =
    request.canary !== undefined
      ? parseAmount('canary', request.canary, tenants, true)
      : tenants >= 50
        ? Math.min(10, Math.max(1, Math.ceil(tenants / 100)))
        : 0;
  if (canary > tenants)
    throw new InvalidInput(
      `--canary ${canary} is larger than the fleet (${tenants} tenant${tenants === 1 ? '' : 's'})`,
    );
  if (canaryCandidates !== undefined) {
    // a canary chosen on purpose: every tenant the selector picks, or --canary of them
    if (canaryCandidates === 0)
      throw new InvalidInput(
        `--canary-where ${request.canaryWhere ?? ''} selects none of the ${tenants} tenant(s) of this rollout`,
      );
    if (request.canary !== undefined && canary > canaryCandidates) {
      throw new InvalidInput(
        `--canary ${canary} is more than the ${canaryCandidates} tenant(s) --canary-where ${request.canaryWhere ?? ''} selects`,
      );
    }
    canary = request.canary !== undefined ? canary : canaryCandidates;
  }
  const waveSize =
    request.waveSize !== undefined
      ? parseAmount('wave-size', request.waveSize, tenants)
      : Math.max(50, Math.ceil(tenants / 10));
  const maxFailures =
    request.maxFailures !== undefined
      ? parseAmount('max-failures', request.maxFailures, tenants)
      : Math.max(5, Math.ceil(tenants / 50));
  return { canary, waveSize: Math.max(1, waveSize), maxFailures };
}

/**
 * Tenants in an order that spreads them: one from each group (server, and the value of `key`,
 * or the whole label set when no key is given) in turn, groups in order of their first tenant.
 * A canary taken from its head covers the fleet's kinds of tenants before it repeats one.
 */
export function spreadOrder(tenants: readonly StagedTenant[], key?: string): StagedTenant[] {
  const groups = new Map<string, StagedTenant[]>();
  for (const t of tenants) {
    const kind = key === undefined ? formatLabels(t.labels) : Object.hasOwn(t.labels, key) ? `=${t.labels[key]}` : '';
    const group = `${t.server ?? ''}\u0000${kind}`;
    const list = groups.get(group);
    if (list) list.push(t);
    else groups.set(group, [t]);
  }
  // round by round over the groups not yet exhausted: linear in the tenants whatever the groups' sizes
  const ordered: StagedTenant[] = [];
  let lists = [...groups.values()];
  for (let i = 0; lists.length > 0; i++) {
    for (const list of lists) ordered.push(list[i]!);
    lists = lists.filter((list) => list.length > i + 1);
  }
  return ordered;
}

/** Where a label value goes in `--waves-by`: the listed values in order, then the others by name, then tenants without the label. */
function waveRank(wavesBy: WavesBy, labels: Labels): [number, string] {
  if (!Object.hasOwn(labels, wavesBy.key)) return [wavesBy.order.length + 1, ''];
  const value = labels[wavesBy.key]!;
  const listed = wavesBy.order.indexOf(value);
  return listed >= 0 ? [listed, ''] : [wavesBy.order.length, value];
}

export interface StagingChoice {
  /** the canary comes from the tenants this selector picks */
  canaryWhere?: Selector;
  /** waves take one value of this label at a time */
  wavesBy?: WavesBy;
}

/**
 * Each tenant's wave: the canary (wave 0 when there is one) spread across the fleet, or taken
 * from `canaryWhere`; then `waveSize` tenants per wave, by name, or value by value of
 * `wavesBy` (a wave never mixes two values). Pure: the same tenants always stage the same way.
 */
export function stageTenants(
  tenants: readonly StagedTenant[],
  stages: Stages,
  choice: StagingChoice = {},
): Map<string, number> {
  const byName = [...tenants].sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0));
  const candidates = choice.canaryWhere ? byName.filter((t) => matchesSelector(choice.canaryWhere!, t.labels)) : byName;
  const canary = new Set(
    spreadOrder(candidates, choice.wavesBy?.key)
      .slice(0, stages.canary)
      .map((t) => t.tenant),
  );
  const waveOf = new Map<string, number>();
  for (const tenant of canary) waveOf.set(tenant, 0);
  let rest = byName.filter((t) => !canary.has(t.tenant));
  const first = canary.size > 0 ? 1 : 0;
  if (!choice.wavesBy) {
    rest.forEach((t, i) => waveOf.set(t.tenant, first + Math.floor(i / stages.waveSize)));
    return waveOf;
  }
  const wavesBy = choice.wavesBy;
  rest = rest
    .map((t) => ({ t, rank: waveRank(wavesBy, t.labels) }))
    .sort(
      (a, b) =>
        a.rank[0] - b.rank[0] ||
        (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0) ||
        (a.t.tenant < b.t.tenant ? -1 : 1),
    )
    .map(({ t }) => t);
  let wave = first - 1;
  let inWave = stages.waveSize;
  let value: string | undefined;
  for (const t of rest) {
    const mine = Object.hasOwn(t.labels, wavesBy.key) ? `=${t.labels[wavesBy.key]}` : '';
    if (inWave >= stages.waveSize || mine !== value) {
      wave++;
      inWave = 0;
      value = mine;
    }
    waveOf.set(t.tenant, wave);
    inWave++;
  }
  return waveOf;
}

/**
 * Puts each run in its tenant's wave (from `stageTenants`; without it, the first `canary`
 * tenants in wave 0, then `waveSize` tenants per wave, in run order). Runs of one tenant (its
 * platforms, a saga) share a wave; shared runs go in wave 0.
 */
export function assignWaves(runs: PlannedRun[], stages: Stages, waveOf?: ReadonlyMap<string, number>): void {
  if (!waveOf) {
    const tenants = [...new Set(runs.filter((r) => r.scope !== 'shared').map((r) => r.tenant))];
    const ordered = new Map<string, number>();
    tenants.forEach((tenant, i) => {
      ordered.set(
        tenant,
        i < stages.canary ? 0 : (stages.canary > 0 ? 1 : 0) + Math.floor((i - stages.canary) / stages.waveSize),
      );
    });
    waveOf = ordered;
  }
  for (const run of runs) run.wave = run.scope === 'shared' ? 0 : (waveOf.get(run.tenant) ?? 0);
}
