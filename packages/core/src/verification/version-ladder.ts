import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { escapeIdentifier } from '../db/connect.js';
import { EMPTY_VERSION } from '../types.js';
import { fingerprintSchema, makeFingerprint, type SchemaFingerprint } from './fingerprint.js';
import { REFERENCE_SCHEMA_PREFIX, migrateSchema, referenceKey, type ReferenceSpec } from './reference.js';

/** The reference of every version of a set, oldest ('0') first. */
export interface VersionLadder {
  platform: string;
  rungs: Array<{ version: string; fingerprint: SchemaFingerprint }>;
}

const ladders = new Map<string, Promise<VersionLadder>>();

/**
 * The references of every version up to `spec.version`, built in one scratch schema migrated one
 * step at a time and fingerprinted after each step: the history is replayed once, not once per
 * version. Cached for the process by the files' checksums (a failed build is not kept); the
 * scratch schema is dropped whatever happens.
 */
export function versionLadder(client: pg.ClientBase, spec: ReferenceSpec): Promise<VersionLadder> {
  const key = referenceKey(spec);
  let ladder = ladders.get(key);
  if (!ladder) {
    ladder = climb(client, spec);
    ladders.set(key, ladder);
    ladder.catch(() => ladders.delete(key));
  }
  return ladder;
}

async function climb(client: pg.ClientBase, spec: ReferenceSpec): Promise<VersionLadder> {
  const top = spec.version === EMPTY_VERSION ? 0 : (spec.set.positions.get(spec.version) ?? 0);
  const schema = `${REFERENCE_SCHEMA_PREFIX}${randomBytes(6).toString('hex')}`;
  const rungs: VersionLadder['rungs'] = [{ version: EMPTY_VERSION, fingerprint: makeFingerprint(schema, new Map()) }];
  try {
    for (let position = 1; position <= top; position++) {
      const version = spec.set.migrations[position - 1]!.name;
      await migrateSchema(client, { ...spec, version }, schema, 1);
      rungs.push({
        version,
        fingerprint: await fingerprintSchema(client, schema, { migrationsTable: spec.migrationsTable }),
      });
    }
    return { platform: spec.platform, rungs };
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`).catch(() => {});
  }
}
