import type pg from 'pg';
import { escapeIdentifier } from '../db/connect.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { releaseSession } from '../db/session-state.js';
import { InvalidInput, TenantLockBusy, TenantryError, errorMessage } from '../errors.js';
import { tenantLockKey } from '../locks/tenant-lock.js';
import { describeDifference, diffFingerprints } from '../verification/diff.js';
import { fingerprintSchemas } from '../verification/fingerprint.js';
import { readHistoryRows } from '../migrator/history-rows.js';
import { scriptFor, type TemplateScript } from '../verification/template-dump.js';
import type { Template } from '../verification/template.js';
import type { TenantLocation } from './location.js';
import { claimSpare } from './spares.js';

/** A new tenant's copy of its version's template failed, or differs from it: everything was rolled back. */
export class OnboardingFailed extends TenantryError {
  constructor(
    readonly platform: string,
    readonly tenant: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super('ONBOARDING_FAILED', message, options);
  }
}

interface OpenCopy {
  client: pg.PoolClient;
  /** a script ran on it: its settings must not reach another caller */
  scripted: boolean;
  /** spares renamed in its transaction */
  spares: string[];
}

/**
 * Creates tenants' schemas as copies of a template: per database, one session and one
 * transaction holding each tenant's run lock (so no run or other registration touches it
 * meanwhile), the script replayed once per tenant, history rows stamped with this moment, then
 * every copy fingerprinted and its history read, against the template's. Nothing is committed
 * until every copy of every database matches; any difference or failure rolls all of them back.
 * A schema that already holds objects is refused (exit 2): that is `tenants adopt`'s work.
 * With `spares` (tenants in the template's own database), a ready spare is renamed instead of
 * running the script, when there is one.
 */
export async function copyTemplate(
  pools: PoolRegistry,
  template: Template,
  script: TemplateScript,
  locations: readonly TenantLocation[],
  options: { spares?: boolean } = {},
): Promise<{ fromSpares: number }> {
  const byDatabase = new Map<string, TenantLocation[]>();
  for (const location of locations)
    byDatabase.set(location.databaseUrl, [...(byDatabase.get(location.databaseUrl) ?? []), location]);
  const open: OpenCopy[] = [];
  try {
    for (const [url, group] of byDatabase) {
      const client = await pools.acquire(url);
      const copy: OpenCopy = { client, scripted: false, spares: [] };
      open.push(copy);
      await client.query('BEGIN');
      for (const location of group) {
        const spare = await copyOne(client, template, script, location, options.spares === true);
        if (spare) copy.spares.push(spare);
        else copy.scripted = true;
      }
      await checkCopies(client, template, group);
    }
    for (const copy of open) await copy.client.query('COMMIT');
    return { fromSpares: open.reduce((n, copy) => n + copy.spares.length, 0) };
  } catch (error) {
    for (const copy of open) {
      copy.scripted = true; // whatever ran, the session is closed
      await copy.client.query('ROLLBACK').catch(() => {});
      // a spare that took part in a failed copy may be what failed it: it is not offered again
      for (const spare of copy.spares)
        await copy.client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(spare)} CASCADE`).catch(() => {});
    }
    throw error;
  } finally {
    // the dump's session settings (search_path, check_function_bodies, …) must not reach another caller
    for (const copy of open) releaseSession(copy.client, copy.scripted);
  }
}

/** Creates one tenant's schema; returns the spare renamed into it, if one was. */
async function copyOne(
  client: pg.PoolClient,
  template: Template,
  script: TemplateScript,
  location: TenantLocation,
  spares: boolean,
): Promise<string | undefined> {
  const [namespace, key] = tenantLockKey(location.platform, location.tenant);
  const { rows } = await client.query<{ locked: boolean; quoted: string; objects: boolean | null }>(
    `SELECT pg_try_advisory_xact_lock($1, $2) AS locked, quote_ident($3) AS quoted,
            (SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE relnamespace = n.oid)
                 OR EXISTS (SELECT 1 FROM pg_catalog.pg_type WHERE typnamespace = n.oid)
                 OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc WHERE pronamespace = n.oid)
             FROM pg_catalog.pg_namespace n WHERE n.nspname = $3) AS objects`,
    [namespace, key, location.schema],
  );
  const row = rows[0]!;
  if (!row.locked) throw new TenantLockBusy(location.platform, location.tenant);
  if (row.objects === true) {
    throw new InvalidInput(
      `schema ${location.schema} of tenant ${location.tenant} on ${location.platform} already holds objects: register it with \`tenantry tenants adopt ${location.platform} ${location.tenant}\`, or drop it first`,
    );
  }
  const schema = escapeIdentifier(location.schema);
  const history = `${schema}.${escapeIdentifier(location.migrationsTable)}`;
  const spare = spares ? await claimSpare(client, template) : undefined;
  const text = [
    row.objects === false ? `DROP SCHEMA ${schema};` : '',
    spare
      ? `ALTER SCHEMA ${escapeIdentifier(spare)} RENAME TO ${schema};`
      : `CREATE SCHEMA ${schema};\n${scriptFor(script, row.quoted)}`,
    // the history says when this tenant got its migrations: now, in the template's order (ids kept)
    `;\nUPDATE ${history} SET run_on = now();`,
  ].join('\n');
  try {
    await client.query(text);
    return spare;
  } catch (error) {
    throw new OnboardingFailed(
      location.platform,
      location.tenant,
      `cannot create tenant ${location.tenant} of ${location.platform} at ${template.version} from its reference: ${errorMessage(error).split('\n')[0]}; nothing was registered`,
      { cause: error },
    );
  }
}

/** Every copy of one database against the template: fingerprint and history, in a few catalog queries. */
async function checkCopies(
  client: pg.PoolClient,
  template: Template,
  locations: readonly TenantLocation[],
): Promise<void> {
  const table = locations[0]!.migrationsTable;
  const schemas = locations.map((l) => l.schema);
  const live = await fingerprintSchemas(client, schemas, { migrationsTable: table });
  const histories = await readHistoryRows(client, schemas, table);
  for (const location of locations) {
    const differences = diffFingerprints(template.fingerprint, live.get(location.schema)!).map(describeDifference);
    const history = histories.get(location.schema) ?? [];
    if (history.join('\n') !== template.history.join('\n'))
      differences.unshift(`history ${table}: ${history.length} row(s), the reference has ${template.history.length}`);
    if (differences.length > 0) {
      const more = differences.length > 3 ? ` (and ${differences.length - 3} more)` : '';
      throw new OnboardingFailed(
        location.platform,
        location.tenant,
        `tenant ${location.tenant} of ${location.platform}: its copy differs from the reference at ${template.version}: ${differences.slice(0, 3).join('; ')}${more}; rolled back, nothing was registered`,
      );
    }
  }
}
