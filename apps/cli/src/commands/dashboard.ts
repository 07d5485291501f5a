import { Option, type Command } from 'commander';
import { InvalidInput } from '@tenantry/core';
import { createLogger } from '@tenantry/worker';
import type { CliContext } from '../context.js';
import type { Runner } from './registry.js';

export interface DashboardCommandOptions {
  port?: string;
  host?: string;
}

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*|\[?[0-9A-Fa-f:.]+\]?)$/;

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new InvalidInput(`--port ${JSON.stringify(value.slice(0, 20))} is not a port (0-65535)`);
  return Number(value);
}

function parseHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (value.length > 255 || !HOST.test(value))
    throw new InvalidInput(`--host ${JSON.stringify(value.slice(0, 60))} is not a host name or address`);
  return value.replace(/^\[(.*)\]$/, '$1');
}

/**
 * `tenantry dashboard`: serves the dashboard until SIGTERM or SIGINT, then closes it. The admin
 * password is read here, at the edge, from TENANTRY_DASHBOARD_PASSWORD.
 */
export async function dashboardCommand(ctx: CliContext, options: DashboardCommandOptions): Promise<number> {
  const port = parsePort(options.port);
  const host = parseHost(options.host);
  const config = ctx.config;
  const logger = createLogger({
    pretty: process.stdout.isTTY === true && !ctx.json,
    name: 'tenantry-dashboard',
    level: ctx.env.TENANTRY_LOG_LEVEL ?? 'info',
  });
  const password = ctx.env.TENANTRY_DASHBOARD_PASSWORD;
  // loaded here, not at start-up: Fastify and Bull Board cost every other command ~0.5 s
  const { startDashboard } = await import('@tenantry/dashboard');
  const dashboard = await startDashboard({
    config,
    logger,
    port,
    host,
    adminPassword: password === '' ? undefined : password,
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      logger.info({ signal }, 'dashboard shutting down');
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await dashboard.close();
  return 0;
}

export function registerDashboard(program: Command, run: Runner): void {
  program
    .command('dashboard')
    .description('serve Bull Board, the fleet view, /api, /metrics and /healthz until SIGTERM')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default(undefined, '8080'))
    .addOption(
      new Option('--host <host>', 'address to listen on; other than loopback only with credentials').default(
        undefined,
        '127.0.0.1',
      ),
    )
    .action((opts: DashboardCommandOptions) => run(dashboardCommand, opts));
}
