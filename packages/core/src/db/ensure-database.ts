import pg from 'pg';
import { clientConfig, isUnreachable, unreachable } from './connect.js';
import { databaseOf, withDatabase } from './connection-string.js';

/**
 * Creates the database a connection string names when it does not exist yet, through the
 * server's `postgres` maintenance database. Returns whether it was created.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client(clientConfig(url));
  probe.on('error', () => {});
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw unreachable(url, error);
  } finally {
    await probe.end().catch(() => {});
  }
  const name = databaseOf(url);
  const admin = new pg.Client(clientConfig(withDatabase(url, 'postgres')));
  admin.on('error', () => {});
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false; // created concurrently
    if (isUnreachable(error)) throw unreachable(url, error);
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }
}
