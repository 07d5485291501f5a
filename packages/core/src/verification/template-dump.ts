import { assertDumpable, connectionArgs, pgDumpMajor, runTool } from '../backups/pg-tools.js';
import type { Queryable } from './fingerprint.js';
import type { Template } from './template.js';

/**
 * A template as SQL: pg_dump of its schema (definitions, privileges, comments, and every row,
 * the history table's and the seed rows migrations inserted, with sequence positions) in plain
 * text, turned into a script that recreates it under another schema name. The template's name
 * (`tenantry_ref_at_<16 hex>`) is found nowhere else, so renaming is a plain replacement of that
 * name, in definitions, defaults (`nextval('…'::regclass)`) and privileges alike.
 */
export interface TemplateScript {
  template: string;
  /** the script, with the template's name still in it */
  text: string;
}

/** Header settings of a dump that would lift the session's own guards: left out. */
const DROPPED_HEADER = /^SET (?:statement_timeout|lock_timeout|idle_in_transaction_session_timeout) = .*;$/;

/**
 * Dumps the template (pg_dump of `binDir`, as backups use it; a pg_dump older than the server is
 * refused up front) into a script: psql's `\restrict` lines, the schema's own creation and its
 * stamp are left out, and the header's timeouts with them.
 */
export async function dumpTemplate(
  client: Queryable,
  databaseUrl: string,
  template: Template,
  binDir?: string,
): Promise<TemplateScript> {
  const { rows } = await client.query("SELECT current_setting('server_version_num')::int AS num");
  assertDumpable(await pgDumpMajor(binDir), Number(rows[0]?.num), `the template ${template.schema}`);
  const { args, env } = connectionArgs(databaseUrl);
  const dump = await runTool(
    binDir,
    'pg_dump',
    [...args, '--schema', template.schema, '--no-owner', '--rows-per-insert', '1000'],
    env,
  );
  const start = dump.indexOf(`\nCREATE SCHEMA ${template.schema};\n`);
  if (start < 0) throw new Error(`pg_dump of ${template.schema} has no CREATE SCHEMA`);
  const restrict = /^\\restrict (\S+)$/m.exec(dump.slice(0, start));
  const header = dump
    .slice(0, start)
    .split('\n')
    .filter((line) => !line.startsWith('\\restrict') && !DROPPED_HEADER.test(line))
    .join('\n');
  const body = dump
    .slice(start)
    .replace(`\nCREATE SCHEMA ${template.schema};\n`, '\n')
    .replace(new RegExp(`^COMMENT ON SCHEMA ${template.schema} IS '[^'\\n]*';$`, 'm'), '')
    .replace(restrict ? `\n\\unrestrict ${restrict[1]}\n` : '\u0000', '\n');
  return { template: template.schema, text: `${header}\n${body}` };
}

/** The script for `schema`, named as the server writes it (`quoted` from quote_ident). */
export function scriptFor(script: TemplateScript, quoted: string): string {
  return script.text.replaceAll(script.template, quoted);
}
