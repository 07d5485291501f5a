import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import type pg from 'pg';
import {
  ControlDb,
  PoolRegistry,
  TenantryError,
  errorMessage,
  workerExpiryMs,
  type Logger,
  type TenantryConfig,
} from '@tenantry/core';
import { RUN_QUEUE } from '@tenantry/queue';
import { registerAccess } from './access.js';
import { DashboardAudit } from './audit-trail.js';
import { assertBindable, authenticate, credentialsFrom, type Credential, type Principal } from './auth.js';
import { openQueues, type DashboardQueues } from './queues.js';
import { BackupViews } from './read-model/backups.js';
import { FleetReader } from './read-model/fleet.js';
import { RolloutViews } from './read-model/rollouts.js';
import { RunViews } from './read-model/runs.js';
import { redactText } from './redact.js';
import { registerApi } from './routes/api.js';
import { BULL_BOARD_PATH, jobUrl, registerBullBoard } from './routes/bull-board.js';
import { registerHealth } from './routes/health.js';
import { registerMetrics } from './routes/metrics.js';
import { registerPages } from './routes/pages.js';

export interface DashboardOptions {
  config: TenantryConfig;
  logger: Logger;
  port: number;
  host: string;
  /**
   * The password of user `admin`. The app that starts the dashboard reads it (from
   * TENANTRY_DASHBOARD_PASSWORD); nothing here reads the environment.
   */
  adminPassword?: string | undefined;
  /** how long answers about the fleet (and the versions read from schemas) are shared between callers, ms (default 3000) */
  fleetCacheMs?: number;
}

export interface RunningDashboard {
  /** where it listens, e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/**
 * The dashboard's database sessions only read: a bug here can never change the ledger or a
 * tenant. pg-pool runs `onConnect` on each new connection before handing it out. Its queries
 * are short aggregates over the ledger, which PostgreSQL's JIT would compile for seconds at
 * 50,000 tenants (the planner's estimates pass its cost threshold), so JIT is off for them.
 */
function readOnlySessions(pool: pg.Pool): void {
  (pool as pg.Pool & { options: { onConnect?: (client: pg.PoolClient) => Promise<void> } }).options.onConnect = async (
    client,
  ) => {
    await client.query('SET default_transaction_read_only = on; SET jit = off');
  };
}

type SessionSettings = Parameters<PoolRegistry['get']>[1];

class ReadOnlyPools extends PoolRegistry {
  private readonly seen = new WeakSet<pg.Pool>();
  override get(url: string, settings?: SessionSettings): pg.Pool {
    const pool = settings ? super.get(url, settings) : super.get(url);
    if (!this.seen.has(pool)) {
      this.seen.add(pool);
      readOnlySessions(pool);
    }
    return pool;
  }
}

function statusOf(error: unknown): number {
  if (error instanceof TenantryError) {
    if (error.code === 'NOT_FOUND') return 404;
    if (error.code === 'INVALID_INPUT' || error.code === 'UNKNOWN_TARGET') return 400;
    if (error.code === 'SERVICE_UNREACHABLE') return 503;
  }
  const status = (error as FastifyError | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

async function buildApp(
  options: DashboardOptions,
  credentials: readonly Credential[],
  deps: { control: ControlDb; pools: PoolRegistry; queues: DashboardQueues; audit: DashboardAudit },
): Promise<FastifyInstance> {
  const { config, logger } = options;
  const { control, pools, queues } = deps;
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 2000 },
  });
  app.decorateRequest('principal', null);

  // each answer says how long the server took (Server-Timing), for browsers' devtools and the bench
  const started = new WeakMap<FastifyRequest, bigint>();
  app.addHook('onRequest', async (request) => {
    started.set(request, process.hrtime.bigint());
  });
  app.addHook('onSend', async (request, reply) => {
    const at = started.get(request);
    if (at !== undefined)
      reply.header('server-timing', `app;dur=${(Number(process.hrtime.bigint() - at) / 1e6).toFixed(1)}`);
  });

  // every route but /healthz needs credentials, when any are configured (without any, the
  // dashboard only listens on loopback: see assertBindable)
  app.addHook('onRequest', async (request, reply) => {
    reply
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('x-frame-options', 'DENY');
    if (request.url === '/healthz' || request.url.startsWith('/healthz?')) return;
    if (credentials.length === 0) {
      request.principal = { user: 'anonymous (loopback)', authenticated: false, role: 'operator' };
      return;
    }
    const principal = authenticate(request.headers.authorization, credentials);
    if (!principal) {
      return reply
        .code(401)
        .header('www-authenticate', 'Basic realm="tenantry", charset="UTF-8"')
        .send({ error: 'credentials required' });
    }
    request.principal = principal;
  });
  registerAccess(app, { logger, boardPath: BULL_BOARD_PATH });

  app.setErrorHandler((error, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) {
      logger.error(
        { method: request.method, path: request.url.split('?', 1)[0], err: errorMessage(error) },
        'dashboard request failed',
      );
      const message =
        error instanceof TenantryError && status === 503
          ? redactText(error.message)
          : 'internal error (see the dashboard log)';
      return reply.code(status).send({ error: message });
    }
    return reply.code(status).send({ error: redactText(errorMessage(error)) });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `no such page: ${request.method} ${request.url.split('?', 1)[0]!.slice(0, 200)}` }),
  );

  const fleet = new FleetReader(config, control, pools, logger, options.fleetCacheMs);
  const backups = new BackupViews(control);
  registerHealth(app, control);
  registerPages(app, { readOnly: config.dashboard.readOnly });
  registerApi(app, {
    config,
    fleet,
    rollouts: new RolloutViews(control),
    runs: new RunViews(control),
    backups,
    control,
    pools,
    queues,
    logger,
    jobUrl: (jobId) => jobUrl(RUN_QUEUE, jobId),
  });
  registerMetrics(app, {
    control,
    fleet,
    queues,
    backups,
    logger,
    workerExpiryMs: workerExpiryMs(config.worker.heartbeatMs),
  });
  await registerBullBoard(app, {
    queues,
    readOnly: config.dashboard.readOnly,
    logger,
    userOf: (request) => (request as FastifyRequest).principal?.user ?? null,
    audit: (request, write) => deps.audit.bullBoardWrite(request as FastifyRequest, write),
  });
  return app;
}

function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new TenantryError('PORT_IN_USE', `cannot listen on ${host}:${port}: the port is in use`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new TenantryError('BAD_HOST', `cannot listen on ${host}:${port}: no such address on this machine`);
  }
  if (code === 'EACCES')
    return new TenantryError('PORT_FORBIDDEN', `cannot listen on ${host}:${port}: permission denied`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Starts the dashboard: Bull Board at /queues, the fleet view at /, JSON at /api/..., Prometheus
 * text at /metrics, /healthz. Refuses a non-loopback host when no credentials are configured.
 */
export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const { config, logger, host, port } = options;
  const credentials = credentialsFrom(config.dashboard.users, options.adminPassword);
  assertBindable(host, credentials);
  const control = new ControlDb(config, { max: 4, applicationName: 'tenantry dashboard' });
  readOnlySessions(control.pool);
  const pools = new ReadOnlyPools(2, {
    applicationName: 'tenantry dashboard',
    statementTimeoutMs: 15_000,
    lockTimeoutMs: 2_000,
  });
  const audit = new DashboardAudit(config, logger);
  let queues: DashboardQueues | undefined;
  let app: FastifyInstance | undefined;
  const release = async () => {
    await app?.close().catch(() => {});
    await queues?.close();
    await pools.close();
    await audit.close();
    await control.close();
  };
  try {
    await control.assertReady();
    queues = openQueues(config);
    app = await buildApp(options, credentials, { control, pools, queues, audit });
    try {
      await app.listen({ port, host });
    } catch (error) {
      throw listenError(error, host, port);
    }
  } catch (error) {
    await release();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  logger.info(
    { address: url, readOnly: config.dashboard.readOnly, users: credentials.map((c) => c.user) },
    `dashboard listening on ${url}`,
  );
  if (credentials.length === 0) {
    logger.warn(
      { host },
      'no dashboard credentials configured: open to anyone on this machine (set TENANTRY_DASHBOARD_PASSWORD or dashboard.users)',
    );
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= release().then(() => logger.info({}, 'dashboard stopped'));
      return closing;
    },
  };
}
