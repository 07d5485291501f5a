import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { adminQuery, databaseUrl, flushPrefix, REDIS_URL } from './services.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'apps/cli/bin/tenantry.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/migrations');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SandboxPlatform {
  migrations: string;
  tenantSchema?: string;
  extra?: Record<string, unknown>;
}

export interface SandboxOptions {
  platforms: Record<string, SandboxPlatform>;
  releases?: Record<string, Record<string, string>>;
  /** merged into the config */
  extra?: Record<string, unknown>;
  /** where the queue lives: Redis under this sandbox's prefix (default), or PostgreSQL (no `redis` key) */
  queue?: 'redis' | 'postgres';
}

/**
 * One isolated world per test: its own control and platform databases, its own Redis key
 * prefix, its own config file. `destroy()` stops its processes and drops all of it.
 */
export class Sandbox {
  readonly id = `t${randomBytes(4).toString('hex')}`;
  readonly prefix = `tenantry-test-${this.id}`;
  readonly dir = mkdtempSync(path.join(tmpdir(), 'tenantry-test-'));
  readonly configFile = path.join(this.dir, 'tenantry.config.json');
  readonly controlDb = `${this.id}_control`;
  readonly platformDbs: Record<string, string> = {};
  private readonly processes = new Set<ChildProcess>();
  private readonly pools = new Map<string, pg.Pool>();

  constructor(readonly options: SandboxOptions) {
    const platforms: Record<string, unknown> = {};
    for (const [id, platform] of Object.entries(options.platforms)) {
      this.platformDbs[id] = `${this.id}_${id}`;
      platforms[id] = {
        databaseUrl: databaseUrl(this.platformDbs[id]!),
        migrations: { tenant: path.isAbsolute(platform.migrations) ? platform.migrations : path.join(FIXTURES, platform.migrations) },
        ...(platform.tenantSchema ? { tenantSchema: platform.tenantSchema } : {}),
        ...platform.extra,
      };
    }
    this.writeConfig({
      ...(options.queue === 'postgres' ? {} : { redis: { url: REDIS_URL, prefix: this.prefix } }),
      control: { databaseUrl: databaseUrl(this.controlDb) },
      platforms,
      releases: options.releases ?? {},
      worker: { heartbeatMs: 1000, shutdownTimeoutMs: 20_000, reconcileIntervalMs: 1000 },
      run: { busyRetryMs: 200 },
      ...options.extra,
    });
  }

  writeConfig(config: unknown): void {
    writeFileSync(this.configFile, JSON.stringify(config, null, 2));
  }

  /** Runs the real CLI in a child process. */
  cli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        env: { ...process.env, TENANTRY_CONFIG: this.configFile, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  /** Starts a real worker process. */
  startWorker(options: { concurrency?: number; env?: Record<string, string>; nodeArgs?: readonly string[] } = {}): ChildProcess & { output: () => string } {
    const args = [...(options.nodeArgs ?? []), CLI, 'worker', ...(options.concurrency ? ['--concurrency', String(options.concurrency)] : [])];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, TENANTRY_CONFIG: this.configFile, TENANTRY_LOG_LEVEL: 'info', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }) as ChildProcess & { output: () => string };
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.output = () => output;
    this.processes.add(child);
    child.on('exit', () => this.processes.delete(child));
    return child;
  }

  /** Resolves when the process has exited. */
  static exited(child: ChildProcess): Promise<number | null> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  pool(database: string): pg.Pool {
    let pool = this.pools.get(database);
    if (!pool) {
      pool = new pg.Pool({ connectionString: databaseUrl(database), max: 3 });
      pool.on('error', () => {});
      this.pools.set(database, pool);
    }
    return pool;
  }

  async query<T extends pg.QueryResultRow = pg.QueryResultRow>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool(database).query<T>(sql, params)).rows;
  }

  /** Query the control database's ledger. */
  ledger<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.query<T>(this.controlDb, sql, params);
  }

  platform<T extends pg.QueryResultRow = pg.QueryResultRow>(platform: string, sql: string, params: unknown[] = []): Promise<T[]> {
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
    for (const child of this.processes) child.kill('SIGKILL');
    await Promise.all([...this.processes].map((c) => Sandbox.exited(c)));
    for (const pool of this.pools.values()) await pool.end().catch(() => {});
    for (const db of [this.controlDb, ...Object.values(this.platformDbs)]) {
      await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
    }
    await flushPrefix(this.prefix);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function tenantIds(count: number, prefix = 'c'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`);
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
