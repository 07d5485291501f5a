import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseConfig, type BackupStrategy, type TenantryConfig } from '@tenantry/core';

/**
 * The example platforms (migrations, releases): inside the installed package (dist/demo →
 * examples, copied there by `npm pack`), or at the repository's root in a checkout.
 */
export const EXAMPLES_DIR =
  [new URL('../../examples/', import.meta.url), new URL('../../../../examples/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((dir) => existsSync(path.join(dir, 'tenantry.config.json'))) ??
  fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every database the demo creates starts with this, so they are easy to find and drop. */
export const DEMO_DATABASE_PREFIX = 'tenantry_demo_';

export interface DemoSettings {
  /** a connection string to the server; the demo's databases are made beside its database */
  serverUrl: string;
  /** short random id: names the databases and the queue prefix of this demo */
  id: string;
  /** the queue on Redis when set; otherwise BullMQ's PostgreSQL backend in the control database */
  redisUrl: string | undefined;
  backup: BackupStrategy;
  /** where backups (and the config file) go */
  dir: string;
}

function databaseOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The demo's config: the example config's platforms and releases, pointed at databases of its
 * own (`tenantry_demo_<id>_control`, `tenantry_demo_<id>_<platform>`), with no `redis` key when
 * there is no Redis, so the queue lives in PostgreSQL. Returns the raw object too (to save it).
 */
export function buildDemoConfig(settings: DemoSettings): { config: TenantryConfig; raw: Record<string, unknown> } {
  const file = path.join(EXAMPLES_DIR, 'tenantry.config.json');
  let example: {
    platforms: Record<string, { migrations: { tenant: string; shared?: string }; tenantSchema?: string }>;
    releases: Record<string, unknown>;
  };
  try {
    example = JSON.parse(readFileSync(file, 'utf8')) as typeof example;
  } catch (error) {
    throw new ConfigError(
      `the demo needs the example platforms of the repository (${file}): ${(error as Error).message}`,
    );
  }
  const database = (suffix: string) =>
    databaseOn(settings.serverUrl, `${DEMO_DATABASE_PREFIX}${settings.id}_${suffix}`);
  const platforms: Record<string, unknown> = {};
  for (const [id, platform] of Object.entries(example.platforms)) {
    platforms[id] = {
      databaseUrl: database(id),
      migrations: {
        tenant: path.join(EXAMPLES_DIR, platform.migrations.tenant),
        ...(platform.migrations.shared ? { shared: path.join(EXAMPLES_DIR, platform.migrations.shared) } : {}),
      },
      ...(platform.tenantSchema ? { tenantSchema: platform.tenantSchema } : {}),
    };
  }
  const raw = {
    ...(settings.redisUrl ? { redis: { url: settings.redisUrl, prefix: `tenantry-demo-${settings.id}` } } : {}),
    control: { databaseUrl: database('control') },
    platforms,
    releases: example.releases,
    backup: { strategy: settings.backup, dir: path.join(settings.dir, 'backups') },
    worker: { concurrency: 4, heartbeatMs: 2_000, shutdownTimeoutMs: 15_000, reconcileIntervalMs: 5_000 },
  };
  return { config: parseConfig(raw, { baseDir: EXAMPLES_DIR }), raw };
}
