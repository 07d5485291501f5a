import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { connectClient, escapeIdentifier } from '../db/connect.js';
import { withDatabase } from '../db/connection-string.js';
import { describeDatabase } from '../db/redact.js';
import { TenantryError, errorMessage } from '../errors.js';

export interface ScratchDatabase {
  name: string;
  client: pg.Client;
  /** drops the database (WITH FORCE) and closes the connections; never throws */
  drop(): Promise<void>;
}

/**
 * A throwaway database on the server `url` points at, for round trips on a real server:
 * `tenantry_validate_<random>`, created through `url`'s own database and dropped afterwards.
 * An unreachable server is ServiceUnreachable (exit 2); a role that may not create databases is
 * a clear error (exit 2) too.
 */
export async function createScratchDatabase(url: string): Promise<ScratchDatabase> {
  const admin = await connectClient(url, { applicationName: 'tenantry validate' });
  const name = `tenantry_validate_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  } catch (error) {
    await admin.end().catch(() => {});
    throw new TenantryError(
      'SCRATCH_DATABASE_FAILED',
      `cannot create a throwaway database on ${describeDatabase(url)}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  let client: pg.Client;
  try {
    client = await connectClient(withDatabase(url, name), { applicationName: 'tenantry validate', lockTimeoutMs: 0 });
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)}`).catch(() => {});
    await admin.end().catch(() => {});
    throw error;
  }
  return {
    name,
    client,
    drop: async () => {
      await client.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    },
  };
}
