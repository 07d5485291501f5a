import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { freePort } from './ports.js';

/**
 * Redis topologies of a test's own: a cluster, a sentinel over a master and a replica, a TLS-only
 * server, a server with ACL users. Each runs redis-server processes on free loopback ports, with no
 * persistence, in a temporary directory; `destroy()` kills them and removes it.
 */

/** Why redis-server here cannot run these topologies, or undefined when it can. */
export function redisServerMissing(): string | undefined {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'no redis-server on PATH';
  }
  const version = execFileSync('redis-server', ['--version'], { encoding: 'utf8' });
  const major = Number(/v=(\d+)/.exec(version)?.[1] ?? 0);
  return major >= 7 ? undefined : `redis-server ${major} is older than 7 (ACL selectors, cluster-port)`;
}

/** Whether redis-server was built with TLS: a build without it refuses the tls-port directive. */
export function redisTlsMissing(): string | undefined {
  try {
    execFileSync('redis-server', ['--tls-port', '0', '--port', '0', '--test-memory', 'x'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const output =
      String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
    if (/tls-port/.test(output) && /Bad directive|not supported|unknown/i.test(output))
      return 'redis-server was built without TLS';
  }
  return undefined;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One command on a throwaway connection. */
export async function redisCall(options: RedisOptions, ...args: string[]): Promise<unknown> {
  const redis = new Redis({
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
    ...options,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return await redis.call(args[0]!, ...args.slice(1));
  } finally {
    redis.disconnect();
  }
}

class RedisProcesses {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'tenantry-redis-'));
  private readonly children: ChildProcess[] = [];

  /** redis-server with these directives (a config file when `file` is set, as sentinels need). */
  start(directives: string[][], file?: string, extraArgs: string[] = []): void {
    const base = [
      ['bind', '127.0.0.1'],
      ['save', ''],
      ['appendonly', 'no'],
      ['dir', this.dir],
    ];
    let args: string[];
    if (file) {
      writeFileSync(
        path.join(this.dir, file),
        [...base, ...directives].map((d) => d.map((w) => (w === '' ? '""' : w)).join(' ')).join('\n') + '\n',
      );
      args = [path.join(this.dir, file), ...extraArgs];
    } else {
      args = [...base, ...directives].flatMap(([name, ...values]) => [`--${name}`, ...values]);
    }
    const child = spawn('redis-server', args, { stdio: 'ignore', cwd: this.dir });
    this.children.push(child);
  }

  async destroy(): Promise<void> {
    await Promise.all(
      this.children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        return exited;
      }),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A cluster of three masters (no replicas), every slot assigned, state ok. */
export class LocalCluster extends RedisProcesses {
  ports: number[] = [];

  static async start(): Promise<LocalCluster> {
    const cluster = new LocalCluster();
    try {
      for (let i = 0; i < 3; i += 1) {
        const [port, bus] = [await freePort(), await freePort()];
        cluster.ports.push(port);
        cluster.start([
          ['port', String(port)],
          ['cluster-enabled', 'yes'],
          ['cluster-port', String(bus)],
          ['cluster-config-file', `nodes-${port}.conf`],
          ['cluster-node-timeout', '5000'],
        ]);
      }
      for (const port of cluster.ports)
        await waitFor(`cluster node ${port} did not start`, async () => (await redisCall({ port }, 'PING')) === 'PONG');
      execFileSync(
        'redis-cli',
        [
          '--cluster',
          'create',
          ...cluster.ports.map((p) => `127.0.0.1:${p}`),
          '--cluster-replicas',
          '0',
          '--cluster-yes',
        ],
        { stdio: 'ignore', timeout: 30_000 },
      );
      for (const port of cluster.ports) {
        await waitFor(`cluster node ${port} did not reach cluster_state:ok`, async () =>
          /cluster_state:ok/.test(String(await redisCall({ port }, 'CLUSTER', 'INFO'))),
        );
      }
      return cluster;
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
  }

  get nodes(): string[] {
    return this.ports.map((p) => `127.0.0.1:${p}`);
  }
}

/** A master, a replica of it, and one sentinel watching them as `name`. */
export class LocalSentinel extends RedisProcesses {
  readonly name = 'tenantry-master';
  masterPort = 0;
  replicaPort = 0;
  sentinelPort = 0;

  static async start(): Promise<LocalSentinel> {
    const set = new LocalSentinel();
    try {
      [set.masterPort, set.replicaPort, set.sentinelPort] = [await freePort(), await freePort(), await freePort()];
      set.start([['port', String(set.masterPort)]]);
      set.start([
        ['port', String(set.replicaPort)],
        ['replicaof', '127.0.0.1', String(set.masterPort)],
      ]);
      await waitFor('the replica did not sync', async () =>
        /master_link_status:up/.test(String(await redisCall({ port: set.replicaPort }, 'INFO', 'replication'))),
      );
      set.start(
        [
          ['port', String(set.sentinelPort)],
          ['sentinel', 'monitor', set.name, '127.0.0.1', String(set.masterPort), '1'],
          ['sentinel', 'down-after-milliseconds', set.name, '2000'],
        ],
        'sentinel.conf',
        ['--sentinel'],
      );
      await waitFor('the sentinel did not answer for the master', async () => {
        const master = (await redisCall(
          { port: set.sentinelPort },
          'SENTINEL',
          'GET-MASTER-ADDR-BY-NAME',
          set.name,
        )) as string[] | null;
        return master?.[1] === String(set.masterPort);
      });
      return set;
    } catch (error) {
      await set.destroy();
      throw error;
    }
  }
}

/** Certificates made for one test: a CA, a server certificate for 127.0.0.1, a client certificate. */
export function makeCertificates(dir: string): {
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  otherCa: string;
} {
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe', cwd: dir });
  const key = (name: string) =>
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file(name));
  key('ca.key');
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=tenantry test CA',
  );
  key('other-ca.key');
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    file('other-ca.key'),
    '-out',
    file('other-ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=another CA',
  );
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  writeFileSync(file('client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, cn] of [
    ['server', '127.0.0.1'],
    ['client', 'tenantry worker'],
  ] as const) {
    key(`${name}.key`);
    openssl('req', '-new', '-key', file(`${name}.key`), '-out', file(`${name}.csr`), '-subj', `/CN=${cn}`);
    openssl(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file(`${name}.pem`),
      '-days',
      '2',
      '-extfile',
      file(`${name}.ext`),
    );
  }
  return {
    ca: file('ca.pem'),
    serverCert: file('server.pem'),
    serverKey: file('server.key'),
    clientCert: file('client.pem'),
    clientKey: file('client.key'),
    otherCa: file('other-ca.pem'),
  };
}

/** A server that speaks TLS only (no plain port) and asks clients for a certificate of its CA. */
export class LocalTlsRedis extends RedisProcesses {
  port = 0;
  certs!: ReturnType<typeof makeCertificates>;

  static async start(): Promise<LocalTlsRedis> {
    const server = new LocalTlsRedis();
    try {
      server.certs = makeCertificates(server.dir);
      server.port = await freePort();
      server.start([
        ['port', '0'],
        ['tls-port', String(server.port)],
        ['tls-cert-file', server.certs.serverCert],
        ['tls-key-file', server.certs.serverKey],
        ['tls-ca-cert-file', server.certs.ca],
        ['tls-auth-clients', 'yes'],
      ]);
      await waitFor(
        'the TLS server did not start',
        async () => (await redisCall({ port: server.port, tls: server.clientTls() }, 'PING')) === 'PONG',
      );
      return server;
    } catch (error) {
      await server.destroy();
      throw error;
    }
  }

  /** TLS options of a client this server lets in. */
  clientTls(): { ca: Buffer; cert: Buffer; key: Buffer } {
    return {
      ca: readFileSync(this.certs.ca),
      cert: readFileSync(this.certs.clientCert),
      key: readFileSync(this.certs.clientKey),
    };
  }
}

/** A plain server whose default user is off: only the ACL users a test creates get in. */
export class LocalAclRedis extends RedisProcesses {
  port = 0;
  readonly adminPassword = 'admin-password-of-the-test';

  static async start(): Promise<LocalAclRedis> {
    const server = new LocalAclRedis();
    try {
      server.port = await freePort();
      server.start([
        ['port', String(server.port)],
        ['requirepass', server.adminPassword],
      ]);
      await waitFor('the ACL server did not start', async () => (await server.admin('PING')) === 'PONG');
      return server;
    } catch (error) {
      await server.destroy();
      throw error;
    }
  }

  admin(...args: string[]): Promise<unknown> {
    return redisCall({ port: this.port, password: this.adminPassword }, ...args);
  }
}
