import type { Queryable } from '../verification/fingerprint.js';
import type { Template } from '../verification/template.js';
import type { TemplateScript } from '../verification/template-dump.js';
import type { ControlDb } from './control-db.js';

/**
 * The ledger's copy of each onboarding template's script (dumped once per template and content,
 * not once per `tenants add`: a pg_dump reads the whole catalog of its database). A script is
 * found by the template's database, name and fingerprint: a template rebuilt with other content
 * has another fingerprint, so a stale script is never used; each copy is still checked against
 * the template before it commits.
 */
export class TemplateScripts {
  constructor(private readonly db: ControlDb) {}

  /** The template's database as the server names it (server:database), read on a session of it. */
  static async locationOf(session: Queryable): Promise<string> {
    const { rows } = await session.query(
      `SELECT (SELECT system_identifier::text FROM pg_control_system()) || ':' || current_setting('port') || ':' || current_database() AS location`,
    );
    return String(rows[0]?.location);
  }

  async read(location: string, template: Template): Promise<TemplateScript | undefined> {
    const { rows } = await this.db.pool.query<{ script: string }>(
      `SELECT script FROM ${this.db.table('template_scripts')} WHERE location = $1 AND template = $2 AND fingerprint = $3`,
      [location, template.schema, template.fingerprint.hash],
    );
    return rows[0] ? { template: template.schema, text: rows[0].script } : undefined;
  }

  /** Keeps a script; the scripts of the same template with another content go. */
  async write(location: string, template: Template, script: TemplateScript): Promise<void> {
    await this.db.pool.query(
      `WITH gone AS (DELETE FROM ${this.db.table('template_scripts')} WHERE location = $1 AND template = $2 AND fingerprint <> $3)
       INSERT INTO ${this.db.table('template_scripts')} (location, template, fingerprint, script) VALUES ($1, $2, $3, $4)
       ON CONFLICT (location, template, fingerprint) DO NOTHING`,
      [location, template.schema, template.fingerprint.hash, script.text],
    );
  }
}
