import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { readMigrationSet } from '../catalog/migration-set.js';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { CONTROL_MIGRATIONS_DIR } from '../control/initialize.js';
import { errorMessage } from '../errors.js';
import type { ControlDb } from '../ledger/control-db.js';
import { WorkerRegistry } from '../ledger/worker-registry.js';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface ReadinessCheck {
  name: 'backups' | 'control-schema' | 'queue' | 'workers';
  status: CheckStatus;
  detail: string;
}

export interface ReadinessOptions {
  /** the control database; its state is what `control-schema` and `workers` read */
  control: ControlDb;
  /** whether the control schema exists (the caller has probed it once) or why not */
  controlState: { ready: true } | { ready: false; reason: string };
  /** pings the queue (Redis); supplied by the app, which owns the Redis client */
  pingQueue?: () => Promise<void>;
}

/** A worker whose heartbeat is older than this is not counted as alive. */
export const WORKER_ALIVE_WITHIN_MS = 15_000;

function backupsCheck(config: TenantryConfig): ReadinessCheck {
  const strategy = config.backup.strategy as string;
  if (strategy === 'none')
    return { name: 'backups', status: 'skip', detail: 'backup strategy is none: runs rely on their transaction' };
  const dir = config.backup.dir;
  let probe = dir;
  while (!existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  try {
    accessSync(probe, constants.W_OK);
  } catch {
    return {
      name: 'backups',
      status: 'fail',
      detail: `${strategy} backups go to ${dir}, and ${probe} is not writable`,
    };
  }
  return {
    name: 'backups',
    status: 'pass',
    detail: `${strategy} backups go to ${dir}${probe === dir ? '' : ' (created on first use)'}`,
  };
}

async function controlSchemaCheck(options: ReadinessOptions): Promise<ReadinessCheck> {
  if (!options.controlState.ready)
    return { name: 'control-schema', status: 'fail', detail: options.controlState.reason };
  const files = readMigrationSet(CONTROL_MIGRATIONS_DIR).migrations.map((m) => m.name);
  const { rows } = await options.control.pool.query<{ name: string }>(
    `SELECT name FROM ${options.control.table('pgmigrations')}`,
  );
  const applied = new Set(rows.map((r) => r.name));
  const pending = files.filter((f) => !applied.has(f));
  if (pending.length > 0) {
    return {
      name: 'control-schema',
      status: 'fail',
      detail: `${pending.length} control migration(s) not applied (${pending.join(', ')}): run \`tenantry init\``,
    };
  }
  return { name: 'control-schema', status: 'pass', detail: `${options.control.schema} is at ${files.at(-1) ?? '0'}` };
}

async function queueCheck(config: TenantryConfig, options: ReadinessOptions): Promise<ReadinessCheck> {
  if (!config.redis)
    return { name: 'queue', status: 'skip', detail: 'no Redis configured: the queue lives in the control database' };
  if (!options.pingQueue) return { name: 'queue', status: 'skip', detail: 'no queue probe given' };
  try {
    await options.pingQueue();
    return { name: 'queue', status: 'pass', detail: 'Redis answers PING' };
  } catch (error) {
    return { name: 'queue', status: 'fail', detail: errorMessage(error) };
  }
}

async function workersCheck(options: ReadinessOptions): Promise<ReadinessCheck> {
  if (!options.controlState.ready)
    return { name: 'workers', status: 'skip', detail: 'the control schema is not there to list workers' };
  const alive = await new WorkerRegistry(options.control).alive(WORKER_ALIVE_WITHIN_MS);
  if (alive.length === 0) {
    return {
      name: 'workers',
      status: 'fail',
      detail: `no worker has sent a heartbeat in the last ${WORKER_ALIVE_WITHIN_MS / 1000} s: start one with \`tenantry worker\``,
    };
  }
  const slots = alive.reduce((sum, w) => sum + w.concurrency, 0);
  return {
    name: 'workers',
    status: 'pass',
    detail: `${alive.length} worker(s) alive, ${slots} run slot(s): ${alive.map((w) => `${w.id}@${w.host}`).join(', ')}`,
  };
}

/**
 * Whether the system around the migrations is ready for a rollout: backups configured and
 * writable, the control schema current, the queue reachable, workers alive. Each check passes,
 * fails or is skipped; none throws.
 */
export async function checkReadiness(config: TenantryConfig, options: ReadinessOptions): Promise<ReadinessCheck[]> {
  const guard = async (name: ReadinessCheck['name'], check: () => Promise<ReadinessCheck>): Promise<ReadinessCheck> => {
    try {
      return await check();
    } catch (error) {
      return { name, status: 'fail', detail: errorMessage(error) };
    }
  };
  return [
    backupsCheck(config),
    await guard('control-schema', () => controlSchemaCheck(options)),
    await guard('queue', () => queueCheck(config, options)),
    await guard('workers', () => workersCheck(options)),
  ];
}
