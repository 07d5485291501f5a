import { ServerBudgets, type ControlDb, type DeferralReason, type ServerBudget } from '@tenantry/core';

export interface ServersView {
  /** every server's budget, signals and strain, as the governor last sampled them */
  servers: ServerBudget[];
  /** deferred runs of every rollout, by reason and server */
  deferrals: Array<{ reason: DeferralReason; server: string; count: number }>;
}

/** `/api/servers` and the fleet view's servers panel: the governor's state, read from the ledger. */
export async function serversView(control: ControlDb): Promise<ServersView> {
  const budgets = new ServerBudgets(control);
  const [servers, deferrals] = await Promise.all([budgets.list(), budgets.deferralTotals()]);
  return { servers, deferrals };
}
