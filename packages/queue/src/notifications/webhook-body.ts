import type { LifecycleEventMap, LifecycleEventName, WebhookConfig } from '@tenantry/core';
import type { WebhookJobData } from './webhook-job.js';

/**
 * The body of a delivery. `json`: `{ id, event, occurredAt, data }` with the event's payload as
 * data. `slack`: `{ text }`, one line an incoming webhook of Slack (or Mattermost, Rocket.Chat)
 * shows as it is.
 */
export function webhookBody(format: WebhookConfig['format'], delivery: WebhookJobData): string {
  if (format === 'slack') return JSON.stringify({ text: slackText(delivery.event, delivery.data) });
  return JSON.stringify({
    id: delivery.deliveryId,
    event: delivery.event,
    occurredAt: delivery.occurredAt,
    data: delivery.data,
  });
}

/** Slack's mrkdwn gives &, < and > a meaning: they are escaped in anything that came from input. */
function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slackText(event: LifecycleEventName, raw: Record<string, unknown>): string {
  const rollout = `rollout \`${esc(raw.rolloutId)}\``;
  const texts: { [E in LifecycleEventName]: (d: LifecycleEventMap[E]) => string } = {
    'rollout:started': (d) => `Tenantry ${rollout} started: ${esc(d.kind)} to ${esc(d.target)}, ${d.runs} run(s)`,
    'rollout:wave-done': (d) => `Tenantry ${rollout}: wave done, next wave of ${d.released} run(s) released`,
    'rollout:halted': (d) =>
      `:warning: Tenantry ${rollout} halted: ${esc(d.reason)}. Resume or abort it (\`tenantry rollout resume|abort ${esc(d.rolloutId)}\`)`,
    'rollout:finished': (d) =>
      `${d.status === 'succeeded' ? ':white_check_mark:' : ':x:'} Tenantry ${rollout} ${esc(d.status)}`,
    'run:started': (d) =>
      `Tenantry: tenant ${esc(d.tenant)} on ${esc(d.platform)} moving from ${esc(d.from)} to ${esc(d.target)} (${rollout})`,
    'run:succeeded': (d) =>
      `Tenantry: tenant ${esc(d.tenant)} on ${esc(d.platform)} at ${esc(d.to)}${d.noop ? ' (already there)' : ''} (${rollout})`,
    'run:failed': (d) =>
      `:x: Tenantry: tenant ${esc(d.tenant)} failed on ${esc(d.platform)}: ${esc(d.error.code)}: ${esc(d.error.message)} (${rollout})`,
    'compensation:done': (d) =>
      `${d.status === 'succeeded' ? ':leftwards_arrow_with_hook:' : ':rotating_light:'} Tenantry: tenant ${esc(d.tenant)} ${d.status === 'succeeded' ? 'returned' : 'could NOT be returned'} on ${esc(d.platform)} (${rollout})`,
  };
  return (texts[event] as (d: unknown) => string)(raw);
}
