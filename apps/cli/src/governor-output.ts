import { describeStrain, type DeferralCount, type ServerBudget } from '@tenantry/core';
import { ago, printLine } from './output.js';

const REASONS: Record<DeferralCount['reason'], string> = {
  tenant_busy: 'tenant busy',
  connection_budget: 'connection budget full',
  server_budget: 'server at its budget',
};

/**
 * `rollout status`'s lines on the governor: why the rollout's runs were deferred (by reason and
 * server, the last reason in words), and each server's budget and signals as last sampled.
 */
export function printGovernor(deferrals: readonly DeferralCount[], servers: readonly ServerBudget[]): void {
  const addressOf = (server: string) => servers.find((s) => s.server === server)?.address ?? server;
  if (deferrals.length > 0) {
    printLine(
      `  deferred: ${deferrals.map((d) => `${d.count} ${REASONS[d.reason]}${d.server ? ` (${addressOf(d.server)})` : ''}`).join(', ')}`,
    );
    for (const d of deferrals) if (d.detail) printLine(`    last ${REASONS[d.reason]}: ${d.detail}`);
  }
  for (const s of servers) {
    const signals = s.strained.length > 0 ? `strained: ${s.strained.map(describeStrain).join(', ')}` : 'healthy';
    printLine(
      `  server ${s.address} (${s.server}): budget ${s.budget}, ${s.error ? `not sampled: ${s.error}` : signals}, sampled ${ago(s.sampledAt)}`,
    );
  }
}
