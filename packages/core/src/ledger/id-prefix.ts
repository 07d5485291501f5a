import { InvalidInput, NotFound } from '../errors.js';
import type { ControlDb } from './control-db.js';

/** The ledger tables whose ids people type: uuids, shown shortened (8 characters) in places. */
export type RecordKind = 'rollout' | 'backup';

const TABLES: Record<RecordKind, 'rollouts' | 'backups'> = { rollout: 'rollouts', backup: 'backups' };
const MIN_PREFIX = 4;

function asUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The whole id of a rollout or backup from any unique prefix of it, git-style: `3f2a9c1e`, the
 * full uuid, with or without dashes. A prefix is a range of uuids, so the lookup uses the
 * primary key. Unknown: NotFound; more than one match: InvalidInput naming the candidates.
 */
export async function resolveIdPrefix(db: ControlDb, kind: RecordKind, input: string): Promise<string> {
  const hex = input.toLowerCase().replaceAll('-', '');
  const shaped = /^[0-9a-f-]+$/i.test(input) && input.length <= 36 && /^[0-9a-f]*$/.test(hex) && hex.length <= 32;
  if (!shaped)
    throw new InvalidInput(
      `${kind} id ${JSON.stringify(input.slice(0, 60))} is not a ${kind} id (an id, or a unique prefix of one)`,
    );
  if (hex.length < MIN_PREFIX)
    throw new InvalidInput(`${kind} id ${JSON.stringify(input)} is too short: give at least ${MIN_PREFIX} characters`);
  const { rows } = await db.pool.query<{ id: string; created_at: Date }>(
    `SELECT id, created_at FROM ${db.table(TABLES[kind])} WHERE id BETWEEN $1::uuid AND $2::uuid ORDER BY created_at DESC, id LIMIT 6`,
    [asUuid(hex.padEnd(32, '0')), asUuid(hex.padEnd(32, 'f'))],
  );
  if (rows.length === 1) return rows[0]!.id;
  if (rows.length === 0) throw new NotFound(`no ${kind} ${input}`);
  const names = rows.slice(0, 5).map((r) => `${r.id} (created ${r.created_at.toISOString()})`);
  throw new InvalidInput(
    `${kind} id ${input} is ambiguous, it starts ${rows.length > 5 ? 'more than 5' : rows.length} ${kind}s: ${names.join(', ')}${rows.length > 5 ? ', ...' : ''}; give more characters`,
  );
}
