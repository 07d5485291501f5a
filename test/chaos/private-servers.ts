import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/ports.js';
import { report } from './harness.js';

/**
 * Servers of a scenario's own, on other ports, so that a scenario may stop them hard: the
 * shared PostgreSQL and Redis of the machine are never stopped.
 */

/** A private server, or the test skipped (saying why) where this machine cannot run one. */
export async function startOrSkip<Server>(test: Mocha.Context, start: () => Promise<Server | string>): Promise<Server> {
  const server = await start();
  if (typeof server === 'string') {
    report(`skipped: ${server}`);
    test.skip();
  }
  return server;
}

/** PostgreSQL's server binaries (initdb, pg_ctl), or undefined with the reason. */
function postgresBinaries(): { dir: string } | { missing: string } {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH
  }
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)))
      candidates.push(`/usr/lib/postgresql/${version}/bin`);
  }
  const dir = candidates.find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl')));
  return dir ? { dir } : { missing: 'no initdb/pg_ctl found (pg_config --bindir, /usr/lib/postgresql/*/bin)' };
}

/** As root, the server runs as the postgres system user (PostgreSQL refuses to run as root). */
function runAs(): { user?: string } | { missing: string } {
  if (process.getuid?.() !== 0) return {};
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return { user: 'postgres' };
  } catch {
    return { missing: 'running as root and there is no postgres system user to run a private cluster as' };
  }
}

export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly bin: string,
    private readonly dataDir: string,
    private readonly root: string,
    private readonly user: string | undefined,
    private readonly settings: Readonly<Record<string, string | number>>,
  ) {}

  /**
   * initdb into a temporary directory and start on a free port; a string says why it cannot.
   * `settings` are server settings given at start (`max_connections: 12`), over the defaults.
   */
  static async start(settings: Readonly<Record<string, string | number>> = {}): Promise<PrivatePostgres | string> {
    const bins = postgresBinaries();
    if ('missing' in bins) return bins.missing;
    const who = runAs();
    if ('missing' in who) return who.missing;
    const root = mkdtempSync(path.join(tmpdir(), 'tenantry-chaos-pg-'));
    chmodSync(root, 0o777);
    const dataDir = path.join(root, 'data');
    const server = new PrivatePostgres(await freePort(), bins.dir, dataDir, root, who.user, settings);
    server.exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    server.startServer();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  databaseUrl(name: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  private exec(tool: string, args: string[]): void {
    const binary = path.join(this.bin, tool);
    if (this.user)
      execFileSync('runuser', ['-u', this.user, '--', binary, ...args], { stdio: 'ignore', cwd: this.root });
    else execFileSync(binary, args, { stdio: 'ignore', cwd: this.root });
  }

  startServer(): void {
    const settings = Object.entries({ max_connections: 200, ...this.settings }).map(([k, v]) => `-c ${k}=${v}`);
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.root} -c fsync=off ${settings.join(' ')}`;
    this.exec('pg_ctl', [
      '-D',
      this.dataDir,
      '-o',
      options,
      '-l',
      path.join(this.root, 'server.log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  }

  /** The server's log (with `log_connections: 'on'`, one line per session). */
  get logFile(): string {
    return path.join(this.root, 'server.log');
  }

  /** `pg_ctl stop -m immediate`: no shutdown checkpoint, every session cut, crash recovery at the next start. */
  stopImmediately(): void {
    this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    try {
      this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

export class PrivateRedis {
  private process: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  /** A redis-server with no persistence on a free port; a string says why it cannot. */
  static async start(): Promise<PrivateRedis | string> {
    try {
      execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    } catch {
      return 'no redis-server on PATH';
    }
    const server = new PrivateRedis(await freePort());
    await server.startServer();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async startServer(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--enable-debug-command',
        'yes',
      ],
      { stdio: 'ignore' },
    );
    const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {});
    for (let i = 0; i < 100; i += 1) {
      try {
        await redis.connect();
        await redis.ping();
        redis.disconnect();
        return;
      } catch {
        redis.disconnect();
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`private redis-server on port ${this.port} did not start`);
  }

  /** Killed hard: everything it held is gone (no persistence). */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Redis unresponsive for `seconds` (DEBUG SLEEP), as a long pause or a stalled server looks to clients. */
  async pause(seconds: number): Promise<void> {
    const redis = new Redis(this.url, { maxRetriesPerRequest: 1 });
    try {
      await redis.call('DEBUG', 'SLEEP', String(seconds));
    } finally {
      redis.disconnect();
    }
  }

  async destroy(): Promise<void> {
    await this.kill();
  }
}
