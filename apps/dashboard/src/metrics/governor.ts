import type { Registry } from 'prom-client';
import { SIGNAL_NAMES, type ControlDb } from '@tenantry/core';
import { serversView } from '../read-model/servers.js';
import { counter, gauge } from './series.js';

/**
 * The governor's series: each server's budget and signals as last sampled, and deferred runs by
 * reason and server (a busy tenant has no server: server="").
 */
export async function addGovernor(registry: Registry, control: ControlDb): Promise<void> {
  const { servers, deferrals } = await serversView(control);
  const budget = gauge(registry, {
    name: 'tenantry_server_budget',
    help: 'Runs in flight a database server allows now, across all workers (the governor cuts it while the server is strained).',
    labelNames: ['server', 'address'],
  });
  const signal = gauge(registry, {
    name: 'tenantry_server_signal',
    help: `A database server health signal as last sampled: ${SIGNAL_NAMES.join(', ')}.`,
    labelNames: ['server', 'address', 'signal'],
  });
  const strained = gauge(registry, {
    name: 'tenantry_server_strained',
    help: 'Whether a signal of a database server was over its threshold at the last sample (1) or not (0).',
    labelNames: ['server', 'address', 'signal'],
  });
  for (const s of servers) {
    const labels = { server: s.server, address: s.address };
    budget.set(labels, s.budget);
    for (const name of SIGNAL_NAMES) {
      const value = s.signals[name];
      if (value !== undefined) signal.set({ ...labels, signal: name }, value);
      strained.set({ ...labels, signal: name }, s.strained.some((x) => x.signal === name) ? 1 : 0);
    }
  }
  const deferred = counter(registry, {
    name: 'tenantry_runs_deferred_total',
    help: 'Runs deferred (not failed) by reason: tenant_busy, connection_budget, server_budget; and server.',
    labelNames: ['reason', 'server'],
  });
  for (const d of deferrals) deferred.inc({ reason: d.reason, server: d.server }, d.count);
}
