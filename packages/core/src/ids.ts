import { InvalidInput } from './errors.js';

/**
 * The single allow-list for identifiers, used by the CLI, the API, the config and job data read
 * back from Redis. Ids are lower-case ASCII letters, digits and `_`, so they are safe in schema
 * names, advisory-lock keys, BullMQ job ids (no `:`) and file names. They are still quoted with
 * `escapeIdentifier` whenever they reach SQL.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_]*$/;
export const MAX_ID_LENGTH = 48;
/** PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1). */
export const MAX_IDENTIFIER_BYTES = 63;

/**
 * Migration names (file names without extension): what node-pg-migrate accepts (a number first;
 * `1700000000002-dash-name`, `20230101000000000_x`, `0001`), in ASCII letters, digits and
 * `_ . - + @ = , ~`: nothing a shell, SQL, a job id or a terminal could misread (no spaces,
 * quotes, slashes, colons, look-alike or control characters).
 */
export const MIGRATION_NAME_PATTERN = /^\d+[A-Za-z0-9_.+@=,~-]*$/;
/** node-pg-migrate's history column is varchar(255). */
export const MAX_MIGRATION_NAME_LENGTH = 255;

export type TenantId = string & { readonly __brand: 'TenantId' };
export type PlatformId = string & { readonly __brand: 'PlatformId' };

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(shown);
}

function parseId(kind: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidInput(`${kind} id must be a non-empty string`);
  }
  if (value.length > MAX_ID_LENGTH) {
    throw new InvalidInput(`${kind} id ${describe(value)} is longer than ${MAX_ID_LENGTH} characters`);
  }
  if (!ID_PATTERN.test(value)) {
    throw new InvalidInput(
      `${kind} id ${describe(value)} is not allowed: use lower-case letters, digits and _ (starting with a letter or digit)`,
    );
  }
  return value;
}

export function parseTenantId(value: unknown): TenantId {
  return parseId('tenant', value) as TenantId;
}

export function parsePlatformId(value: unknown): PlatformId {
  return parseId('platform', value) as PlatformId;
}

export function isValidId(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

export function parseMigrationName(value: unknown): string {
  if (typeof value !== 'string' || !MIGRATION_NAME_PATTERN.test(value) || value.length > MAX_MIGRATION_NAME_LENGTH) {
    throw new InvalidInput(
      `migration name ${describe(value)} is not a migration name (a number, then letters, digits and _ . - + @ = , ~)`,
    );
  }
  return value;
}

/**
 * The schema name a tenant lives in, from the platform's template (`tenant_{tenant}`).
 * Checked here, before anything reaches node-pg-migrate, which pastes it into SQL unquoted in
 * places, and against PostgreSQL's 63-byte limit, past which names are silently truncated
 * (two tenants would share a schema).
 */
export function tenantSchemaName(template: string, tenant: TenantId): string {
  const schema = template.replaceAll('{tenant}', tenant);
  if (Buffer.byteLength(schema) > MAX_IDENTIFIER_BYTES) {
    throw new InvalidInput(
      `tenant id ${describe(tenant)} makes schema name ${describe(schema)} longer than PostgreSQL's ${MAX_IDENTIFIER_BYTES}-byte limit`,
    );
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(schema) || schema.startsWith('pg_')) {
    throw new InvalidInput(`schema name ${describe(schema)} for tenant ${describe(tenant)} is not allowed`);
  }
  return schema;
}
