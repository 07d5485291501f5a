import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { escapeIdentifier } from '../db/connect.js';
import type { PoolRegistry } from '../db/pool-registry.js';
import { releaseSession } from '../db/session-state.js';
import { LOCK_NAMESPACE, lockKey } from '../locks/keys.js';
import { scriptFor, type TemplateScript } from '../verification/template-dump.js';
import { TEMPLATE_SCHEMA_PREFIX, type Template } from '../verification/template.js';

/**
 * Spares: copies of a version's template made ahead of time in the platform database
 * (`tenantry_ref_spare_<template hash>_<random>`), so that a new tenant of a schema-mode platform
 * is a rename of one (`ALTER SCHEMA … RENAME`: a catalog update, whatever the schema holds)
 * instead of a copy. A spare is a copy like any other; it is checked like any other once it
 * carries the tenant's name (copy-template.ts). Spares of a version nobody onboards at any more
 * are only schemas: dropping them is harmless.
 */
export const SPARE_SCHEMA_PREFIX = 'tenantry_ref_spare_';

/** What the names of a template's spares start with. */
export function spareSchemaPrefix(template: string): string {
  return `${SPARE_SCHEMA_PREFIX}${template.slice(TEMPLATE_SCHEMA_PREFIX.length)}_`;
}

function sparePrefix(template: Template): string {
  return spareSchemaPrefix(template.schema);
}

async function spareNames(client: pg.ClientBase, template: Template): Promise<string[]> {
  const { rows } = await client.query<{ nspname: string }>(
    'SELECT nspname FROM pg_catalog.pg_namespace WHERE left(nspname, length($1)) = $1 ORDER BY nspname',
    [sparePrefix(template)],
  );
  return rows.map((r) => r.nspname);
}

/**
 * Takes one spare of the template, on a transaction of the caller's: the first spare whose claim
 * lock is free and that still exists. Undefined when there is none.
 */
export async function claimSpare(client: pg.ClientBase, template: Template): Promise<string | undefined> {
  for (const name of await spareNames(client, template)) {
    const { rows } = await client.query<{ claimed: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1, $2) AND pg_catalog.to_regnamespace($3) IS NOT NULL AS claimed',
      [LOCK_NAMESPACE.templateBuild, lockKey(name), name],
    );
    if (rows[0]?.claimed === true) return name;
  }
  return undefined;
}

/**
 * Makes spares of the template until `count` are ready, each in a transaction of its own, on a
 * session of the platform database that is closed afterwards (the script's settings stay out of
 * the pool). Returns how many are ready.
 */
export async function refillSpares(
  pools: PoolRegistry,
  databaseUrl: string,
  template: Template,
  script: TemplateScript,
  count: number,
): Promise<number> {
  if (count <= 0) return 0;
  const client = await pools.acquire(databaseUrl);
  try {
    let ready = (await spareNames(client, template)).length;
    for (; ready < count; ready++) {
      const name = `${sparePrefix(template)}${randomBytes(6).toString('hex')}`;
      await client.query('BEGIN');
      try {
        await client.query(`CREATE SCHEMA ${escapeIdentifier(name)};\n${scriptFor(script, name)}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }
    return ready;
  } finally {
    releaseSession(client, true);
  }
}
