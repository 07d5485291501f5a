import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

/**
 * PostgreSQL clusters of a test's own: initdb into a temporary directory, started on a free
 * loopback port (trust authentication, fsync off), optionally with a streaming standby
 * (pg_basebackup -R) whose replay a test may pause to raise its primary's replication lag. The
 * shared PostgreSQL of the machine is never stopped; `destroy()` stops a cluster and removes it.
 */

/** PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup), or undefined with the reason. */
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

export interface PrivatePostgresOptions {
  /** server settings besides the defaults (`-c name=value`) */
  settings?: Record<string, string | number>;
}

export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly bin: string,
    private readonly dataDir: string,
    private readonly root: string,
    private readonly user: string | undefined,
    private readonly settings: Record<string, string | number>,
  ) {}

  /** initdb into a temporary directory and start on a free port; a string says why it cannot. */
  static async start(options: PrivatePostgresOptions = {}): Promise<PrivatePostgres | string> {
    const place = await PrivatePostgres.place(options);
    if (typeof place === 'string') return place;
    // asynchronously, so that a test may start several at once
    await place.run('initdb', ['-D', place.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await place.run('pg_ctl', place.startArgs());
    return place;
  }

  private static async place(options: PrivatePostgresOptions): Promise<PrivatePostgres | string> {
    const bins = postgresBinaries();
    if ('missing' in bins) return bins.missing;
    const who = runAs();
    if ('missing' in who) return who.missing;
    const root = mkdtempSync(path.join(tmpdir(), 'tenantry-pg-'));
    chmodSync(root, 0o777);
    return new PrivatePostgres(
      await freePort(),
      bins.dir,
      path.join(root, 'data'),
      root,
      who.user,
      options.settings ?? {},
    );
  }

  /**
   * A streaming standby of this server (pg_basebackup -R), started on a free port. It reports its
   * progress every second (wal_receiver_status_interval), so its primary's pg_stat_replication
   * shows lag within a second or two of replay stopping.
   */
  async startStandby(): Promise<PrivatePostgres> {
    const standby = await PrivatePostgres.place({ settings: { wal_receiver_status_interval: 1, ...this.settings } });
    if (typeof standby === 'string') throw new Error(standby);
    const args = ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-D', standby.dataDir];
    await standby.run('pg_basebackup', [...args, '-R', '-X', 'stream', '--no-sync', '-c', 'fast']);
    await standby.run('pg_ctl', standby.startArgs());
    return standby;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  databaseUrl(name: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  /** One statement on a throwaway connection to one of its databases. */
  async query<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
    database = 'postgres',
  ): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.databaseUrl(database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  private exec(tool: string, args: string[]): void {
    const binary = path.join(this.bin, tool);
    if (this.user)
      execFileSync('runuser', ['-u', this.user, '--', binary, ...args], { stdio: 'ignore', cwd: this.root });
    else execFileSync(binary, args, { stdio: 'ignore', cwd: this.root });
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const binary = path.join(this.bin, tool);
    const [command, argv] = this.user ? ['runuser', ['-u', this.user, '--', binary, ...args]] : [binary, args];
    await promisify(execFile)(command, argv, { cwd: this.root });
  }

  startServer(): void {
    this.exec('pg_ctl', this.startArgs());
  }

  /** The server's log (with `log_connections: 'on'`, one line per session). */
  get logFile(): string {
    return path.join(this.root, 'server.log');
  }

  private startArgs(): string[] {
    const settings = { fsync: 'off', max_connections: 200, ...this.settings };
    const options = [
      `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.root}`,
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(' ');
    return ['-D', this.dataDir, '-o', options, '-l', this.logFile, '-w', '-t', '60', 'start'];
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
