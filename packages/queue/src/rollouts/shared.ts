import {
  InvalidInput,
  SHARED_TENANT,
  getPlatform,
  parsePlatformId,
  readMigrationSet,
  type TenantryConfig,
} from '@tenantry/core';
import { PRIORITY } from '../queues.js';
import { writeAndEnqueue, type CreatedRollout } from './create.js';
import type { RolloutDeps } from './deps.js';

/** A platform's newest shared migration; InvalidInput for an unknown platform or one without shared migrations. */
export function sharedTargetOf(config: TenantryConfig, platformId: string): { platform: string; target: string } {
  const platform = getPlatform(config, parsePlatformId(platformId));
  if (!platform.sharedMigrationsDir) throw new InvalidInput(`platform ${platform.id} has no shared migrations`);
  return {
    platform: platform.id,
    target: readMigrationSet(platform.sharedMigrationsDir).migrations.at(-1)?.name ?? '0',
  };
}

/** A shared schema's rollout, with its platform and target. */
export type SharedRollout = CreatedRollout & { platform: string; target: string };

/**
 * A rollout of one run that brings a platform's shared schema to its newest shared migration,
 * through the queue (lock, ledger, progress), backed up first when the config's strategy is pg_dump.
 */
export async function createSharedRollout(
  deps: RolloutDeps,
  platformId: string,
  requestedBy: string,
): Promise<SharedRollout> {
  const { platform, target } = sharedTargetOf(deps.config, platformId);
  const created = await writeAndEnqueue(
    deps,
    {
      kind: 'migrate',
      target,
      options: { platforms: [platform], shared: true },
      requestedBy,
      runs: [
        {
          platform,
          tenant: SHARED_TENANT,
          scope: 'shared',
          direction: 'up',
          target,
          backup: deps.config.backup.strategy,
        },
      ],
    },
    PRIORITY.emergency,
  );
  return { ...created, platform, target };
}
