import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/ports.js';
import { report } from './harness.js';

export { PrivatePostgres } from '../helpers/postgres-servers.js';

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
