// The database-per-tenant figures: connections a rollout opened and held, from the server's side.
import type { Results } from '../results.js';
import { fmt } from './format.js';

export function dbptLines(results: Results): string[] {
  const runs = results.dbpt ?? [];
  if (runs.length === 0) return [];
  const out = ['  database per tenant (one database per tenant on a server of its own, max_connections − reserved = the limit):'];
  for (const d of runs) {
    const by = Object.entries(d.byApplication)
      .map(([app, n]) => `${app} ${fmt(n)}`)
      .join(', ');
    out.push(
      `    ${d.tenants} databases, W=${d.workers} × C=${d.concurrency}: \`migrate --wait\` ${fmt(d.ms / 1000)} s; connections opened per tenant ${fmt(d.connectionsPerTenant)} (${by}); ` +
        `peak connections on the server ${d.peakConnections} (run sessions ${d.peakRunSessions}) of a limit of ${d.serverLimit}; ` +
        `ledger: first run start → last run end ${fmt((d.details.runsSpanMs ?? Number.NaN) / 1000)} s, avg run ${fmt(d.details.avgRunMs)} ms; ` +
        `run sessions open ${fmt(d.idleWaitMs / 1000, 0)} s after the rollout ${d.runSessionsAfterIdle}; failed runs ${d.failedRuns}`,
    );
  }
  return out;
}
