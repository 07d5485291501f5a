import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type z } from 'zod';
import { ConfigError } from '../errors.js';
import { interpolateEnv } from './interpolate.js';
import { configSchema, type PlatformConfig, type ServerConfig } from './schema.js';
import { DEFAULT_SERVER, type TenantryConfig, type TenantryPlatform } from './tenantry-config.js';
import { assertOneOwnerPerLocation } from '../tenants/ownership.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

function formatIssue(issue: z.core.$ZodIssue, all: readonly z.core.$ZodIssue[]): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code !== 'unrecognized_keys') return `${where}: ${issue.message}`;
  // a misspelt key also leaves the real one missing: name the real one beside the typo
  const parent = issue.path.join('.');
  const missing = all
    .filter((i) => i.code === 'invalid_type' && i.input === undefined && i.path.slice(0, -1).join('.') === parent)
    .map((i) => String(i.path.at(-1)));
  const keys = issue.keys.map((key) => {
    const near = missing.find((m) => editDistance(m, key) <= 2);
    return `"${key}"${near ? ` (did you mean "${near}"?)` : ''}`;
  });
  return `${where}: unknown key${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
}

/** Levenshtein distance, for "did you mean" on short config keys. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Unknown keys first: a typo (`platfroms`) is the cause of the "required" issue it also makes. */
function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  return issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
}

/**
 * JSON has no comments: keys `$comment` (or starting with it: `$comment-queue`) and `$schema` are
 * notes for people and editors, removed at any depth before validation. No id, release or setting
 * starts with `$`, so nothing else can be one; any other unknown key stays an error.
 */
export function isCommentKey(key: string): boolean {
  return key === '$schema' || key.startsWith('$comment');
}

function withoutComments(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value; // depth: interpolateEnv names the problem
  if (Array.isArray(value)) return value.map((item) => withoutComments(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isCommentKey(key))
      .map(([key, item]) => [key, withoutComments(item, depth + 1)]),
  );
}

/** TLS files are relative to the config file; PEM text given inline (from `${ENV}`) stays as it is. */
function resolvePemPaths<T extends { ca?: string | undefined; cert?: string | undefined; key?: string | undefined }>(
  tls: T,
  baseDir: string,
): T {
  const resolve = (value: string | undefined) =>
    value === undefined || value.startsWith('-----BEGIN') ? value : path.resolve(baseDir, value);
  return { ...tls, ca: resolve(tls.ca), cert: resolve(tls.cert), key: resolve(tls.key) };
}

/** A platform's servers: as given, or the one implicit server of a single-URL config. */
function normalizedServers(platform: PlatformConfig): Record<string, ServerConfig> {
  const servers = Object.create(null) as Record<string, ServerConfig>;
  if (platform.servers) return Object.assign(servers, platform.servers);
  servers[DEFAULT_SERVER] =
    platform.tenantDatabaseUrl === undefined
      ? { databaseUrl: platform.databaseUrl }
      : { tenantDatabaseUrl: platform.tenantDatabaseUrl };
  return servers;
}

/** Validates an already-parsed config object. `baseDir` resolves relative paths. */
export function parseConfig(
  raw: unknown,
  options: { baseDir: string; env?: Readonly<Record<string, string | undefined>>; file?: string },
): TenantryConfig {
  const interpolated = interpolateEnv(withoutComments(raw), options.env ?? {});
  const result = configSchema.safeParse(interpolated);
  if (!result.success) {
    const issues = result.error.issues;
    const first = firstIssue(issues);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new ConfigError(
      `invalid config${options.file ? ` ${options.file}` : ''}: ${first ? formatIssue(first, issues) : 'unknown problem'}${more}`,
    );
  }
  const parsed = result.data;
  // no prototype: a platform id from input (`constructor`, `toString`) must not find Object's members
  const platforms: Record<string, TenantryPlatform> = Object.create(null) as Record<string, TenantryPlatform>;
  for (const [id, platform] of Object.entries(parsed.platforms)) {
    const servers = normalizedServers(platform);
    platforms[id] = {
      ...platform,
      id,
      servers,
      serverOrder: Object.keys(servers),
      databasePerTenant: Object.values(servers).some((s) => s.tenantDatabaseUrl !== undefined),
      tenantMigrationsDir: path.resolve(options.baseDir, platform.migrations.tenant),
      sharedMigrationsDir: platform.migrations.shared
        ? path.resolve(options.baseDir, platform.migrations.shared)
        : undefined,
    };
  }
  for (const [release, targets] of Object.entries(parsed.releases)) {
    for (const platform of Object.keys(targets)) {
      if (!platforms[platform])
        throw new ConfigError(`invalid config: releases.${release} names unknown platform ${platform}`);
    }
  }
  assertOneOwnerPerLocation(Object.values(platforms));
  return deepFreeze({
    ...parsed,
    file: options.file,
    platforms,
    platformOrder: Object.keys(platforms),
    backup: { ...parsed.backup, dir: path.resolve(options.baseDir, parsed.backup.dir) },
    redis: parsed.redis && {
      ...parsed.redis,
      tls: parsed.redis.tls && resolvePemPaths(parsed.redis.tls, options.baseDir),
    },
  });
}

/** Reads, interpolates and validates a config file. Errors are one line and exit 2. */
export function loadConfig(file: string, env: Readonly<Record<string, string | undefined>>): TenantryConfig {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `config file ${file} not found (pass --config FILE or set TENANTRY_CONFIG)`
        : `cannot read config file ${file}: ${code ?? 'error'}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(raw, { baseDir: path.dirname(absolute), env, file });
}
