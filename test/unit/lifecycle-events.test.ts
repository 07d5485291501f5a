import { expect } from 'chai';
import { LIFECYCLE_EVENTS, LifecycleEvents, type Logger, type RunResult } from '@tenantry/core';
import { emitRunOutcome } from '@tenantry/core/internal';

function recordingLogger(): Logger & { errors: Array<{ obj: object; msg?: string }> } {
  const errors: Array<{ obj: object; msg?: string }> = [];
  const logger = {
    errors,
    debug() {},
    info() {},
    warn() {},
    error(obj: object, msg?: string) {
      errors.push({ obj, ...(msg ? { msg } : {}) });
    },
    child() {
      return logger;
    },
  };
  return logger;
}

const halted = { rolloutId: '00000000-0000-4000-8000-000000000001', reason: '3 tenant(s) failed' };

describe('lifecycle events', () => {
  it('delivers an event to its listeners and to every-event listeners, with the payload frozen', () => {
    const events = new LifecycleEvents(recordingLogger());
    const seen: string[] = [];
    events.on('rollout:halted', (e) => {
      seen.push(`on ${e.reason}`);
      expect(Object.isFrozen(e)).to.equal(true);
    });
    events.on('rollout:finished', () => {
      seen.push('wrong event');
    });
    events.onAny((event, payload) => {
      seen.push(`any ${event} ${(payload as { rolloutId: string }).rolloutId}`);
    });
    events.emit('rollout:halted', halted);
    expect(seen).to.deep.equal(['on 3 tenant(s) failed', `any rollout:halted ${halted.rolloutId}`]);
  });

  it('a listener that throws, or rejects, is logged and does not stop the emitter nor the other listeners', async () => {
    const logger = recordingLogger();
    const events = new LifecycleEvents(logger);
    const seen: string[] = [];
    events.on('rollout:halted', () => {
      throw new Error('listener broke');
    });
    events.on('rollout:halted', async () => {
      await Promise.resolve();
      throw new Error('async listener broke');
    });
    events.onAny(() => {
      seen.push('after');
    });
    expect(() => events.emit('rollout:halted', halted)).not.to.throw();
    expect(seen).to.deep.equal(['after']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.errors.map((e) => (e.obj as { err: string }).err)).to.deep.equal([
      'listener broke',
      'async listener broke',
    ]);
    expect(logger.errors.every((e) => (e.obj as { event: string }).event === 'rollout:halted')).to.equal(true);
  });

  it('even a logger that throws cannot make emit throw', () => {
    const logger = {
      ...recordingLogger(),
      error: () => {
        throw new Error('logger broke');
      },
    };
    const events = new LifecycleEvents(logger);
    events.on('rollout:halted', () => {
      throw new Error('listener broke');
    });
    expect(() => events.emit('rollout:halted', halted)).not.to.throw();
  });

  it('stops delivering to a listener once unsubscribed', () => {
    const events = new LifecycleEvents(recordingLogger());
    let calls = 0;
    const stop = events.on('rollout:halted', () => void calls++);
    events.emit('rollout:halted', halted);
    stop();
    events.emit('rollout:halted', halted);
    expect(calls).to.equal(1);
  });

  it('a finished run gives run:succeeded or run:failed, and compensation:done when it was a compensation', () => {
    const events = new LifecycleEvents(recordingLogger());
    const seen: Array<[string, Record<string, unknown>]> = [];
    events.onAny((event, payload) => void seen.push([event, payload as unknown as Record<string, unknown>]));
    const record = {
      id: 'r2',
      rolloutId: 'o1',
      platform: 'billing',
      tenant: 'acme',
      scope: 'tenant',
      direction: 'down',
      target: '0',
      method: 'migrations',
      compensates: 'r1',
    } as const;
    const result: RunResult = {
      runId: 'r2',
      platform: 'billing',
      tenant: 'acme',
      direction: 'down',
      method: 'migrations',
      from: 'm2',
      to: 'm1',
      status: 'failed',
      noop: false,
      steps: [],
      error: { code: 'MIGRATION_FAILED', message: 'boom' },
    };
    emitRunOutcome(events, result, record as never);
    expect(seen.map(([e]) => e)).to.deep.equal(['run:failed', 'compensation:done']);
    expect(seen[0]![1]).to.include({ tenant: 'acme', platform: 'billing', partial: false });
    expect(seen[1]![1]).to.include({ compensates: 'r1', status: 'failed' });
    seen.length = 0;
    emitRunOutcome(events, { ...result, status: 'succeeded', error: undefined as never }, {
      ...record,
      compensates: null,
    } as never);
    expect(seen.map(([e]) => e)).to.deep.equal(['run:succeeded']);
  });

  it('lists every event of the map', () => {
    expect(LIFECYCLE_EVENTS).to.include.members([
      'run:started',
      'run:succeeded',
      'run:failed',
      'rollout:started',
      'rollout:wave-done',
      'rollout:halted',
      'rollout:finished',
      'compensation:done',
    ]);
  });
});
