import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { signWebhook, webhookBody, webhookRefusal } from '@tenantry/queue';

const secret = 'a-shared-secret-of-32-characters';
const body = JSON.stringify({ id: 'd1', event: 'rollout:halted', data: { rolloutId: 'x' } });

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of "<timestamp>.<body>", as a receiver computes it with node:crypto alone', () => {
    const timestamp = 1_800_000_000;
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook(secret, timestamp, body)).to.equal(`sha256=${expected}`);
  });

  it('accepts a genuine delivery and refuses a changed body, a wrong secret, a replay and a missing header', () => {
    const now = 1_800_000_000_000;
    const timestamp = String(now / 1000);
    const signature = signWebhook(secret, Number(timestamp), body);
    expect(webhookRefusal({ secret, body, timestamp, signature, now })).to.equal(undefined);
    expect(webhookRefusal({ secret, body: body.replace('halted', 'finished'), timestamp, signature, now })).to.match(
      /does not match/,
    );
    expect(webhookRefusal({ secret: `${secret}x`, body, timestamp, signature, now })).to.match(/does not match/);
    // the same signed request, replayed ten minutes later
    expect(webhookRefusal({ secret, body, timestamp, signature, now: now + 600_000 })).to.match(/tolerance/);
    // a fresh timestamp pasted onto an old signature
    expect(
      webhookRefusal({ secret, body, timestamp: String(now / 1000 + 600), signature, now: now + 600_000 }),
    ).to.match(/does not match/);
    expect(webhookRefusal({ secret, body, timestamp: undefined, signature, now })).to.match(/timestamp/);
    expect(webhookRefusal({ secret, body, timestamp, signature: undefined, now })).to.match(/signature/);
  });

  it('a Slack-format body is one escaped line of text', () => {
    const text = JSON.parse(
      webhookBody('slack', {
        webhook: 'chat',
        deliveryId: '00000000-0000-4000-8000-000000000001',
        event: 'rollout:halted',
        occurredAt: new Date(0).toISOString(),
        data: { rolloutId: 'r1', reason: '<3 & more> failed' },
      }),
    ) as { text: string };
    expect(Object.keys(text)).to.deep.equal(['text']);
    expect(text.text).to.contain('halted: &lt;3 &amp; more&gt; failed');
  });
});
