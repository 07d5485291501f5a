import { parse } from 'pg-connection-string';
import { ConfigError } from '../errors.js';
import { parseTenantId } from '../ids.js';
import type { TenantryPlatform } from '../config/tenantry-config.js';
import { locateTenant } from './location.js';

/**
 * One owner per location, as far as the config alone can tell: every tenant of a platform in a
 * schema (or database) of its own, and no two platforms resolving one tenant to the same
 * (database, schema). What only a registration can tell (another tenant's schema, a server
 * reached by two names) the ledger refuses, by its unique constraint on recorded locations.
 */

/** Tenant ids the templates are tried with: two, so a template that ignores the id shows. */
const SAMPLES = ['acme', 'globex'].map((id) => parseTenantId(id));

/** The server and database a connection string names, as written (loopback names and socket directories are one server). */
export function databaseKey(url: string): string {
  const parsed = parse(url);
  const raw = (parsed.host ?? '').toLowerCase().replace(/^\[|\]$/g, '');
  const local = raw === '' || raw.startsWith('/') || raw === 'localhost' || raw === '::1' || /^127\./.test(raw);
  const host = local ? 'localhost' : raw;
  return `${host}:${parsed.port || '5432'}/${parsed.database || parsed.user || ''}`;
}

interface Owner {
  what: string;
  database: string;
  schema: string;
}

function tenantOwner(platform: Readonly<TenantryPlatform>, tenant: string, serverId: string): Owner {
  const location = locateTenant(platform, parseTenantId(tenant), serverId);
  return {
    what: `tenant ${tenant} of platform ${platform.id}`,
    database: databaseKey(location.databaseUrl),
    schema: location.schema,
  };
}

/** Refuses (ConfigError, exit 2) a config that gives two owners one location, naming both. */
export function assertOneOwnerPerLocation(platforms: ReadonlyArray<Readonly<TenantryPlatform>>): void {
  for (const platform of platforms) {
    const field = platform.databasePerTenant ? 'tenantDatabaseUrl' : 'tenantSchema';
    for (const serverId of platform.serverOrder) {
      const [a, b] = SAMPLES.map((t) => tenantOwner(platform, t, serverId)) as [Owner, Owner];
      if (a.database === b.database && a.schema === b.schema) {
        throw new ConfigError(
          `invalid config: platforms.${platform.id}.${field} puts ${a.what} and ${b.what.replace(` of platform ${platform.id}`, '')} in one location (schema ${a.schema} of database ${a.database}): ` +
            (platform.databasePerTenant
              ? 'put {tenant} in the database name of tenantDatabaseUrl'
              : 'tenantSchema needs {tenant} (like tenant_{tenant}), or give each tenant a database with tenantDatabaseUrl'),
        );
      }
    }
    // two server ids naming one database would be one server counted twice (placement, budgets)
    for (let i = 0; i < platform.serverOrder.length; i++) {
      for (let j = i + 1; j < platform.serverOrder.length; j++) {
        const [s, t] = [platform.serverOrder[i]!, platform.serverOrder[j]!];
        const [a, b] = [tenantOwner(platform, 'acme', s), tenantOwner(platform, 'acme', t)];
        if (a.database === b.database) {
          throw new ConfigError(
            `invalid config: servers ${s} and ${t} of platform ${platform.id} both name database ${a.database}: one server, one id`,
          );
        }
      }
    }
  }
  for (let i = 0; i < platforms.length; i++) {
    for (let j = i + 1; j < platforms.length; j++) {
      const [p, q] = [platforms[i]!, platforms[j]!];
      for (const tenant of SAMPLES) {
        for (const ps of p.serverOrder) {
          for (const qs of q.serverOrder) {
            const [a, b] = [tenantOwner(p, tenant, ps), tenantOwner(q, tenant, qs)];
            if (a.database === b.database && a.schema === b.schema) {
              throw new ConfigError(
                `invalid config: platforms ${p.id} and ${q.id} both put tenant ${tenant} in schema ${a.schema} of database ${a.database}: give one of them its own database or tenantSchema`,
              );
            }
          }
        }
      }
      const shared = (x: Readonly<TenantryPlatform>) => x.sharedMigrationsDir !== undefined;
      if (
        shared(p) &&
        shared(q) &&
        databaseKey(p.databaseUrl) === databaseKey(q.databaseUrl) &&
        p.sharedSchema === q.sharedSchema
      ) {
        throw new ConfigError(
          `invalid config: platforms ${p.id} and ${q.id} both keep their shared migrations in schema ${p.sharedSchema} of database ${databaseKey(p.databaseUrl)}: give one of them its own sharedSchema`,
        );
      }
    }
  }
}
