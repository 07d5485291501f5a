import { expect } from 'chai';
import { LockRetry, backoffDelay, isLockConflict } from '../../packages/core/dist/migrator/lock-retry.js';
import { LockRetriesExhausted } from '../../packages/core/dist/errors.js';
import { parseConfig } from '../../packages/core/dist/config/load.js';

const lockTimeout = () => Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
const policy = { lockTimeoutMs: 300, attempts: 4, baseDelayMs: 4, maxDelayMs: 10, deferrals: 1 };

describe('lock retry: the backoff and the tries of a transaction', () => {
  it('pauses with full jitter: up to base·2^(n-1), capped, never below zero', () => {
    const p = { baseDelayMs: 200, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(p, n, () => 1))).to.deep.equal([200, 400, 800, 1600]);
    expect(backoffDelay(p, 10, () => 1)).to.equal(10_000);
    expect(backoffDelay(p, 1000, () => 1)).to.equal(10_000);
    expect(backoffDelay(p, 3, () => 0)).to.equal(0);
    expect(backoffDelay(p, 3, () => 0.5)).to.equal(400);
  });

  it('knows a lock timeout or a deadlock, its own or wrapped, and not one already given up on', () => {
    const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });
    expect(isLockConflict(lockTimeout())).to.equal(true);
    expect(isLockConflict({ message: 'a migration failed', cause: lockTimeout() })).to.equal(true);
    expect(isLockConflict(deadlock())).to.equal(true);
    expect(isLockConflict({ message: 'a migration failed', cause: deadlock() })).to.equal(true);
    expect(isLockConflict(Object.assign(new Error('serialization failure'), { code: '40001' }))).to.equal(false);
    expect(isLockConflict(Object.assign(new Error('syntax'), { code: '42601' }))).to.equal(false);
    expect(
      isLockConflict(new LockRetriesExhausted({ timeouts: 1, waitMs: 1 }, 'x', { cause: lockTimeout() })),
    ).to.equal(false);
  });

  it('tries again after each lock timeout, recovering first, and counts what was lost', async () => {
    const retry = new LockRetry(policy);
    const events: string[] = [];
    const result = await retry.run(
      async (tries) => {
        events.push(`try ${tries}`);
        if (tries < 3) throw lockTimeout();
        return 'done';
      },
      async () => events.push('rollback'),
    );
    expect(result).to.equal('done');
    expect(events).to.deep.equal(['try 1', 'rollback', 'try 2', 'rollback', 'try 3']);
    expect(retry.waits.timeouts).to.equal(2);
    expect(retry.waits.waitMs).to.be.at.least(0);
  });

  it('gives up after its attempts with LOCK_RETRIES_EXHAUSTED, and never retries another error', async () => {
    const retry = new LockRetry(policy);
    let tries = 0;
    const failure = await retry
      .run(
        async () => {
          tries += 1;
          throw lockTimeout();
        },
        async () => {},
      )
      .catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(LockRetriesExhausted);
    expect((failure as LockRetriesExhausted).code).to.equal('LOCK_RETRIES_EXHAUSTED');
    expect((failure as LockRetriesExhausted).waits.timeouts).to.equal(4);
    expect((failure as Error).message).to.match(/lock not available after 4 tries \(lock_timeout 300 ms/);
    expect(tries).to.equal(4);

    const other = Object.assign(new Error('syntax error'), { code: '42601' });
    let calls = 0;
    const thrown = await new LockRetry(policy)
      .run(
        async () => {
          calls += 1;
          throw other;
        },
        async () => {},
      )
      .catch((error: unknown) => error);
    expect([thrown, calls]).to.deep.equal([other, 1]);
  });

  it('is a platform setting with defaults; a bad one is refused', () => {
    const base = {
      control: { databaseUrl: 'postgres://127.0.0.1/control' },
      platforms: { app: { databaseUrl: 'postgres://127.0.0.1/app', migrations: { tenant: 'm' } } },
    };
    const parsed = parseConfig(base, { baseDir: '/tmp' });
    expect(parsed.platforms.app!.lockRetry).to.deep.equal({
      lockTimeoutMs: 100,
      attempts: 8,
      baseDelayMs: 200,
      maxDelayMs: 10_000,
      deferrals: 3,
    });
    const tuned = parseConfig(
      { ...base, platforms: { app: { ...base.platforms.app, lockRetry: { lockTimeoutMs: null, attempts: 2 } } } },
      { baseDir: '/tmp' },
    );
    expect(tuned.platforms.app!.lockRetry).to.deep.include({ lockTimeoutMs: null, attempts: 2, deferrals: 3 });
    for (const lockRetry of [{ attempts: 0 }, { lockTimeoutMs: 0 }, { baseDelayMs: 500, maxDelayMs: 100 }, { x: 1 }])
      expect(
        () => parseConfig({ ...base, platforms: { app: { ...base.platforms.app, lockRetry } } }, { baseDir: '/tmp' }),
        JSON.stringify(lockRetry),
      ).to.throw(/lockRetry/);
  });
});
