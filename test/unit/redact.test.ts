import { expect } from 'chai';
import { redactUrl } from '@tenantry/core';
import { parseRunJobData } from '@tenantry/queue';

describe('redaction and job data', () => {
  it('hides passwords in connection strings anywhere in a text', () => {
    expect(redactUrl('connect postgres://app:s3cr3t@db:5432/x failed')).to.equal(
      'connect postgres://app:***@db:5432/x failed',
    );
    expect(redactUrl('redis://:pw@cache:6379')).to.equal('redis://:***@cache:6379');
    expect(redactUrl('postgres://app@db/x')).to.equal('postgres://app@db/x');
  });

  it('validates run job data read back from the queue', () => {
    const good = {
      runId: '2b0f9f0e-4d8a-4c65-9d35-0f1f7d6a1b11',
      rolloutId: '2b0f9f0e-4d8a-4c65-9d35-0f1f7d6a1b12',
      platform: 'billing',
      tenant: 'acme',
      direction: 'up',
      target: '1700000000002_create-invoices',
    };
    expect(parseRunJobData(good)).to.deep.equal(good);
    for (const bad of [
      { ...good, tenant: 'a"; DROP SCHEMA public; --' },
      { ...good, platform: 'Billing' },
      { ...good, direction: 'sideways' },
      { ...good, target: "1_x'); DROP TABLE y; --" },
      { ...good, extra: true },
      { ...good, runId: 'not-a-uuid' },
    ]) {
      expect(() => parseRunJobData(bad)).to.throw(/invalid run job data/);
    }
  });
});
