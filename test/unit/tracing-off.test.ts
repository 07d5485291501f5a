import { expect } from 'chai';
import { trace } from '@opentelemetry/api';
import { currentRolloutTrace, inRolloutTrace, phase, rolloutSpan } from '@tenantry/core/internal';

describe('tracing off (no SDK registered)', () => {
  it('runs the work untraced: no span is recording and no traceparent goes into job data', async () => {
    const seen = await rolloutSpan(async (span) => ({
      recording: span.isRecording(),
      traceparent: currentRolloutTrace(),
    }));
    expect(seen).to.deep.equal({ recording: false, traceparent: undefined });
    expect(await phase('lock', async () => trace.getActiveSpan())).to.equal(undefined);
    // a job that carries a traceparent, read by a worker with tracing off
    expect(
      inRolloutTrace('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', () => currentRolloutTrace()),
    ).to.equal(undefined);
  });
});
