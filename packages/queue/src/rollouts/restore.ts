import { BackupLedger, InvalidInput, NotFound, getPlatform, verifyBackupFile, type BackupRecord } from '@tenantry/core';
import { PRIORITY } from '../queues.js';
import { writeAndEnqueue, type CreatedRollout } from './create.js';
import type { CreateDeps } from './deps.js';

/** A restore's rollout, with the backup it restores. */
export type RestoreRollout = CreatedRollout & { backup: BackupRecord };

/**
 * A rollout of one run that restores a tenant from one backup, through the queue and the run
 * protocol (lock, record, progress); an emergency, ahead of queued fleet runs. The backup's file
 * is checked (present, its checksum) before anything is written.
 */
export async function createRestoreRollout(
  deps: CreateDeps,
  backupId: string,
  requestedBy: string,
): Promise<RestoreRollout> {
  const backup = await new BackupLedger(deps.control).get(backupId);
  if (!backup) throw new NotFound(`no backup ${backupId}`);
  getPlatform(deps.config, backup.platform);
  await verifyBackupFile(backup).catch((error: Error) => {
    throw new InvalidInput(error.message);
  });
  const created = await writeAndEnqueue(
    deps,
    {
      kind: 'rollback',
      target: backup.version,
      options: { restore: backup.id, platforms: [backup.platform], tenants: [backup.tenant] },
      requestedBy,
      runs: [
        {
          platform: backup.platform,
          tenant: backup.tenant,
          direction: 'down',
          target: backup.version,
          method: 'restore',
          backupId: backup.id,
        },
      ],
    },
    PRIORITY.emergency,
  );
  return { ...created, backup };
}
