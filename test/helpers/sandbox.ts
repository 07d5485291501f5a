import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { exited, runToEnd, startProcess, type CliResult, type RunningProcess } from './processes.js';
import { databaseUrl, dropDatabasesInBackground, flushPrefix, REDIS_URL } from './services.js';

export type { CliResult } from './processes.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'apps/cli/bin/tenantry.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/migrations');

/** A sandbox's CLI run, timed: spawn → exit, and both as epoch ms (to place it on the ledger's clock). */
export interface TimedCliResult extends CliResult {
  ms: number;
  spawnedAt: number;
  exitedAt: number;
}

export interface SandboxPlatform {
  migrations: string;
  tenantSchema?: string;
  extra?: Record<string, unknown>;
  /** the server its database lives on (default: `servers.platforms`, else the shared PostgreSQL) */
  server?: DatabaseServer;
}

export interface SandboxOptions {
  platforms: Record<string, SandboxPlatform>;
  releases?: Record<string, Record<string, string>>;
  /** merged into the config */
  extra?: Record<string, unknown>;
  /** where the queue lives: Redis under this sandbox's prefix (default), or PostgreSQL (no `redis` key) */
  queue?: 'redis' | 'postgres';
  /** servers of the scenario's own (default: the shared PostgreSQL and Redis) */
  servers?: { control?: DatabaseServer; platforms?: DatabaseServer; redisUrl?: string };
  /** what its names start with: databases `<id>_…`, the Redis prefix, temp dirs (default: a random test id) */
  names?: { id: string; prefix: string; dirPrefix: string };
}

/** A PostgreSQL server, by the URL of each of its databases. */
export interface DatabaseServer {
  databaseUrl(name: string): string;
}

const SHARED_POSTGRES: DatabaseServer = { databaseUrl };

/**
 * One isolated world per test: its own control and platform databases, its own Redis key
 * prefix, its own config file. `destroy()` stops its processes and drops all of it.
 */
export class Sandbox {
  readonly id: string;
  readonly prefix: string;
  readonly dir: string;
  readonly configFile: string;
  readonly controlDb: string;
  readonly platformDbs: Record<string, string> = {};
  private readonly processes = new Set<RunningProcess>();
  /** CLI commands still running (stopped by destroy, as workers are) */
  private readonly commands = new Set<ChildProcess>();
  private readonly pools = new Map<string, pg.Pool>();

  constructor(readonly options: SandboxOptions) {
    const id = `t${randomBytes(4).toString('hex')}`;
    const names = options.names ?? { id, prefix: `tenantry-test-${id}`, dirPrefix: 'tenantry-test-' };
    this.id = names.id;
    this.prefix = names.prefix;
    this.dir = mkdtempSync(path.join(tmpdir(), names.dirPrefix));
    this.configFile = path.join(this.dir, 'tenantry.config.json');
    this.controlDb = `${this.id}_control`;
    const platforms: Record<string, unknown> = {};
    for (const [id, platform] of Object.entries(options.platforms)) {
      this.platformDbs[id] = `${this.id}_${id}`;
      platforms[id] = {
        databaseUrl: this.databaseUrl(this.platformDbs[id]!),
        migrations: {
          tenant: path.isAbsolute(platform.migrations) ? platform.migrations : path.join(FIXTURES, platform.migrations),
        },
        ...(platform.tenantSchema ? { tenantSchema: platform.tenantSchema } : {}),
        ...platform.extra,
      };
    }
    this.writeConfig({
      ...(options.queue === 'postgres'
        ? {}
        : { redis: { url: options.servers?.redisUrl ?? REDIS_URL, prefix: this.prefix } }),
      control: { databaseUrl: this.databaseUrl(this.controlDb) },
      platforms,
      releases: options.releases ?? {},
      worker: { heartbeatMs: 1000, shutdownTimeoutMs: 20_000, reconcileIntervalMs: 1000 },
      run: { busyRetryMs: 200 },
      ...options.extra,
    });
  }

  /** The URL of one of this sandbox's databases, on the server it lives on. */
  databaseUrl(database: string): string {
    const platform = Object.keys(this.platformDbs).find((id) => this.platformDbs[id] === database);
    const server =
      database === this.controlDb
        ? this.options.servers?.control
        : ((platform ? this.options.platforms[platform]?.server : undefined) ?? this.options.servers?.platforms);
    return (server ?? SHARED_POSTGRES).databaseUrl(database);
  }

  writeConfig(config: unknown): void {
    writeFileSync(this.configFile, JSON.stringify(config, null, 2));
  }

  /** Runs the real CLI in a child process. */
  async cli(args: readonly string[], env: Record<string, string> = {}): Promise<TimedCliResult> {
    const started = performance.now();
    let exitedAt = started;
    let running: ChildProcess | undefined;
    try {
      const result = await runToEnd(process.execPath, [CLI, ...args], {
        env: { ...process.env, TENANTRY_CONFIG: this.configFile, ...env },
        onSpawn: (child) => {
          running = child;
          this.commands.add(child);
          child.on('exit', () => (exitedAt = performance.now()));
        },
      });
      const at = (t: number) => performance.timeOrigin + t;
      return { ...result, ms: exitedAt - started, spawnedAt: at(started), exitedAt: at(exitedAt) };
    } finally {
      if (running) this.commands.delete(running);
    }
  }

  /** Starts a real worker process. */
  startWorker(
    options: { concurrency?: number; env?: Record<string, string>; nodeArgs?: readonly string[] } = {},
  ): RunningProcess {
    const args = [
      ...(options.nodeArgs ?? []),
      CLI,
      'worker',
      ...(options.concurrency ? ['--concurrency', String(options.concurrency)] : []),
    ];
    const child = startProcess(process.execPath, args, {
      env: { ...process.env, TENANTRY_CONFIG: this.configFile, TENANTRY_LOG_LEVEL: 'info', ...options.env },
    });
    this.processes.add(child);
    child.on('exit', () => this.processes.delete(child));
    return child;
  }

  pool(database: string): pg.Pool {
    let pool = this.pools.get(database);
    if (!pool) {
      pool = new pg.Pool({ connectionString: this.databaseUrl(database), max: 3 });
      pool.on('error', () => {});
      this.pools.set(database, pool);
    }
    return pool;
  }

  async query<T extends pg.QueryResultRow = pg.QueryResultRow>(
    database: string,
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    return (await this.pool(database).query<T>(sql, params)).rows;
  }

  /** Query the control database's ledger. */
  ledger<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.query<T>(this.controlDb, sql, params);
  }

  platform<T extends pg.QueryResultRow = pg.QueryResultRow>(
    platform: string,
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    return this.query<T>(this.platformDbs[platform]!, sql, params);
  }

  /** The migrations a tenant's own table records, in order. */
  async applied(platform: string, tenant: string, schema = `tenant_${tenant}`): Promise<string[]> {
    const rows = await this.platform<{ name: string }>(
      platform,
      `SELECT name FROM ${pg.escapeIdentifier(schema)}.pgmigrations ORDER BY run_on, id`,
    ).catch((error: { code?: string }) => {
      if (error.code === '42P01') return [];
      throw error;
    });
    return rows.map((r) => r.name);
  }

  async destroy(): Promise<void> {
    const children = [...this.processes, ...this.commands];
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map((c) => exited(c)));
    for (const pool of this.pools.values()) await pool.end().catch(() => {});
    // nothing of this sandbox uses them any more: the next test need not wait for the drops' checkpoints
    dropDatabasesInBackground([this.controlDb, ...Object.values(this.platformDbs)]);
    await flushPrefix(this.prefix);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs the CLI of a sandbox and expects exit 0 (the output in the message otherwise); returns its stdout. */
export async function ok(sandbox: Sandbox, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const result = await sandbox.cli(args, env);
  expect(result.code, `tenantry ${args.join(' ')}\n${result.stdout}${result.stderr}`).to.equal(0);
  return result.stdout;
}

/** The id of the rollout a CLI output names (`rollout <uuid>`); fails the test when there is none. */
export function rolloutIdIn(output: string): string {
  const match = /rollout ([0-9a-f-]{36})/.exec(output);
  expect(match, output).to.not.equal(null);
  return match![1]!;
}

/**
 * A sandbox with its control schema created and these tenants registered (at version 0), per
 * platform; destroyed again when that fails, so a failed setup leaves nothing behind.
 */
export async function registeredSandbox(
  options: SandboxOptions,
  tenants: Record<string, readonly string[]>,
): Promise<Sandbox> {
  const sandbox = new Sandbox(options);
  try {
    await ok(sandbox, ['init']);
    for (const [platform, ids] of Object.entries(tenants)) await ok(sandbox, ['tenants', 'add', platform, ...ids]);
    return sandbox;
  } catch (error) {
    await sandbox.destroy();
    throw error;
  }
}

export function tenantIds(count: number, prefix = 'c'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`);
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
