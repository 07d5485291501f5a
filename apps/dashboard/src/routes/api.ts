import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AuditLog,
  NotFound,
  TenantRegistry,
  WorkerRegistry,
  checkGate,
  errorMessage,
  getPlatform,
  parseLabelFilter,
  workerExpiryMs,
  type ControlDb,
  type Logger,
  type PoolRegistry,
  type TenantryConfig,
} from '@tenantry/core';
import { accessOf } from '../access.js';
import type { DashboardQueues } from '../queues.js';
import type { BackupViews } from '../read-model/backups.js';
import type { FleetQuery, FleetReader } from '../read-model/fleet.js';
import type { RolloutViews } from '../read-model/rollouts.js';
import type { RunViews } from '../read-model/runs.js';
import { serversView } from '../read-model/servers.js';
import { idParam, limitParam, parseParams, rolloutStatusParam, runStatusParam, uuidParam } from './params.js';

export interface ApiDeps {
  config: TenantryConfig;
  fleet: FleetReader;
  rollouts: RolloutViews;
  runs: RunViews;
  backups: BackupViews;
  control: ControlDb;
  pools: PoolRegistry;
  queues: DashboardQueues;
  logger: Logger;
  /** Bull Board's URL of a job, for links */
  jobUrl: (jobId: string) => string;
}

const selectorParam = z.string().min(1).max(2000);
/** Tenants per page of /api/status: a page, not the fleet (the totals and per-version counts cover the fleet). */
const STATUS_PAGE_DEFAULT = 500;
const STATUS_PAGE_MAX = 2000;
const statusQuery = z.strictObject({
  platform: idParam.optional(),
  tenant: idParam.optional(),
  /** only tenants on this server (of any platform that has one by this id) */
  server: idParam.optional(),
  where: selectorParam.optional(),
  exclude: selectorParam.optional(),
  // a page of tenants by id: `after` is the last tenant of the previous page (its `next`)
  limit: limitParam(STATUS_PAGE_MAX, STATUS_PAGE_DEFAULT),
  after: idParam.optional(),
  search: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_]*$/, 'must be letters, digits and _ (part of a tenant id)')
    .optional(),
  behind: z.enum(['true', 'false']).optional(),
  // label:KEY or server: the selection's tenant·platforms counted per value of that label, or per server
  groupBy: z
    .string()
    .regex(/^(label:.{1,200}|server)$/s, 'must be label:KEY or server')
    .optional(),
});
const rolloutsQuery = z.strictObject({ status: rolloutStatusParam.optional(), limit: limitParam(200, 20) });
const rolloutPath = z.strictObject({ id: uuidParam });
const runsQuery = z.strictObject({
  status: runStatusParam.optional(),
  rollout: uuidParam.optional(),
  platform: idParam.optional(),
  tenant: idParam.optional(),
  limit: limitParam(500, 50),
});
const backupsQuery = z.strictObject({ limit: limitParam(200, 20) });
const noQuery = z.strictObject({});
const auditQuery = z.strictObject({
  limit: limitParam(500, 50),
  actor: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(200).optional(),
});
const gateQuery = z.strictObject({
  platform: idParam,
  atLeast: z.string().min(1).max(300),
  tenant: z.union([idParam, z.array(idParam).max(1000)]).optional(),
  where: selectorParam.optional(),
  exclude: selectorParam.optional(),
});

/** The fleet as JSON: what the fleet view draws, for scripts too. Every parameter is validated. */
export function registerApi(app: FastifyInstance, deps: ApiDeps): void {
  const knownPlatform = (id: string | undefined) => (id === undefined ? undefined : getPlatform(deps.config, id).id);

  // `where` / `exclude` take the CLI's selector syntax; the selection is made by the ledger
  app.get('/api/status', async (request) => {
    const query = parseParams(statusQuery, request.query);
    const status = await deps.fleet.status({
      platform: knownPlatform(query.platform),
      tenant: query.tenant,
      server: query.server,
      filter: parseLabelFilter(query),
      search: query.search || undefined,
      behind: query.behind === 'true',
      limit: query.limit,
      after: query.after,
      groupBy: groupingOf(query.groupBy),
    });
    return { ...status, limit: query.limit };
  });

  app.get('/api/overview', async (request) => {
    parseParams(noQuery, request.query);
    const [workers, queue] = await Promise.all([
      new WorkerRegistry(deps.control).alive(workerExpiryMs(deps.config.worker.heartbeatMs)),
      deps.queues.counts(2_000).then(
        (queues) => ({ up: true, queues }),
        (error: unknown) => {
          deps.logger.warn({ err: errorMessage(error) }, 'queue counts unavailable');
          return { up: false, queues: [] };
        },
      ),
    ]);
    return {
      workers: workers.map((w) => ({
        id: w.id,
        host: w.host,
        concurrency: w.concurrency,
        heartbeatAt: w.heartbeatAt.toISOString(),
      })),
      queue,
      ...accessOf(request.principal, deps.config.dashboard.readOnly),
    };
  });

  // the governor: each server's budget, signals and strain, and deferred runs by reason
  app.get('/api/servers', async (request) => {
    parseParams(noQuery, request.query);
    return serversView(deps.control);
  });

  app.get('/api/rollouts', async (request) => {
    const query = parseParams(rolloutsQuery, request.query);
    return { rollouts: await deps.rollouts.list({ status: query.status, limit: query.limit }) };
  });

  app.get('/api/rollouts/:id', async (request) => {
    const { id } = parseParams(rolloutPath, request.params);
    const rollout = await deps.rollouts.get(id);
    if (!rollout) throw new NotFound(`no rollout ${id}`);
    const [platforms, failed] = await Promise.all([
      deps.rollouts.perPlatform(id),
      deps.runs.list({ rolloutId: id, status: 'failed', limit: 100 }),
    ]);
    return { ...rollout, platforms, failed: failed.map((r) => ({ ...r, jobUrl: deps.jobUrl(r.jobId) })) };
  });

  app.get('/api/runs', async (request) => {
    const query = parseParams(runsQuery, request.query);
    const runs = await deps.runs.list({
      status: query.status,
      rolloutId: query.rollout,
      platform: knownPlatform(query.platform),
      tenant: query.tenant,
      limit: query.limit,
    });
    return { runs: runs.map((r) => ({ ...r, jobUrl: deps.jobUrl(r.jobId) })) };
  });

  app.get('/api/backups', async (request) => {
    const query = parseParams(backupsQuery, request.query);
    const backups = await deps.backups.recent(query.limit);
    return { available: backups !== undefined, backups: backups ?? [] };
  });

  // the audit trail, newest first
  app.get('/api/audit', async (request) => {
    const query = parseParams(auditQuery, request.query);
    const entries = await new AuditLog(deps.control).list({
      limit: query.limit,
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.action ? { action: query.action } : {}),
    });
    return {
      available: entries !== undefined,
      entries: (entries ?? []).map((e) => ({ ...e, at: e.at.toISOString() })),
    };
  });

  // a deploy pipeline's question: 200 when every selected tenant is at or past `atLeast`, 409 when not
  app.get('/api/gate', async (request, reply) => {
    const query = parseParams(gateQuery, request.query);
    const tenants = query.tenant === undefined ? [] : [query.tenant].flat();
    const answer = await checkGate(
      { config: deps.config, pools: deps.pools, registry: new TenantRegistry(deps.control) },
      {
        platform: query.platform,
        atLeast: query.atLeast,
        tenants,
        ...(query.where ? { where: query.where } : {}),
        ...(query.exclude ? { exclude: query.exclude } : {}),
      },
    );
    return reply.code(answer.ready ? 200 : 409).send(answer);
  });
}

/** `label:KEY` groups by a label's values, `server` by the server each tenant is on. */
function groupingOf(groupBy: string | undefined): FleetQuery['groupBy'] {
  if (groupBy === undefined) return undefined;
  return groupBy === 'server'
    ? { dimension: 'server', key: '' }
    : { dimension: 'label', key: groupBy.slice('label:'.length) };
}
