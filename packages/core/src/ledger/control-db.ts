import type pg from 'pg';
import type { TenantryConfig } from '../config/tenantry-config.js';
import { assertReachable, createPool, escapeIdentifier } from '../db/connect.js';
import { describeDatabase } from '../db/redact.js';
import { TenantryError } from '../errors.js';
import { assertPlacementsKnown } from '../tenants/placement-check.js';

/** The control database: a pool and the schema Tenantry's ledger lives in. */
export class ControlDb {
  readonly pool: pg.Pool;
  readonly schema: string;
  readonly url: string;
  private readonly config: TenantryConfig;
  private placementsChecked: Promise<void> | undefined;

  constructor(config: TenantryConfig, options: { max?: number; applicationName?: string } = {}) {
    this.config = config;
    this.url = config.control.databaseUrl;
    this.schema = config.control.schema;
    this.pool = createPool(this.url, options.max ?? 4, {
      applicationName: options.applicationName ?? 'tenantry',
      statementTimeoutMs: 60_000,
      lockTimeoutMs: 10_000,
    });
  }

  /** A ledger table's qualified, quoted name. */
  table(
    name:
      | 'tenants'
      | 'rollouts'
      | 'runs'
      | 'workers'
      | 'backups'
      | 'audit'
      | 'template_scripts'
      | 'pgmigrations'
      | 'server_budgets'
      | 'run_deferrals',
  ): string {
    return `${escapeIdentifier(this.schema)}.${escapeIdentifier(name)}`;
  }

  /**
   * Fails with one clear line when the server is unreachable or `tenantry init` was never run,
   * or (once per instance) when the config lost a server that registered tenants are on.
   */
  async assertReady(): Promise<void> {
    await assertReachable(this.pool, this.url).catch((error: unknown) => {
      // a control database that does not exist yet is a first run, not an outage
      if ((error as { cause?: { code?: string } }).cause?.code === '3D000') {
        throw new TenantryError(
          'CONTROL_SCHEMA_MISSING',
          `the control database ${describeDatabase(this.url)} does not exist: run \`tenantry init\` (it creates missing databases and the control schema)`,
          { cause: error },
        );
      }
      throw error;
    });
    const { rows } = await this.pool.query<{ ready: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ready', [
      `${escapeIdentifier(this.schema)}.runs`,
    ]);
    if (!rows[0]?.ready) {
      throw new TenantryError(
        'CONTROL_SCHEMA_MISSING',
        `the control schema ${this.schema} does not exist: run \`tenantry init\` first`,
      );
    }
    this.placementsChecked ??= assertPlacementsKnown(this.config, this.pool, this.table('tenants')).catch(
      (error: unknown) => {
        this.placementsChecked = undefined; // asked again next time: the config or the ledger may change
        throw error;
      },
    );
    await this.placementsChecked;
  }

  async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
