import { readHistoryRows } from '../migrator/history-rows.js';
import type { Queryable } from './fingerprint.js';

/**
 * The migrations each schema's own node-pg-migrate table records, in the order they ran, for
 * many schemas in a few queries (one per 200 schemas). Schemas without the table have applied nothing.
 */
export function readHistories(
  client: Queryable,
  schemas: readonly string[],
  table: string,
): Promise<Map<string, string[]>> {
  return readHistoryRows(client, schemas, table);
}
