import { UnrecoverableError, type Job } from 'bullmq';
import { errorMessage, redactSecrets, type TenantryConfig } from '@tenantry/core';
import { parseWebhookJobData } from './webhook-job.js';
import { webhookBody } from './webhook-body.js';
import { WEBHOOK_HEADERS, signWebhook } from './webhook-signature.js';

export interface DeliveryResult {
  webhook: string;
  status: number;
}

/**
 * Sends one delivery: the body signed with a fresh timestamp (a retry is signed anew, so a
 * receiver's replay window holds for late retries too), answered within the webhook's timeout.
 * A 2xx is done; no answer, a 5xx, 408 or 429 is tried again with backoff; any other 4xx means the
 * receiver refuses it (a wrong secret, a wrong URL) and is failed for good at once.
 */
export function createWebhookDelivery(config: TenantryConfig) {
  return async (job: Job): Promise<DeliveryResult> => {
    let data;
    try {
      data = parseWebhookJobData(job.data);
    } catch (error) {
      throw new UnrecoverableError(errorMessage(error));
    }
    const hook = config.notifications.webhooks.find((h) => h.name === data.webhook);
    if (!hook) throw new UnrecoverableError(`no webhook named ${data.webhook} in the config`);
    if (!hook.events.includes(data.event))
      throw new UnrecoverableError(`webhook ${hook.name} no longer takes ${data.event}`);
    const body = webhookBody(hook.format, data);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'tenantry-webhook',
      [WEBHOOK_HEADERS.event]: data.event,
      [WEBHOOK_HEADERS.delivery]: data.deliveryId,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      ...(hook.secret ? { [WEBHOOK_HEADERS.signature]: signWebhook(hook.secret, timestamp, body) } : {}),
    };
    let response: Response;
    try {
      // no redirects: a signed body goes only where the config says
      response = await fetch(hook.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(hook.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new Error(
        `webhook ${hook.name}: ${timedOut ? `no answer within ${hook.timeoutMs} ms` : redactSecrets(errorMessage(causeOf(error)))}`,
        { cause: error },
      );
    }
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { webhook: hook.name, status: response.status };
    const message = `webhook ${hook.name} answered HTTP ${response.status}`;
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
      throw new UnrecoverableError(message);
    throw new Error(message);
  };
}

/** fetch wraps the reason (ECONNREFUSED, ...) in a TypeError's cause. */
function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause instanceof Error ? error.cause : error;
}
