import { stat } from 'node:fs/promises';
import { readMigrationSet } from '../catalog/migration-set.js';
import { getPlatform, type TenantryConfig } from '../config/tenantry-config.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { parseTenantId } from '../ids.js';
import type { ControlDb } from '../ledger/control-db.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { WorkerRegistry, workerAliveSql } from '../ledger/worker-registry.js';
import { LOCK_NAMESPACE } from '../locks/keys.js';
import { OVERDUE_GRACE_MS, listTenantLocks } from '../locks/lock-inspector.js';
import { locateTenant } from '../tenants/location.js';
import { asideViolations } from './aside-check.js';
import type { InvariantReport, InvariantViolation } from './invariant-report.js';
import { EMPTY_VERSION } from '../types.js';
import { describeDifference } from './diff.js';
import { locationMismatches } from './location-check.js';
import { REFERENCE_SCHEMA_PREFIX, ReferenceCache } from './reference.js';
import { verifyPlatform } from './verify-platform.js';
import type { TenantVerification } from './verify-tenants.js';

export interface CheckInvariantsOptions {
  config: TenantryConfig;
  control: ControlDb;
  /** sessions to the platform databases (at least 4 per database) */
  pools: PoolRegistry;
  /** only the tenants and runs of this rollout */
  rolloutId?: string;
  /** a worker is alive when it heartbeated within this */
  workerExpiryMs: number;
  /** whether the queue holds the job of each run; without it, lost jobs are not looked for */
  jobsExist?: (runIds: readonly string[]) => Promise<boolean[]>;
}

interface DecidingRun {
  id: string;
  platform: string;
  tenant: string;
  target: string;
  status: string;
  from_version: string | null;
  to_version: string | null;
  prior_version: string | null;
  compensated_by: string | null;
  comp_status: string | null;
  comp_target: string | null;
}

/** Checks every invariant; each broken one is one violation in the report. */
export async function checkInvariants(options: CheckInvariantsOptions): Promise<InvariantReport> {
  const { config, control } = options;
  await control.assertReady();
  const violations: InvariantViolation[] = [];
  const tenants = await tenantsInScope(options);
  for (const m of await locationMismatches(options, tenants)) violations.push({ invariant: 'location', ...m });
  const live = await liveStates(options, tenants, violations);
  violations.push(...(await versionViolations(options, live)));
  const urls = new Set<string>();
  for (const t of tenants)
    urls.add(locateTenant(getPlatform(config, t.platform), parseTenantId(t.tenant), t.serverId).databaseUrl);
  for (const id of config.platformOrder) urls.add(config.platforms[id]!.databaseUrl);
  violations.push(...(await invalidIndexes(options, [...urls])));
  violations.push(...(await asideViolations(options, [...urls], tenants)));
  violations.push(...(await lockViolations(options)));
  const { runs, found } = await ledgerViolations(options);
  violations.push(...found);
  violations.push(...(await backupViolations(options)));
  return { ok: violations.length === 0, checked: { tenants: tenants.length, runs, databases: urls.size }, violations };
}

type ScopedTenant = { platform: string; tenant: string; serverId: string };

async function tenantsInScope(options: CheckInvariantsOptions): Promise<ScopedTenant[]> {
  const registered = (await new TenantRegistry(options.control).list()).filter(
    (t) => options.config.platforms[t.platform] !== undefined,
  );
  if (!options.rolloutId) return registered;
  const { rows } = await options.control.pool.query<{ platform: string; tenant: string }>(
    `SELECT DISTINCT platform, tenant FROM ${options.control.table('runs')} WHERE rollout_id = $1 AND scope = 'tenant'`,
    [options.rolloutId],
  );
  const ran = new Set(rows.map((r) => `${r.platform}/${r.tenant}`));
  return registered.filter((t) => ran.has(`${t.platform}/${t.tenant}`));
}

/** Live versions and fingerprints of the tenants, and their migrations tables read for duplicates. */
async function liveStates(
  options: CheckInvariantsOptions,
  tenants: readonly ScopedTenant[],
  violations: InvariantViolation[],
): Promise<TenantVerification[]> {
  const references = new ReferenceCache();
  const results: TenantVerification[] = [];
  for (const platformId of options.config.platformOrder) {
    const mine = tenants
      .filter((t) => t.platform === platformId)
      .map((t) => ({ tenant: parseTenantId(t.tenant), serverId: t.serverId }));
    if (mine.length === 0) continue;
    const platform = getPlatform(options.config, platformId);
    const set = readMigrationSet(platform.tenantMigrationsDir);
    // a tenant's own database is read once: its session is closed after, not left idle in its pool
    const once = (url: string) => platform.databasePerTenant && url !== platform.databaseUrl;
    const acquire = async (url: string) => {
      const client = await options.pools.acquire(url);
      return { client, release: () => client.release(once(url)) };
    };
    // the histories verify reads are the ones checked for duplicate steps: each table is read once
    const histories = new Map<string, readonly string[]>();
    const verified = await verifyPlatform({
      platform,
      set,
      tenants: mine,
      references,
      acquire,
      parallelism: 2,
      onHistories: (read) => {
        for (const [tenant, names] of read) histories.set(tenant, names);
      },
    });
    results.push(...verified);
    for (const r of verified.filter((v) => v.status === 'drift')) {
      violations.push({
        invariant: 'fingerprint',
        platform: r.platform,
        tenant: r.tenant,
        message: `schema ${r.schema} at ${r.version} differs from its reference: ${r.differences.slice(0, 3).map(describeDifference).join('; ')}`,
      });
    }
    const schemaOf = new Map(verified.map((v) => [v.tenant, v.schema] as const));
    {
      for (const [tenant, names] of histories) {
        const twice = names.filter((n, i) => names.indexOf(n) !== i);
        const schema = schemaOf.get(tenant) ?? tenant;
        for (const name of new Set(twice))
          violations.push({
            invariant: 'duplicate-step',
            platform: platformId,
            tenant,
            message: `${name} is recorded ${names.filter((n) => n === name).length} times in ${schema}.${platform.migrationsTable}`,
          });
      }
    }
  }
  return results;
}

/** Each tenant against the last run that decided its version: original or target, and the right one. */
async function versionViolations(
  options: CheckInvariantsOptions,
  live: readonly TenantVerification[],
): Promise<InvariantViolation[]> {
  const { control } = options;
  const { rows } = await control.pool.query<DecidingRun>(
    `SELECT DISTINCT ON (r.platform, r.tenant) r.id, r.platform, r.tenant, r.target, r.status, r.from_version, r.to_version, r.compensated_by,
            c.status AS comp_status, c.target AS comp_target,
            (SELECT p.to_version FROM ${control.table('runs')} p JOIN ${control.table('rollouts')} po ON po.id = p.rollout_id
              WHERE p.platform = r.platform AND p.tenant = r.tenant AND p.to_version IS NOT NULL AND po.created_at < o.created_at
              ORDER BY p.finished_at DESC LIMIT 1) AS prior_version
     FROM ${control.table('runs')} r JOIN ${control.table('rollouts')} o ON o.id = r.rollout_id
     LEFT JOIN ${control.table('runs')} c ON c.id = r.compensated_by
     WHERE r.scope = 'tenant' AND r.compensates IS NULL AND r.platform = ANY($1::text[])
     ORDER BY r.platform, r.tenant, o.created_at DESC, r.queued_at DESC`,
    [options.config.platformOrder],
  );
  const deciding = new Map(rows.map((r) => [`${r.platform}/${r.tenant}`, r]));
  const found: InvariantViolation[] = [];
  for (const tenant of live) {
    const run = deciding.get(`${tenant.platform}/${tenant.tenant}`);
    if (!run) continue;
    const original = run.from_version ?? run.prior_version ?? EMPTY_VERSION;
    const at = tenant.version;
    const where = { platform: tenant.platform, tenant: tenant.tenant, runId: run.id };
    if (at !== original && at !== run.target) {
      found.push({
        invariant: 'version',
        ...where,
        message: `at ${at}: neither its original ${original} nor its target ${run.target}`,
      });
      continue;
    }
    let expected: string | undefined;
    if (run.compensated_by) {
      if (run.comp_status === 'failed' || run.comp_status === 'cancelled') {
        found.push({
          invariant: 'compensation',
          ...where,
          message: `its compensating run ${run.compensated_by} ${run.comp_status}; the tenant is at ${at}`,
        });
        continue;
      }
      if (run.comp_status === 'succeeded') expected = run.comp_target ?? original;
    } else if (run.status === 'succeeded') {
      expected = run.to_version ?? run.target;
    } else if (run.status === 'failed' || run.status === 'cancelled') {
      expected = original;
    }
    if (expected !== undefined && at !== expected) {
      const invariant = run.compensated_by ? 'compensation' : 'version';
      found.push({
        invariant,
        ...where,
        message: `at ${at}, but its last run ${run.status}${run.compensated_by ? ' and was compensated' : ''}: expected ${expected}`,
      });
    }
  }
  found.push(...(await lastSuccessViolations(options, live, new Set(found.map((v) => `${v.platform}/${v.tenant}`)))));
  return found;
}

/**
 * Each tenant against the last run that succeeded on it, whatever came after: at rest, a tenant
 * is where that run left it (a later run that failed or was cancelled left it there too). This
 * holds even when a run's recorded `from` is wrong, which the check above trusts.
 */
async function lastSuccessViolations(
  options: CheckInvariantsOptions,
  live: readonly TenantVerification[],
  reported: ReadonlySet<string>,
): Promise<InvariantViolation[]> {
  const { control } = options;
  const { rows } = await control.pool.query<{
    id: string;
    platform: string;
    tenant: string;
    to_version: string;
    rollout_id: string;
  }>(
    `SELECT DISTINCT ON (platform, tenant) id, platform, tenant, to_version, rollout_id FROM ${control.table('runs')}
     WHERE scope = 'tenant' AND status = 'succeeded' AND to_version IS NOT NULL AND platform = ANY($1::text[])
     ORDER BY platform, tenant, finished_at DESC NULLS LAST`,
    [options.config.platformOrder],
  );
  const last = new Map(rows.map((r) => [`${r.platform}/${r.tenant}`, r]));
  const found: InvariantViolation[] = [];
  for (const tenant of live) {
    const key = `${tenant.platform}/${tenant.tenant}`;
    const run = last.get(key);
    if (!run || reported.has(key) || tenant.version === run.to_version) continue;
    found.push({
      invariant: 'version',
      platform: tenant.platform,
      tenant: tenant.tenant,
      runId: run.id,
      message: `at ${tenant.version}, but the ledger's last successful run on it (rollout ${run.rollout_id}) left it at ${run.to_version}`,
    });
  }
  return found;
}

async function invalidIndexes(options: CheckInvariantsOptions, urls: readonly string[]): Promise<InvariantViolation[]> {
  const found: InvariantViolation[] = [];
  const platformUrls = new Set(options.config.platformOrder.map((id) => options.config.platforms[id]!.databaseUrl));
  for (const url of urls) {
    const client = await options.pools.acquire(url);
    // a tenant's own database is read once: its session is closed after, not left idle in its pool
    const close = () => client.release(!platformUrls.has(url));
    const { rows } = await client
      .query<{ schema: string; index: string; table: string }>(
        `SELECT n.nspname AS schema, c.relname AS index, t.relname AS table
       FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE NOT i.indisvalid AND n.nspname NOT LIKE $1`,
        [`${REFERENCE_SCHEMA_PREFIX}%`],
      )
      .finally(close);
    for (const r of rows)
      found.push({
        invariant: 'invalid-index',
        message: `index ${r.schema}.${r.index} on ${r.table} is invalid (an interrupted CREATE INDEX CONCURRENTLY)`,
      });
  }
  return found;
}

/** Tenant and shared locks on the platform databases, budget and reconciler locks on the control database. */
async function lockViolations(options: CheckInvariantsOptions): Promise<InvariantViolation[]> {
  const { config, control, pools, workerExpiryMs } = options;
  const found: InvariantViolation[] = [];
  for (const lock of await listTenantLocks(config, control, pools, workerExpiryMs)) {
    if (lock.workerAlive) continue;
    const holder = lock.runId
      ? `run ${lock.runId} of worker ${lock.workerId ?? '?'}, not alive`
      : lock.workerId
        ? `session ${lock.backendPid} of worker ${lock.workerId}, not alive, before its run's claim`
        : `session ${lock.backendPid} (${lock.applicationName || 'no name'}) that no running run owns`;
    found.push({
      invariant: 'orphan-lock',
      platform: lock.platform,
      ...(lock.tenant ? { tenant: lock.tenant } : {}),
      message: `${lock.kind} lock held by ${holder}`,
    });
  }
  const alive = new Set(
    (await new WorkerRegistry(control).alive(workerExpiryMs)).map((w) => `tenantry worker ${w.id}`.slice(0, 63)),
  );
  const { rows } = await control.pool.query<{ pid: number; application_name: string; classid: string }>(
    `SELECT l.pid, a.application_name, l.classid::bigint::text AS classid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint = ANY($1::bigint[])
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [Object.keys(CONTROL_LOCK_KINDS)],
  );
  for (const r of rows) {
    if (alive.has(r.application_name)) continue;
    const kind = CONTROL_LOCK_KINDS[Number(r.classid)] ?? 'advisory';
    found.push({
      invariant: 'orphan-lock',
      message: `${kind} lock on the control database held by session ${r.pid} (${r.application_name || 'no name'}) of no live worker`,
    });
  }
  return found;
}

/** The locks workers hold on the control database, by namespace: each held by a live worker's session. */
const CONTROL_LOCK_KINDS: Record<number, string> = {
  [LOCK_NAMESPACE.connectionBudget]: 'connection-budget',
  [LOCK_NAMESPACE.reconciler]: 'reconciler',
  [LOCK_NAMESPACE.serverBudget]: 'server-budget',
  [LOCK_NAMESPACE.governorSampler]: 'governor-sampler',
};

/** Runs left running by dead workers, queued runs the queue lost, rollouts nothing will finish. */
async function ledgerViolations(
  options: CheckInvariantsOptions,
): Promise<{ runs: number; found: InvariantViolation[] }> {
  const { control } = options;
  const scope = options.rolloutId ?? null;
  const found: InvariantViolation[] = [];
  const { rows: counted } = await control.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${control.table('runs')} WHERE $1::uuid IS NULL OR rollout_id = $1`,
    [scope],
  );
  const { rows: orphans } = await control.pool.query<{
    id: string;
    platform: string;
    tenant: string;
    worker_id: string | null;
  }>(
    `SELECT r.id, r.platform, r.tenant, r.worker_id FROM ${control.table('runs')} r
     WHERE r.status = 'running' AND ($1::uuid IS NULL OR r.rollout_id = $1)
       AND NOT EXISTS (SELECT 1 FROM ${control.table('workers')} w WHERE w.id = r.worker_id AND ${workerAliveSql('w', '$2')})`,
    [scope, options.workerExpiryMs],
  );
  for (const r of orphans)
    found.push({
      invariant: 'orphan-run',
      platform: r.platform,
      tenant: r.tenant,
      runId: r.id,
      message: `running, but its worker ${r.worker_id ?? '?'} is not alive`,
    });
  const { rows: long } = await control.pool.query<{ id: string; platform: string; tenant: string; ms: number }>(
    `SELECT id, platform, tenant, (extract(epoch FROM now() - started_at) * 1000)::float8 AS ms FROM ${control.table('runs')}
     WHERE status = 'running' AND ($1::uuid IS NULL OR rollout_id = $1)`,
    [scope],
  );
  for (const r of long) {
    const deadline = options.config.platforms[r.platform]?.runTimeoutMs;
    if (deadline !== undefined && r.ms > deadline + OVERDUE_GRACE_MS) {
      found.push({
        invariant: 'orphan-run',
        platform: r.platform,
        tenant: r.tenant,
        runId: r.id,
        message: `running for ${Math.round(r.ms / 1000)} s, past its deadline of ${deadline / 1000} s: nothing stopped it`,
      });
    }
  }

  const { rows: queued } = await control.pool.query<{ id: string; platform: string; tenant: string }>(
    `SELECT r.id, r.platform, r.tenant FROM ${control.table('runs')} r JOIN ${control.table('rollouts')} o ON o.id = r.rollout_id
     WHERE r.status = 'queued' AND o.status = 'running' AND (o.aborted_at IS NULL OR r.compensates IS NOT NULL) AND ($1::uuid IS NULL OR r.rollout_id = $1)`,
    [scope],
  );
  // running under a live worker, its job finished or gone: no one will write its result
  const { rows: running } = await control.pool.query<{
    id: string;
    platform: string;
    tenant: string;
    worker_id: string | null;
  }>(
    `SELECT r.id, r.platform, r.tenant, r.worker_id FROM ${control.table('runs')} r
     WHERE r.status = 'running' AND ($1::uuid IS NULL OR r.rollout_id = $1) AND NOT (r.id = ANY($2::uuid[]))`,
    [scope, orphans.map((o) => o.id)],
  );
  if (options.jobsExist && running.length > 0) {
    const exists = await options.jobsExist(running.map((r) => r.id));
    // a run that finished meanwhile wrote its result before its job ended: only those still running count
    const { rows: still } = await control.pool.query<{ id: string }>(
      `SELECT id FROM ${control.table('runs')} WHERE id = ANY($1::uuid[]) AND status = 'running'`,
      [running.filter((_, i) => !exists[i]).map((r) => r.id)],
    );
    const stuck = new Set(still.map((r) => r.id));
    running.forEach((r, i) => {
      if (!exists[i] && stuck.has(r.id))
        found.push({
          invariant: 'lost-job',
          platform: r.platform,
          tenant: r.tenant,
          runId: r.id,
          message: `running under worker ${r.worker_id ?? '?'}, but its job is no longer in the queue: nothing will write its result`,
        });
    });
  }
  if (options.jobsExist && queued.length > 0) {
    const exists = await options.jobsExist(queued.map((r) => r.id));
    queued.forEach((r, i) => {
      if (!exists[i])
        found.push({
          invariant: 'lost-job',
          platform: r.platform,
          tenant: r.tenant,
          runId: r.id,
          message: 'queued in the ledger, but its job is not in the queue',
        });
    });
  }
  const { rows: stuck } = await control.pool.query<{
    id: string;
    status: string;
    open: number;
    waiting: number;
    released: number;
  }>(
    `SELECT o.id, o.status,
            count(*) FILTER (WHERE r.status IN ('queued', 'running'))::int AS open,
            count(*) FILTER (WHERE r.status = 'waiting')::int AS waiting,
            count(*) FILTER (WHERE r.status = 'waiting' AND a.status IN ('succeeded', 'failed', 'cancelled'))::int AS released
     FROM ${control.table('rollouts')} o JOIN ${control.table('runs')} r ON r.rollout_id = o.id LEFT JOIN ${control.table('runs')} a ON a.id = r.after_run
     WHERE ($1::uuid IS NULL OR o.id = $1)
     GROUP BY o.id, o.status`,
    [scope],
  );
  for (const r of stuck) {
    const finished = ['succeeded', 'failed', 'cancelled'].includes(r.status);
    if (finished && r.open + r.waiting > 0)
      found.push({
        invariant: 'lost-job',
        message: `rollout ${r.id} is ${r.status} but has ${r.open + r.waiting} run(s) not finished`,
      });
    else if (r.status === 'running' && r.open === 0 && r.waiting === 0)
      found.push({
        invariant: 'lost-job',
        message: `rollout ${r.id} is running but every run has finished: it was never closed`,
      });
    else if (r.status === 'running' && r.open === 0)
      found.push({
        invariant: 'lost-job',
        message: `rollout ${r.id} is running with ${r.waiting} waiting run(s) and none queued or running: nothing will release them`,
      });
    else if (r.status === 'running' && r.released > 0)
      found.push({
        invariant: 'lost-job',
        message: `rollout ${r.id} has ${r.released} run(s) still waiting for runs that have finished`,
      });
  }
  return { runs: counted[0]?.n ?? 0, found };
}

/** Every run that changed a tenant with a backup asked for: a recorded backup at the version it found, its file present. */
async function backupViolations(options: CheckInvariantsOptions): Promise<InvariantViolation[]> {
  const { control } = options;
  const { rows } = await control.pool.query<{
    id: string;
    platform: string;
    tenant: string;
    from_version: string;
    backup_id: string | null;
    version: string | null;
    location: string | null;
    bytes: string | null;
    deleted: boolean | null;
    b_tenant: string | null;
    own: boolean | null;
  }>(
    `SELECT r.id, r.platform, r.tenant, r.from_version, r.backup_id, b.version, b.location, b.bytes::text AS bytes, b.deleted_at IS NOT NULL AS deleted, b.tenant AS b_tenant, b.run_id = r.id AS own
     FROM ${control.table('runs')} r LEFT JOIN ${control.table('backups')} b ON b.id = r.backup_id
     WHERE r.backup_strategy = 'pg_dump' AND r.method = 'migrations' AND r.status IN ('succeeded', 'failed')
       AND r.to_version IS NOT NULL AND r.to_version IS DISTINCT FROM r.from_version AND ($1::uuid IS NULL OR r.rollout_id = $1)`,
    [options.rolloutId ?? null],
  );
  const found: InvariantViolation[] = [];
  for (const r of rows) {
    const where = { platform: r.platform, tenant: r.tenant, runId: r.id };
    if (!r.backup_id || r.version === null) {
      found.push({
        invariant: 'backup',
        ...where,
        message: `changed the tenant from ${r.from_version} with a pg_dump backup asked for, but no backup is recorded`,
      });
    } else if (r.b_tenant !== r.tenant || (r.version !== r.from_version && !r.own)) {
      // (a retry that found its tenant part-way backs it up again, as it found it)
      found.push({
        invariant: 'backup',
        ...where,
        message: `its backup ${r.backup_id} holds ${r.b_tenant}@${r.version}, not ${r.tenant}@${r.from_version}`,
      });
    } else if (!r.deleted && r.location) {
      const size = await stat(r.location).then(
        (s) => s.size,
        () => undefined,
      );
      if (size === undefined)
        found.push({ invariant: 'backup', ...where, message: `its backup file ${r.location} is missing` });
    }
  }
  return found;
}
