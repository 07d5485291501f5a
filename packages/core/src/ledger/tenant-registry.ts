import type { ControlDb } from './control-db.js';

export interface RegisteredTenant {
  platform: string;
  tenant: string;
  createdAt: Date;
}

/** Which tenants exist on which platform. */
export class TenantRegistry {
  constructor(private readonly db: ControlDb) {}

  /** Registers tenants; returns those that were new. */
  async add(platform: string, tenants: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `INSERT INTO ${this.db.table('tenants')} (platform, tenant)
       SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING tenant`,
      [platform, tenants],
    );
    return rows.map((r) => r.tenant);
  }

  async remove(platform: string, tenants: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `DELETE FROM ${this.db.table('tenants')} WHERE platform = $1 AND tenant = ANY($2::text[]) RETURNING tenant`,
      [platform, tenants],
    );
    return rows.map((r) => r.tenant);
  }

  async list(platforms?: readonly string[]): Promise<RegisteredTenant[]> {
    const { rows } = await this.db.pool.query<{ platform: string; tenant: string; created_at: Date }>(
      `SELECT platform, tenant, created_at FROM ${this.db.table('tenants')}
       WHERE $1::text[] IS NULL OR platform = ANY($1::text[])
       ORDER BY platform, tenant`,
      [platforms && platforms.length > 0 ? platforms : null],
    );
    return rows.map((r) => ({ platform: r.platform, tenant: r.tenant, createdAt: r.created_at }));
  }

  /** Tenants of one platform among `tenants` (all of the platform's when `tenants` is empty). */
  async select(platform: string, tenants: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ tenant: string }>(
      `SELECT tenant FROM ${this.db.table('tenants')}
       WHERE platform = $1 AND ($2::text[] IS NULL OR tenant = ANY($2::text[]))
       ORDER BY tenant`,
      [platform, tenants.length > 0 ? tenants : null],
    );
    return rows.map((r) => r.tenant);
  }
}
