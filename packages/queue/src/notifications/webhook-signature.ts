import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a webhook delivery. */
export const WEBHOOK_HEADERS = {
  /** Unix time in seconds when this attempt was signed (each retry is signed anew) */
  timestamp: 'x-tenantry-timestamp',
  /** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret>` */
  signature: 'x-tenantry-signature',
  /** the event's name */
  event: 'x-tenantry-event',
  /** one id per event, the same on every retry and for every webhook: receivers drop duplicates by it */
  delivery: 'x-tenantry-delivery',
} as const;

/** How old a signed timestamp a receiver should accept, by default: older ones are replays. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The signature header's value for a body sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookToVerify {
  secret: string;
  /** the raw request body, exactly as received */
  body: string;
  /** the X-Tenantry-Timestamp header */
  timestamp: string | undefined;
  /** the X-Tenantry-Signature header */
  signature: string | undefined;
  toleranceSeconds?: number;
  /** for tests: the receiver's clock, in ms */
  now?: number;
}

/**
 * What a receiver does with a delivery: recompute the HMAC over "<timestamp>.<body>", compare in
 * constant time, and refuse a timestamp outside the tolerance (a replayed delivery). Returns why
 * a delivery is refused, or undefined when it is genuine.
 */
export function webhookRefusal(input: WebhookToVerify): string | undefined {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return 'missing or malformed timestamp';
  if (!signature) return 'missing signature';
  const age = Math.abs((input.now ?? Date.now()) / 1000 - Number(timestamp));
  if (age > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS))
    return 'timestamp outside the tolerance (replayed or clock skew)';
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature does not match';
  return undefined;
}
