import type { Logger } from '../logger.js';
import type { LifecycleEvents } from './lifecycle-events.js';

/**
 * The rollout's lifecycle in the logs, written from the events (runs log their own lines, with
 * their SQL details, in the run protocol). Returns the function that stops it.
 */
export function logLifecycleEvents(events: LifecycleEvents, logger: Logger): () => void {
  const stops = [
    events.on('rollout:started', (e) =>
      logger.info({ rolloutId: e.rolloutId, kind: e.kind, target: e.target, runs: e.runs }, 'rollout started'),
    ),
    events.on('rollout:wave-done', (e) =>
      logger.info({ rolloutId: e.rolloutId, runs: e.released }, 'next wave released'),
    ),
    events.on('rollout:halted', (e) => logger.warn({ rolloutId: e.rolloutId, reason: e.reason }, 'rollout halted')),
    events.on('rollout:finished', (e) => {
      const fields = { rolloutId: e.rolloutId, status: e.status };
      // a cancelled rollout is an operator's doing (an abort, a supersede): only a failure warns
      if (e.status === 'failed') logger.warn(fields, 'rollout failed');
      else logger.info(fields, `rollout ${e.status}`);
    }),
    events.on('compensation:done', (e) => {
      const fields = {
        rolloutId: e.rolloutId,
        runId: e.runId,
        platform: e.platform,
        tenant: e.tenant,
        compensates: e.compensates,
      };
      if (e.status === 'succeeded') logger.info(fields, 'compensation succeeded');
      else logger.error(fields, 'compensation failed');
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
