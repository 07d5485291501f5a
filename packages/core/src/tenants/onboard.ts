import { positionOf, readMigrationSet, type MigrationSet } from '../catalog/migration-set.js';
import { resolveTargets } from '../catalog/targets.js';
import { getPlatform, type TenantryPlatform } from '../config/tenantry-config.js';
import { releaseSession } from '../db/session-state.js';
import { errorMessage } from '../errors.js';
import { parseTenantId } from '../ids.js';
import { KnownVersions } from '../ledger/known-versions.js';
import { TemplateScripts } from '../ledger/template-scripts.js';
import { TenantRegistry } from '../ledger/tenant-registry.js';
import { readCurrentVersions } from '../fleet/live-versions.js';
import { EMPTY_VERSION } from '../types.js';
import type { ReferenceSpec } from '../verification/reference.js';
import { dumpTemplate, type TemplateScript } from '../verification/template-dump.js';
import { dropOlderTemplates, ensureTemplate, templateSchemaName, type Template } from '../verification/template.js';
import { copyTemplate } from './copy-template.js';
import { provisionTenants } from './provision.js';
import { refillSpares, spareSchemaPrefix } from './spares.js';
import type { Labels } from './labels.js';
import { registerTenants, type TenantsContext } from './register.js';

function labelsOf(options: OnboardOptions): { labels?: Labels; server?: string } {
  return {
    ...(options.labels ? { labels: options.labels } : {}),
    ...(options.server !== undefined ? { server: options.server } : {}),
  };
}

export interface OnboardOptions {
  /** TARGET (a release, a migration name, `latest`, `0`); default: the platform's current version */
  at?: string;
  /** labels set on every named tenant, in the registration's transaction */
  labels?: Labels;
  /** the server of the new tenants (default: the platform's placement policy) */
  server?: string;
  /**
   * copies of the version kept ready afterwards for the next tenants (schema mode only; default
   * 1): an onboarding renames a ready one instead of copying, when there is one (tenants/spares.ts)
   */
  spares?: number;
}

export interface OnboardResult {
  platform: string;
  /** the version new tenants were created at ('0': empty schemas) */
  version: string;
  added: string[];
  existing: string[];
  /** how many of the added tenants were a ready spare renamed */
  fromSpares: number;
  /** spares ready for the next onboarding; `spareError`: why making them, or dropping older templates, failed (the registration stands) */
  sparesReady: number;
  spareError?: string;
}

/**
 * Templates this process checked and dumped, by platform database and template: a long-lived API
 * caller checks and dumps each once (a template is named after the files' checksums, so it
 * cannot go stale; each copy is still checked against the fingerprint read here).
 */
const prepared = new Map<string, Promise<{ template: Template; script: TemplateScript }>>();

/**
 * The version a platform's new tenant starts at: the newest any registered tenant has reached
 * (tenants mid-rollout are on their way there), '0' when it has no tenant or none has migrated.
 * The ledger's known versions answer for most of the fleet in one statement (its distinct
 * versions); only the tenants whose version it does not know (a run under way, a failure) are
 * read from their own history tables. An onboarding does not read a 50,000-tenant fleet.
 */
export async function currentPlatformVersion(
  ctx: TenantsContext,
  platform: Readonly<TenantryPlatform>,
  set: MigrationSet,
): Promise<string> {
  const { known, unknown } = await new KnownVersions(ctx.control).distinct(platform.id);
  const versions = [...known];
  if (unknown.length > 0) {
    const live = await readCurrentVersions(
      ctx.config,
      ctx.pools,
      unknown.map(({ tenant, serverId }) => ({ platform: platform.id, tenant, serverId, scope: 'tenant' as const })),
    );
    versions.push(...live.values());
  }
  let newest = 0;
  for (const version of versions) newest = Math.max(newest, positionOf(set, version) ?? 0);
  return newest === 0 ? EMPTY_VERSION : set.migrations[newest - 1]!.name;
}

/**
 * The template of a version and its script, on a session of the platform database (built there
 * when missing: the one replay of the history, paid once per version and file contents).
 */
function prepareCopy(
  ctx: TenantsContext,
  spec: ReferenceSpec,
  platform: Readonly<TenantryPlatform>,
): Promise<{ template: Template; script: TemplateScript }> {
  const key = `${platform.databaseUrl}\u0000${templateSchemaName(spec)}`;
  let ready = prepared.get(key);
  if (!ready) {
    ready = (async () => {
      const session = await ctx.pools.acquire(platform.databaseUrl);
      let broken = false;
      try {
        const template = await ensureTemplate(session, spec);
        // dumped once per template and content, then read from the ledger by every later process
        const scripts = new TemplateScripts(ctx.control);
        const location = await TemplateScripts.locationOf(session);
        const kept = await scripts.read(location, template);
        if (kept) return { template, script: kept };
        const script = await dumpTemplate(session, platform.databaseUrl, template, ctx.config.backup.binDir);
        await scripts.write(location, template, script);
        return { template, script };
      } catch (error) {
        broken = true;
        throw error;
      } finally {
        releaseSession(session, broken);
      }
    })();
    prepared.set(key, ready);
    ready.catch(() => prepared.delete(key));
  }
  return ready;
}

/**
 * Registers tenants at a version: at '0' as `registerTenants` does (empty schemas); otherwise
 * each new tenant's schema is a copy of the version's template (tenants/copy-template.ts),
 * checked against it before the registration commits. Tenants already registered are left as
 * they are. The history is replayed only to build the template, once per version.
 */
export async function onboardTenants(
  ctx: TenantsContext,
  platformId: string,
  ids: readonly string[],
  options: OnboardOptions = {},
): Promise<OnboardResult> {
  const platform = getPlatform(ctx.config, platformId);
  for (const id of ids) parseTenantId(id); // bad input is refused before any template is built
  const set = readMigrationSet(platform.tenantMigrationsDir);
  const version =
    options.at !== undefined
      ? resolveTargets(ctx.config, options.at, [platform.id])[0]!.version
      : await currentPlatformVersion(ctx, platform, set);
  // nothing new to create (or nothing to copy): registration as it always was, no template
  const known = new Set(await new TenantRegistry(ctx.control).select(platform.id, ids));
  if (version === EMPTY_VERSION || ids.every((id) => known.has(id)))
    return {
      platform: platform.id,
      version,
      fromSpares: 0,
      sparesReady: 0,
      ...(await registerTenants(ctx, platform.id, ids, labelsOf(options))),
    };

  const spec: ReferenceSpec = {
    platform: platform.id,
    set,
    version,
    migrationsTable: platform.migrationsTable,
    buildTimeoutMs: platform.buildTimeoutMs,
  };
  const { template, script } = await prepareCopy(ctx, spec, platform);
  // spares live in the template's database: only tenants of that database (schema mode) use them
  // (tenants placed on another server find no spare there and get the script: copy-template.ts)
  const schemaMode = !platform.databasePerTenant;
  const spares = schemaMode ? (options.spares ?? 1) : 0;
  let fromSpares = 0;
  const result = await registerTenants(ctx, platform.id, ids, {
    ...labelsOf(options),
    provision: async (locations, added) => {
      const isNew = new Set(added);
      await provisionTenants(
        ctx.pools,
        locations.filter((l) => !isNew.has(l.tenant)),
      );
      ({ fromSpares } = await copyTemplate(
        ctx.pools,
        template,
        script,
        locations.filter((l) => isNew.has(l.tenant)),
        { spares: schemaMode },
      ));
    },
  });
  // after the registration committed: the tenants are there whatever happens here
  const { sparesReady, spareError } = await tidyAfter(ctx, platform, spec, template, script, spares);
  return { platform: platform.id, version, ...result, fromSpares, sparesReady, ...(spareError ? { spareError } : {}) };
}

/**
 * What follows an onboarding, off its critical path: copies made ready for the next tenants, and
 * the templates (with their spares) of the versions onboarding has moved past dropped. A failure
 * here is reported, never thrown: the registration stands.
 */
async function tidyAfter(
  ctx: TenantsContext,
  platform: Readonly<TenantryPlatform>,
  spec: ReferenceSpec,
  template: Template,
  script: TemplateScript,
  spares: number,
): Promise<{ sparesReady: number; spareError?: string }> {
  try {
    const sparesReady = await refillSpares(ctx.pools, platform.databaseUrl, template, script, spares);
    const session = await ctx.pools.acquire(platform.databaseUrl);
    try {
      await dropOlderTemplates(session, template, spec, spareSchemaPrefix);
    } finally {
      releaseSession(session, false);
    }
    return { sparesReady };
  } catch (error) {
    return { sparesReady: 0, spareError: errorMessage(error).split('\n')[0] };
  }
}
