// The dashboard at scale on its own: for each N, a fleet of N tenants as rollouts leave it in the
// ledger, then measureDashboardAtScale. Not part of `npm run bench` (its --scale mode calls the
// same function on the fleet it builds).
//
//   npm run build && node --import tsx bench/dashboard-scale.ts --tenants 5000,50000 [--json]
//
// The fleet: 50 tenants registered by `tenants add` (real schemas, at 0), the rest written into
// the ledger by SQL at the same server and database: 97% at latest, 2% at v2, 1% with no recorded
// version (their schemas do not exist: the dashboard reads them, as it reads any tenant the ledger
// has no version for), every tenth tier=enterprise; two rollouts, 2 runs a tenant (all succeeded
// to v2; then latest, the v2 and unrecorded ones failed). The dashboard reads no other schema.
import { parseArgs } from 'node:util';
import { Sandbox } from '../test/helpers/sandbox.js';
import { measureDashboardAtScale, type DashboardTiming } from './modes/scale-dashboard.js';
import { MIGRATIONS_DIR, PLATFORM } from './workload.js';

const V2 = '1710000000002_add-account-name';
const LATEST = '1710000000005_account-status';
const REAL = 50;

function usage(message: string): never {
  process.stderr.write(`dashboard-scale: ${message}\nusage: node --import tsx bench/dashboard-scale.ts --tenants N[,N...] [--json]\n`);
  process.exit(2);
}

async function populate(sandbox: Sandbox, n: number, log: (s: string) => void): Promise<void> {
  const run = async (args: string[]) => {
    const result = await sandbox.cli(args, { TENANTRY_LOG_LEVEL: 'warn' });
    if (result.code !== 0) throw new Error(`tenantry ${args.slice(0, 2).join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
  };
  await run(['init']);
  await run(['tenants', 'add', PLATFORM, ...Array.from({ length: REAL }, (_, i) => `r${String(i + 1).padStart(5, '0')}`)]);
  const start = performance.now();
  await sandbox.ledger(
    `INSERT INTO tenantry.tenants (platform, tenant, server, database, schema, labels, known_version)
     SELECT $1, id, a.server, a.database, 'tenant_' || id,
            jsonb_build_object('tier', CASE WHEN g % 10 = 0 THEN 'enterprise' ELSE 'standard' END, 'region', (ARRAY['eu', 'us', 'uk', 'ap'])[1 + g % 4]),
            CASE WHEN g % 100 < 97 THEN $2 WHEN g % 100 < 99 THEN $3 END
       FROM generate_series(1, $4::int) g
       CROSS JOIN LATERAL (SELECT 't' || lpad(g::text, 6, '0') AS id) i
       CROSS JOIN (SELECT server, database FROM tenantry.tenants LIMIT 1) a`,
    [PLATFORM, LATEST, V2, n - REAL],
  );
  const [first] = await sandbox.ledger<{ id: string }>(
    `INSERT INTO tenantry.rollouts (kind, target, status, created_at, finished_at) VALUES ('migrate', $1, 'succeeded', now() - interval '2 hours', now() - interval '90 minutes') RETURNING id`,
    [V2],
  );
  const [second] = await sandbox.ledger<{ id: string }>(
    `INSERT INTO tenantry.rollouts (kind, target, status, created_at, finished_at) VALUES ('migrate', $1, 'failed', now() - interval '1 hour', now() - interval '10 minutes') RETURNING id`,
    [LATEST],
  );
  await sandbox.ledger(
    `INSERT INTO tenantry.runs (rollout_id, platform, tenant, direction, target, status, attempt, from_version, to_version, noop, queued_at, started_at, finished_at)
     SELECT $1, platform, tenant, 'up', $2, 'succeeded', 1, '0', $2, false, now() - interval '2 hours', s, s + (random() * interval '2 seconds')
       FROM tenantry.tenants CROSS JOIN LATERAL (SELECT now() - interval '2 hours' + random() * interval '30 minutes' AS s) t`,
    [first!.id, V2],
  );
  await sandbox.ledger(
    `INSERT INTO tenantry.runs (rollout_id, platform, tenant, direction, target, status, attempt, from_version, to_version, noop, error, failed_migration, queued_at, started_at, finished_at)
     SELECT $1, platform, tenant, 'up', $2, CASE WHEN ok THEN 'succeeded' ELSE 'failed' END, 1, $3,
            CASE WHEN ok THEN $2 ELSE $3 END, CASE WHEN ok THEN false END,
            CASE WHEN NOT ok THEN 'MIGRATION_FAILED: duplicate key value violates unique constraint' END,
            CASE WHEN NOT ok THEN '1710000000003_unique-account-email' END,
            now() - interval '1 hour', s, s + (random() * interval '3 seconds')
       FROM tenantry.tenants CROSS JOIN LATERAL (SELECT known_version IS NOT DISTINCT FROM $2 AS ok, now() - interval '1 hour' + random() * interval '40 minutes' AS s) t`,
    [second!.id, LATEST, V2],
  );
  await sandbox.ledger('ANALYZE tenantry.tenants; ANALYZE tenantry.runs');
  log(`dashboard-scale: ${n} tenants and ${2 * n} runs written into the ledger in ${((performance.now() - start) / 1000).toFixed(1)} s (not timed)`);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { tenants: { type: 'string', default: '5000' }, json: { type: 'boolean', default: false } }, strict: true }));
  } catch (error) {
    usage((error as Error).message);
  }
  const sizes = values.tenants.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= REAL)) usage(`--tenants must be integers above ${REAL}`);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const results = new Map<number, DashboardTiming[]>();
  for (const n of sizes) {
    const sandbox = new Sandbox({ platforms: { [PLATFORM]: { migrations: MIGRATIONS_DIR } }, extra: { worker: { heartbeatMs: 1000 }, run: undefined } });
    const stop = () => void sandbox.destroy().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await populate(sandbox, n, log);
      results.set(n, await measureDashboardAtScale({ configPath: sandbox.configFile, tenants: n, log }));
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await sandbox.destroy();
    }
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results), null, 2)}\n`);
    return;
  }
  const [small, large] = [sizes[0]!, sizes.at(-1)!];
  const header = `| view | ${sizes.map((n) => `${n.toLocaleString('en')} tenants: server / wall ms`).join(' | ')} |${sizes.length > 1 ? ` ${large} ÷ ${small} |` : ''}`;
  const lines = [header, `|---|${sizes.map(() => '---:|').join('')}${sizes.length > 1 ? '---:|' : ''}`];
  for (const [i, row] of results.get(small)!.entries()) {
    const cells = sizes.map((n) => {
      const r = results.get(n)![i]!;
      return `${r.serverMs === null ? '–' : r.serverMs.toFixed(1)} / ${r.ms.toFixed(1)}`;
    });
    const a = results.get(small)![i]!;
    const b = results.get(large)![i]!;
    const ratio = (b.serverMs ?? b.ms) / (a.serverMs ?? a.ms);
    lines.push(`| ${row.what} | ${cells.join(' | ')} |${sizes.length > 1 ? ` ${ratio.toFixed(2)}× |` : ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`dashboard-scale: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
