import { enqueueWave } from '../producer.js';
import { PRIORITY } from '../queues.js';
import { eventsOf, type RolloutDeps } from './deps.js';

/**
 * The next wave, when the current one closed; or the rollout halted, when its failure budget ran
 * out (the ledger decides both). The wave's backups are taken in batches, as the first wave's
 * were. Called after every run, by the reconciler, and on resume: the ledger releases a wave
 * once, and job ids are deterministic, so callers racing each other are harmless.
 */
export async function releaseNextWave(deps: RolloutDeps, rolloutId: string): Promise<number> {
  const stage = await deps.ledger.advanceWaves(rolloutId);
  if (stage.halted) eventsOf(deps).emit('rollout:halted', { rolloutId, reason: stage.halted }); // [event: rollout:halted]
  if (stage.released.length === 0) return 0;
  await enqueueWave(deps.queue, rolloutId, stage.released, {
    priority: PRIORITY.fleet,
    backupBatchSize: deps.config.backup.batchSize,
  });
  eventsOf(deps).emit('rollout:wave-done', { rolloutId, released: stage.released.length }); // [event: rollout:wave-done]
  return stage.released.length;
}
