import { expect } from 'chai';
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';

const V1 = '1710000000002_add-account-name';
const SECRET = 'webhook-secret-for-this-test-0123456789';

interface Delivery {
  id: string;
  event: string;
  body: string;
  /** the signature checked here with node:crypto alone, as a receiver would */
  genuine: boolean;
}

/** Verifies a delivery independently of Tenantry's code: HMAC-SHA256 of "<timestamp>.<body>", fresh timestamp. */
function verify(secret: string, req: http.IncomingMessage, body: string): boolean {
  const timestamp = String(req.headers['x-tenantry-timestamp'] ?? '');
  const signature = String(req.headers['x-tenantry-signature'] ?? '');
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  return expected.length === Buffer.byteLength(signature) && timingSafeEqual(expected, Buffer.from(signature));
}

function rolloutIdOf(stdout: string): string {
  const id = /rollout ([0-9a-f-]{36})/.exec(stdout)?.[1];
  if (!id) throw new Error(`no rollout id in: ${stdout}`);
  return id;
}

/**
 * A real HTTP receiver on a free loopback port. `answer` decides, per request, what it does:
 * a status, or 'hang' (answers 200 only after the sender has given up).
 */
class Receiver {
  readonly requests: Delivery[] = [];
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const delivery = {
        id: String(req.headers['x-tenantry-delivery']),
        event: String(req.headers['x-tenantry-event']),
        body,
        genuine: verify(this.secret, req, body),
      };
      const seenBefore = this.requests.filter((r) => r.id === delivery.id).length;
      this.requests.push(delivery);
      const answer = this.answer(delivery, seenBefore);
      if (answer === 'hang') setTimeout(() => res.writeHead(200).end(), 2_000).unref();
      else res.writeHead(answer).end();
    });
  });
  port = 0;

  constructor(
    private readonly secret: string,
    private readonly answer: (delivery: Delivery, seenBefore: number) => number | 'hang' = () => 200,
  ) {}

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** A free port with nothing listening on it yet (the receiver that is down). */
  async reservePort(): Promise<this> {
    await this.listen();
    await this.close();
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  /** Deliveries answered with success, one per delivery id. */
  distinct(): Delivery[] {
    return [...new Map(this.requests.map((r) => [r.id, r])).values()];
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

for (const queue of ['redis', 'postgres'] as const)
  describe(`webhooks: signed lifecycle events from a real worker, retried through the queue (${queue})`, function () {
    this.timeout(240_000);
    let sandbox: Sandbox | undefined;
    const receivers: Receiver[] = [];
    after(async () => {
      await sandbox?.destroy();
      for (const receiver of receivers) await receiver.close().catch(() => {});
    });

    it('delivers every event, signed, to a healthy receiver, and by retry to one that was down, one that was slow and one that answered 500', async () => {
      const healthy = await new Receiver(SECRET).listen();
      const down = await new Receiver(SECRET).reservePort();
      const slow = await new Receiver(SECRET, (_, seen) => (seen === 0 ? 'hang' : 200)).listen();
      const failing = await new Receiver(SECRET, (_, seen) => (seen === 0 ? 500 : 200)).listen();
      // signs with another secret than the one it checks: refuses (401), which no retry can fix
      const refusing = await new Receiver('not-the-secret-the-config-has-000', (d) => (d.genuine ? 200 : 401)).listen();
      const chat = await new Receiver(SECRET).listen();
      receivers.push(healthy, slow, failing, refusing, chat);
      const fast = { secret: '${WEBHOOK_SECRET}', timeoutMs: 500, backoffMs: 200, attempts: 12 };
      const rolloutEnds = ['rollout:started', 'rollout:halted', 'rollout:finished'];
      sandbox = new Sandbox({
        platforms: { accounts: { migrations: 'accounts' } },
        queue,
        extra: {
          notifications: {
            webhooks: [
              {
                name: 'healthy',
                url: healthy.url,
                events: [
                  'rollout:started',
                  'rollout:wave-done',
                  'rollout:halted',
                  'rollout:finished',
                  'run:started',
                  'run:succeeded',
                  'run:failed',
                  'compensation:done',
                ],
                ...fast,
              },
              { name: 'down', url: down.url, events: rolloutEnds, ...fast },
              { name: 'slow', url: slow.url, events: rolloutEnds, ...fast },
              { name: 'failing', url: failing.url, events: rolloutEnds, ...fast },
              { name: 'refusing', url: refusing.url, events: ['rollout:started'], ...fast },
              { name: 'chat', url: chat.url, events: ['rollout:halted'], format: 'slack' },
            ],
          },
        },
      });
      const env = { WEBHOOK_SECRET: SECRET };
      expect((await sandbox.cli(['init'], env)).code).to.equal(0);
      const tenants = tenantIds(5);
      expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenants], env)).code).to.equal(0);
      const worker = sandbox.startWorker({ concurrency: 1, env });

      // one rollout that succeeds, one that halts on its failure budget: neither waits for a receiver
      const first = await sandbox.cli(['migrate', '--to', V1, '--canary', '0', '--wait'], env);
      expect(first.code, first.stdout + first.stderr).to.equal(0);
      await sandbox.platform('accounts', `INSERT INTO tenant_c0005.accounts (email) VALUES ('dup@x'), ('dup@x')`);
      const second = await sandbox.cli(
        ['migrate', '--to', 'latest', '--canary', '1', '--wave-size', '2', '--max-failures', '1', '--wait'],
        env,
      );
      expect(second.code, second.stdout + second.stderr).to.equal(1);
      expect(second.stdout).to.match(/halted/);
      const firstId = rolloutIdOf(first.stdout);
      const secondId = rolloutIdOf(second.stdout);

      // the healthy receiver: every event, each signed, each with its data
      const bodies = await eventually(async () => {
        const got = healthy
          .distinct()
          .map(
            (d) =>
              JSON.parse(d.body) as { id: string; event: string; occurredAt: string; data: Record<string, unknown> },
          );
        const has = (event: string, rolloutId: string) =>
          got.some((b) => b.event === event && b.data.rolloutId === rolloutId);
        return has('rollout:finished', firstId) &&
          has('rollout:halted', secondId) &&
          has('run:failed', secondId) &&
          has('rollout:started', secondId)
          ? got
          : undefined;
      }, 60_000);
      expect(
        healthy.requests.every((r) => r.genuine),
        'every delivery verifies',
      ).to.equal(true);
      const of = (event: string, rolloutId: string) =>
        bodies.filter((b) => b.event === event && b.data.rolloutId === rolloutId);
      expect(of('rollout:started', firstId)[0]!.data).to.include({ kind: 'migrate', target: V1, runs: 5 });
      expect(of('run:started', firstId)).to.have.length(5);
      expect(
        of('run:succeeded', firstId)
          .map((b) => b.data.tenant)
          .sort(),
      ).to.deep.equal(tenants);
      expect(of('rollout:finished', firstId)[0]!.data).to.deep.equal({ rolloutId: firstId, status: 'succeeded' });
      // canary c0001, then waves [c0002 c0003] [c0004 c0005]: two waves released, c0005 fails, the budget of 1 halts it
      expect(of('rollout:wave-done', secondId)).to.have.length(2);
      expect(of('run:failed', secondId).map((b) => b.data)).to.deep.equal([
        { ...of('run:failed', secondId)[0]!.data, tenant: 'c0005', platform: 'accounts', partial: false },
      ]);
      expect((of('run:failed', secondId)[0]!.data.error as { code: string }).code)
        .to.be.a('string')
        .and.not.equal('');
      expect(of('rollout:halted', secondId)[0]!.data.reason).to.match(/reaching --max-failures 1/);
      expect(of('rollout:finished', secondId)).to.have.length(0);
      const headerEvents = healthy.requests.map((r) => r.event);
      expect(headerEvents).to.include.members(['rollout:started', 'run:failed', 'rollout:halted']);

      // the receiver that was down comes up (on its port): the retries deliver what it missed
      expect(down.requests).to.have.length(0);
      await down.listen(down.port);
      receivers.push(down);
      const expected = [
        `rollout:started ${firstId}`,
        `rollout:finished ${firstId}`,
        `rollout:started ${secondId}`,
        `rollout:halted ${secondId}`,
      ].sort();
      const got = (receiver: Receiver) =>
        receiver
          .distinct()
          .map((d) => JSON.parse(d.body) as { event: string; data: { rolloutId: string } })
          .map((b) => `${b.event} ${b.data.rolloutId}`)
          .sort();
      await eventually(async () => (got(down).length >= 4 ? true : undefined), 90_000);
      expect(got(down)).to.deep.equal(expected);
      expect(down.requests.every((r) => r.genuine)).to.equal(true);
      expect(worker.output()).to.match(
        /webhook delivery failed; it will be tried again[^\n]*"webhook":"down"|"webhook":"down"[^\n]*webhook delivery failed; it will be tried again/,
      );

      // the slow one: each delivery timed out once and was sent again (the same id, signed anew)
      await eventually(async () => (got(slow).length >= 4 && slow.requests.length >= 8 ? true : undefined), 60_000);
      expect(got(slow)).to.deep.equal(expected);
      for (const { id } of slow.distinct())
        expect(slow.requests.filter((r) => r.id === id).length, id).to.be.at.least(2);
      expect(slow.requests.every((r) => r.genuine)).to.equal(true);

      // the one that answered 500: exactly one retry per delivery
      await eventually(async () => (failing.requests.length >= 8 ? true : undefined), 60_000);
      expect(got(failing)).to.deep.equal(expected);
      for (const { id } of failing.distinct())
        expect(
          failing.requests.filter((r) => r.id === id),
          id,
        ).to.have.length(2);

      // a receiver that refuses the signature (401) is not retried: the delivery is given up and logged
      await eventually(
        async () =>
          /webhook delivery given up[^\n]*"webhook":"refusing"|"webhook":"refusing"[^\n]*webhook delivery given up/.test(
            worker.output(),
          )
            ? true
            : undefined,
        30_000,
      );
      expect(refusing.requests).to.have.length(2);
      expect(refusing.requests.every((r) => !r.genuine)).to.equal(true);

      // the Slack-compatible one: a line of text
      await eventually(async () => (chat.requests.length > 0 ? true : undefined), 30_000);
      expect(Object.keys(JSON.parse(chat.requests[0]!.body) as object)).to.deep.equal(['text']);
      expect((JSON.parse(chat.requests[0]!.body) as { text: string }).text).to.match(
        new RegExp(`rollout \`${secondId}\` halted: .*max-failures 1`),
      );
    });
  });

describe('webhooks: rollout:finished of a rollout closed by its abort, with nothing running', function () {
  this.timeout(120_000);
  let sandbox: Sandbox | undefined;
  let receiver: Receiver | undefined;
  after(async () => {
    await sandbox?.destroy();
    await receiver?.close().catch(() => {});
  });

  it('is emitted once, by the abort, as cancelled', async () => {
    receiver = await new Receiver(SECRET).listen();
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: {
        notifications: {
          webhooks: [
            {
              name: 'ops',
              url: receiver.url,
              events: ['rollout:started', 'rollout:finished'],
              secret: SECRET,
              backoffMs: 200,
            },
          ],
        },
      },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', ...tenantIds(2)])).code).to.equal(0);
    // no worker yet: the rollout's runs stay queued, so the abort itself closes the rollout
    const migrate = await sandbox.cli(['migrate', '--to', V1]);
    expect(migrate.code, migrate.stdout + migrate.stderr).to.equal(0);
    const rolloutId = rolloutIdOf(migrate.stdout);
    const abort = await sandbox.cli(['rollout', 'abort', rolloutId]);
    expect(abort.code, abort.stdout + abort.stderr).to.equal(0);
    expect(abort.stdout).to.include('2 run(s) cancelled, 0 running');
    expect(
      (await sandbox.ledger<{ status: string }>(`SELECT status FROM tenantry.rollouts WHERE id = $1`, [rolloutId]))[0]
        ?.status,
    ).to.equal('cancelled');

    // a worker sends the queued deliveries
    sandbox.startWorker({ concurrency: 1 });
    const events = (): Array<{ event: string; data: Record<string, unknown> }> =>
      receiver!.distinct().map((d) => JSON.parse(d.body) as { event: string; data: Record<string, unknown> });
    await eventually(async () => (events().some((e) => e.event === 'rollout:finished') ? true : undefined), 60_000);
    expect(receiver.requests.every((r) => r.genuine)).to.equal(true);
    expect(
      events()
        .filter((e) => e.event === 'rollout:started')
        .map((e) => e.data.rolloutId),
    ).to.deep.equal([rolloutId]);
    // closed by the abort alone: no worker or reconciler closes it again
    expect(
      events()
        .filter((e) => e.event === 'rollout:finished')
        .map((e) => e.data),
    ).to.deep.equal([{ rolloutId, status: 'cancelled' }]);
  });
});
