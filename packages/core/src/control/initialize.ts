import { fileURLToPath } from 'node:url';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { connectClient } from '../db/connect.js';
import { databaseOf } from '../db/connection-string.js';
import { ensureDatabase } from '../db/ensure-database.js';
import type { Logger } from '../logger.js';
import { migrationLoaderStrategies } from '../migrator/loader.js';
import { CONTROL_SCHEMA_LOCK } from '../locks/keys.js';

/** Tenantry's own control-schema migrations, shipped inside this package (dist/control → migrations). */
export const CONTROL_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

export interface InitializeResult {
  createdDatabases: string[];
  applied: string[];
}

/**
 * Creates or upgrades the control schema (and creates missing control and platform databases).
 * Safe to run concurrently: node-pg-migrate's lock, on a key of Tenantry's own, serialises it.
 */
export async function initializeControlSchema(config: TenantryConfig, logger: Logger): Promise<InitializeResult> {
  const createdDatabases: string[] = [];
  const urls = [
    config.control.databaseUrl,
    ...config.platformOrder.map((id) => config.platforms[id]!.databaseUrl),
    // and each server's database of tenant schemas (database mode creates a tenant's when it is added)
    ...config.platformOrder.flatMap((id) =>
      Object.values(config.platforms[id]!.servers).flatMap((s) => s.databaseUrl ?? []),
    ),
  ];
  for (const url of new Set(urls)) {
    if (await ensureDatabase(url)) {
      createdDatabases.push(databaseOf(url));
      logger.info({ database: databaseOf(url) }, 'created database');
    }
  }
  const client = await connectClient(config.control.databaseUrl, { applicationName: 'tenantry init' });
  try {
    const { runner } = await import('node-pg-migrate'); // loaded when needed: start-up cost
    const applied = await runner({
      dbClient: client,
      dir: CONTROL_MIGRATIONS_DIR,
      schema: config.control.schema,
      createSchema: true,
      migrationsTable: 'pgmigrations',
      direction: 'up',
      singleTransaction: true,
      checkOrder: true,
      lockValue: CONTROL_SCHEMA_LOCK,
      advisoryLockMode: 'wait',
      migrationLoaderStrategies,
      logger: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => logger.warn({}, m),
        error: (m: string) => logger.error({}, m),
      },
    });
    return { createdDatabases, applied: applied.map((m) => m.name) };
  } finally {
    await client.end().catch(() => {});
  }
}
