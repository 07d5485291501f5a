import { escapeIdentifier, escapeLiteral } from '../db/connect.js';
import type { TenantLocation } from '../tenants/location.js';

/**
 * A tenant's migration history: node-pg-migrate's own table (`pgmigrations` by default), created
 * and written the way its runner does, so a tenant migrated by Tenantry and one migrated by the
 * runner stay interchangeable. Read by tenant-version.ts.
 */
export class HistoryTable {
  /** the table, schema-qualified and quoted */
  readonly name: string;

  constructor(location: Pick<TenantLocation, 'schema' | 'migrationsTable'>) {
    this.name = `${escapeIdentifier(location.schema)}.${escapeIdentifier(location.migrationsTable)}`;
  }

  /** The runner's definition of the table, for a tenant's first migration. */
  createSql(): string {
    return `CREATE TABLE IF NOT EXISTS ${this.name} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);`;
  }

  /** Records a migration as applied (up) or removes it (down). */
  markSql(direction: 'up' | 'down', migration: string): string {
    return direction === 'up'
      ? `INSERT INTO ${this.name} (name, run_on) VALUES (${escapeLiteral(migration)}, NOW());`
      : `DELETE FROM ${this.name} WHERE name = ${escapeLiteral(migration)};`;
  }
}
