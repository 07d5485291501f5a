import { expect } from 'chai';
import fc from 'fast-check';
import { connect } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { RUN_QUEUE, parseRunJobData } from '@tenantry/queue';
import { Sandbox, eventually } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { REDIS_URL } from '../helpers/services.js';
import { basic, startDashboardProcess, type DashboardProcess } from '../browser/dashboard-process.js';
import { CANARY_TABLE, HOSTILE_STRINGS, HOSTILE_UUIDS, SEED, generate, hostileString } from './inputs.js';
import { plantCanaries, snapshot } from './world.js';

const RUN = {
  runId: '7b1e3c1a-0000-4000-8000-000000000001',
  rolloutId: '7b1e3c1a-0000-4000-8000-000000000002',
  platform: 'accounts',
  tenant: 'acme',
  direction: 'up',
  target: '1710000000002_add-account-name',
};

/** Job data a person with access to Redis could write: every field hostile in turn, wrong shapes, extra keys. */
function curatedJobs(): Array<{ name: string; data: unknown }> {
  const jobs: Array<{ name: string; data: unknown }> = [];
  for (const field of ['runId', 'rolloutId', 'platform', 'tenant', 'direction', 'target']) {
    for (const value of [
      `x'; DROP TABLE ${CANARY_TABLE}; --`,
      'a"b',
      'ü',
      'a\u0000b',
      'x'.repeat(70_000),
      42,
      null,
      ['acme'],
      { $ne: 1 },
    ])
      jobs.push({ name: 'run', data: { ...RUN, [field]: value } });
  }
  jobs.push(
    { name: 'run', data: {} },
    { name: 'run', data: [] },
    { name: 'run', data: 'run' },
    { name: 'run', data: 7 },
    { name: 'run', data: { ...RUN, sql: `DROP TABLE ${CANARY_TABLE}` } },
    { name: 'run', data: JSON.parse(`{"runId":"${RUN.runId}","__proto__":{"platform":"accounts"}}`) as unknown },
    { name: 'run', data: { ...RUN, tenant: '_shared' } },
    { name: 'run', data: { ...RUN, scope: 'shared' } },
    { name: 'run', data: { ...RUN, method: 'restore', backupId: '../../etc/passwd' } },
    { name: 'run', data: { ...RUN, backup: 'pg_dump; rm -rf /' } },
    {
      name: 'backup-batch',
      data: { rolloutId: RUN.rolloutId, platform: 'accounts', runIds: [`x'; DROP TABLE ${CANARY_TABLE}; --`] },
    },
    { name: 'backup-batch', data: { rolloutId: RUN.rolloutId, platform: 'accounts', runIds: [] } },
    { name: 'DROP TABLE x', data: RUN },
  );
  return jobs;
}

describe('security: hostile job data in Redis and hostile HTTP requests (real worker and dashboard processes)', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let baseline: string;

  this.beforeAll(async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { run: { attempts: 1, busyRetryMs: 200 } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme'])).code).to.equal(0);
    await plantCanaries(sandbox, sandbox.controlDb);
    await plantCanaries(sandbox, sandbox.platformDbs.accounts!, ['public', 'tenant_acme']);
    baseline = await snapshot(sandbox);
  });
  this.afterAll(async () => {
    await sandbox?.destroy();
  });

  it(`job data: ${curatedJobs().length} curated, 3 written raw into the job hash, 150 generated (seed ${SEED}): each rejected as a typed error, the worker lives, nothing changes`, async () => {
    const queue = new Queue(RUN_QUEUE, { connection: { url: REDIS_URL }, prefix: sandbox.prefix });
    const redis = new Redis(REDIS_URL);
    try {
      const generated = generate(
        fc.oneof(
          fc.record({
            runId: fc.oneof(fc.uuid(), hostileString),
            rolloutId: fc.oneof(fc.uuid(), hostileString),
            platform: fc.oneof(fc.constant('accounts'), hostileString),
            tenant: fc.oneof(fc.constant('acme'), hostileString),
            direction: fc.oneof(fc.constantFrom('up', 'down'), hostileString),
            target: fc.oneof(fc.constant('0'), hostileString),
          }),
          fc.jsonValue(),
          fc.dictionary(hostileString, fc.jsonValue(), { maxKeys: 5 }),
        ),
        150,
        3,
      );
      const jobs = [...curatedJobs(), ...generated.map((data) => ({ name: 'run', data: data as unknown }))];
      let invalid = 0;
      for (const [i, job] of jobs.entries()) {
        await queue.add(job.name, job.data as never, { jobId: `hostile-${i}`, attempts: 1 });
        if (job.name !== 'run') invalid++;
        else {
          try {
            parseRunJobData(job.data);
          } catch {
            invalid++;
          }
        }
      }
      // written straight into the job hash: data that is not JSON, options that are not, a huge blob
      const raw = [
        ['data', '{not json'],
        ['opts', '{"attempts": "many"'],
        ['data', `{"runId": "${'9'.repeat(1_000_000)}"}`],
      ];
      for (const [i, [field, value]] of raw.entries()) {
        const id = `raw-${i}`;
        await queue.add('run', RUN as never, { jobId: id, attempts: 1 });
        await redis.hset(`${sandbox.prefix}:${RUN_QUEUE}:${id}`, field!, value!);
      }
      // BullMQ cannot read a job whose data or options are not JSON: it reports a queue error and the
      // job goes round (stalled, picked again) without ever reaching Tenantry's code; the other raw one fails
      const unreadable = 2;
      const total = jobs.length + raw.length - unreadable;
      expect(invalid, 'most inputs are invalid').to.be.greaterThan(jobs.length - 10);

      const worker = sandbox.startWorker({ concurrency: 4 });
      try {
        const counts = await eventually(
          async () => {
            const c = await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized');
            return c.completed! + c.failed! >= total ? c : undefined;
          },
          120_000,
          250,
        ).catch(async (error: Error) => {
          throw new Error(
            `${error.message}: ${JSON.stringify(await queue.getJobCounts())}\n${worker.output().slice(-3000)}`,
          );
        });
        expect(worker.exitCode, worker.output()).to.equal(null);
        const queueErrors = worker
          .output()
          .split('\n')
          .filter((l) => l.includes('"msg":"queue error"'));
        expect(queueErrors.length, 'the unreadable jobs were reported').to.be.at.least(1);
        for (const line of queueErrors) expect(line).to.match(/"err":"(Expected|Unexpected)[^"\n]*"/);
        const failed = await queue.getJobs(['failed'], 0, total);
        const reasons = failed.map((j) => j.failedReason);
        for (const reason of reasons) {
          expect(reason.split('\n'), reason).to.have.length(1);
          expect(reason, reason).to.match(
            /^(invalid (run|backup-batch) job data: |INVALID_INPUT: |unknown platform|tenant id |job stalled more than allowable limit)/,
          );
        }
        expect(counts.failed, reasons.join('\n')).to.be.at.least(invalid);
        // valid-shaped forgeries name a run the ledger does not have: skipped, nothing done
        const completed = await queue.getJobs(['completed'], 0, total);
        for (const job of completed)
          expect(job.returnvalue, JSON.stringify(job.returnvalue)).to.have.property('skipped');
      } finally {
        worker.kill('SIGTERM');
        await exited(worker);
      }
      const output = worker.output();
      expect(output).to.not.match(/^\s+at /m);
      expect(output).to.not.match(/uncaught|unhandled/i);
      expect(await snapshot(sandbox)).to.equal(baseline);
    } finally {
      await queue.close();
      redis.disconnect();
    }
  });

  describe('the dashboard and its API', () => {
    let dashboard: DashboardProcess;
    const auth = basic('admin', 'security-admin-pw');
    before(async () => {
      dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: 'security-admin-pw' } });
    });
    after(async () => {
      await dashboard?.stop();
    });

    async function request(
      method: string,
      path: string,
      init: { body?: string; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; text: string }> {
      try {
        const response = await fetch(`${dashboard.url}${path}`, {
          method,
          headers: { ...auth, ...init.headers },
          ...(init.body !== undefined ? { body: init.body } : {}),
        });
        return { status: response.status, text: await response.text() };
      } catch (error) {
        // a body over the limit: the server may answer 413 and close before the client finished sending
        const code = ((error as Error).cause as { code?: string } | undefined)?.code;
        if ((init.body?.length ?? 0) > 1024 * 1024 && (code === 'EPIPE' || code === 'ECONNRESET'))
          return { status: 413, text: '' };
        throw error;
      }
    }

    function expectNoServerError(what: string, result: { status: number; text: string }): void {
      expect(result.status, `${what}: ${result.text.slice(0, 300)}`).to.be.below(500);
      expect(result.text, what).to.not.match(/\n\s+at /);
      // Tenantry's own routes answer { error: "one line" }; Bull Board's answer its own shape
      if (result.status >= 400 && result.text !== '' && !what.includes(' /queues/')) {
        const body = JSON.parse(result.text) as { error?: unknown; message?: unknown };
        const message = body.error ?? body.message;
        expect(typeof message, `${what}: ${result.text}`).to.equal('string');
        expect(String(message), what).to.not.include('\n');
      }
    }

    const routes = (s: string): Array<[string, string]> => {
      const e = [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''); // every byte, lone surrogates too
      return [
        ['GET', `/api/rollouts/${e}`],
        ['GET', `/api/runs?status=${e}`],
        ['GET', `/api/runs?platform=${e}&tenant=${e}`],
        ['GET', `/api/runs?rollout=${e}&limit=${e}`],
        ['GET', `/api/status?platform=${e}`],
        ['GET', `/api/status?tenant=${e}`],
        ['GET', `/api/rollouts?status=${e}&limit=${e}`],
        ['GET', `/api/backups?limit=${e}`],
        ['GET', `/api/overview?${e}=1`],
        ['GET', `/assets/${e}`],
        ['GET', `/${e}`],
        ['GET', `/queues/api/queues/${e}`],
        ['PUT', `/queues/api/queues/${e}/retry/failed`],
        ['PUT', `/queues/api/queues/${encodeURIComponent(RUN_QUEUE)}/${e}/retry`],
        ['PUT', `/queues/api/queues/${encodeURIComponent(RUN_QUEUE)}/clean/${e}`],
        ['GET', `/metrics?${e}`],
      ];
    };

    it(`${HOSTILE_STRINGS.length + HOSTILE_UUIDS.length - 20} curated and 250 generated values (seed ${SEED}) in every path and query: no 5xx, one-line errors, nothing changes`, async () => {
      const values = [...HOSTILE_STRINGS, ...HOSTILE_UUIDS.slice(20)];
      let requests = 0;
      for (const value of values) {
        for (const [method, path] of routes(value)) {
          requests++;
          expectNoServerError(`${method} ${path.slice(0, 200)}`, await request(method, path));
        }
      }
      const generated = generate(fc.tuple(fc.nat(15), hostileString), 250, 4);
      for (const [i, value] of generated) {
        const [method, path] = routes(value)[i]!;
        requests++;
        expectNoServerError(`${method} ${path.slice(0, 200)} (seed ${SEED})`, await request(method, path));
      }
      expect(requests).to.be.greaterThan(1_200);
      expect(dashboard.child.exitCode).to.equal(null);
      expect(dashboard.logs().filter((l) => l.msg === 'dashboard request failed')).to.deep.equal([]);
      expect(await snapshot(sandbox)).to.equal(baseline);
    });

    it('bodies, headers and raw request lines', async () => {
      const bodies = [
        '{not json',
        '[]',
        'null',
        `{"sql": "DROP TABLE ${CANARY_TABLE}"}`,
        'x'.repeat(2 * 1024 * 1024),
        '{"__proto__": {"admin": true}}',
      ];
      for (const body of bodies) {
        for (const [method, path] of [
          ['POST', '/api/status'],
          ['PUT', `/queues/api/queues/${RUN_QUEUE}/retry/failed`],
          ['DELETE', '/api/rollouts/x'],
          ['PATCH', '/'],
        ]) {
          expectNoServerError(
            `${method} ${path} ${body.slice(0, 40)}`,
            await request(method!, path!, { body, headers: { 'content-type': 'application/json' } }),
          );
        }
      }
      for (const header of [
        'Basic',
        'Basic !!!',
        `Basic ${Buffer.from('admin').toString('base64')}`,
        `Basic ${Buffer.from('admin:security-admin-pw\u0000').toString('base64')}`,
        `Basic ${'A'.repeat(5000)}`,
        'Bearer x',
        `Basic ${Buffer.from('ädmin:pw').toString('base64')}`,
      ]) {
        const response = await fetch(`${dashboard.url}/api/status`, { headers: { authorization: header } });
        expect(response.status, header.slice(0, 40)).to.equal(401);
      }
      // raw bytes fetch would not send: bad percent escapes, NUL, a broken request line
      for (const line of [
        'GET /api/rollouts/%zz HTTP/1.1',
        'GET /api/runs?tenant=%00 HTTP/1.1',
        'GET /api/status?platform=%E0%A4%A HTTP/1.1',
        "GET /api/runs?tenant=a' HTTP/1.1",
        'GET /../../etc/passwd HTTP/1.1',
        'GARBAGE',
        `GET /${'a'.repeat(100_000)} HTTP/1.1`,
      ]) {
        const status = await rawStatus(dashboard.url, line, auth.authorization!);
        expect(status, line.slice(0, 60)).to.be.within(200, 499);
      }
      expect(dashboard.child.exitCode).to.equal(null);
      expect(dashboard.logs().filter((l) => l.msg === 'dashboard request failed')).to.deep.equal([]);
      expect(await snapshot(sandbox)).to.equal(baseline);
    });
  });

  describe('forged job data for a real run', () => {
    it('a job whose data differs from its run in the ledger fails that run loudly and changes no tenant', async () => {
      const enqueued = await sandbox.cli(['migrate', '--to', 'latest', '--tenant', 'acme']);
      expect(enqueued.code, enqueued.stderr).to.equal(0);
      const [run] = await sandbox.ledger<{ id: string; target: string }>(
        `SELECT id, target FROM tenantry.runs WHERE status = 'queued'`,
      );
      const redis = new Redis(REDIS_URL);
      try {
        // someone with access to Redis points the queued run's job at another target
        const key = `${sandbox.prefix}:${RUN_QUEUE}:run-${run!.id}`;
        const data = JSON.parse((await redis.hget(key, 'data'))!) as Record<string, unknown>;
        expect(data.target).to.equal(run!.target);
        await redis.hset(key, 'data', JSON.stringify({ ...data, target: '1710000000001_create-accounts' }));
      } finally {
        redis.disconnect();
      }
      const worker = sandbox.startWorker();
      try {
        const [failed] = await eventually(async () => {
          const rows = await sandbox.ledger<{ status: string; error: string }>(
            `SELECT status, error FROM tenantry.runs WHERE id = $1`,
            [run!.id],
          );
          return rows[0]?.status === 'failed' ? rows : undefined;
        }, 60_000);
        expect(failed!.error).to.equal(
          `INVALID_INPUT: job data of run ${run!.id} does not match the ledger: target "1710000000001_create-accounts" where the ledger has "${run!.target}"`,
        );
      } finally {
        worker.kill('SIGTERM');
        await exited(worker);
      }
      expect(await sandbox.applied('accounts', 'acme')).to.deep.equal([]);
    });
  });
});

/** Sends one raw HTTP request and returns the status code of the answer (400 when the server hung up without one). */
function rawStatus(url: string, requestLine: string, authorization: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `${requestLine}\r\nHost: ${hostname}\r\nAuthorization: ${authorization}\r\nConnection: close\r\n\r\n`,
      );
    });
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    // the server may answer and hang up before the request was all sent (a 100 KB request line): a refusal too
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0) || 400;
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(status()) : reject(error),
    );
    socket.on('close', () => resolve(status()));
  });
}
