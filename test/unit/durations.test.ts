import { expect } from 'chai';
import { formatDuration, parseDuration } from '../../apps/cli/dist/output.js';

describe('durations for people', () => {
  it('formats seconds rounded up, never 1m60s', () => {
    expect([0.2, 45, 89.4, 90, 119.5, 119.9, 120, 3599.5, 3600, 5400].map(formatDuration)).to.deep.equal([
      '1s',
      '45s',
      '1m30s',
      '1m30s',
      '2m00s',
      '2m00s',
      '2m00s',
      '1h00m',
      '1h00m',
      '1h30m',
    ]);
  });

  it('parses --timeout values, refusing anything else', () => {
    expect(['90', '90s', '5m', '1h30m', '2h', '1m5s'].map((v) => parseDuration('--timeout', v))).to.deep.equal([
      90_000, 90_000, 300_000, 5_400_000, 7_200_000, 65_000,
    ]);
    for (const bad of ['', '0', '0s', '1.5m', '-1', '5 m', 'm', '1d', '8h'.repeat(2), '200h']) {
      expect(() => parseDuration('--timeout', bad), bad).to.throw(/--timeout must be a duration/);
    }
  });
});
