import type { PGlite } from '@electric-sql/pglite';
import { DependencyMissing, isMissingPackage } from '../errors.js';

type QueryConfig = { text: string; values?: unknown[] };

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in process) behind the part of node-pg-migrate's
 * `dbClient` contract its runner uses: `query(text | {text, values}, values)` resolving to
 * `{ rows }`, and errors carrying `code` and `position` (PGlite's do). The runner never calls
 * connect or end on a client it was given. Queries without parameters go through PGlite's
 * simple protocol (`exec`), which accepts several statements in one string as `pgm.sql` sends
 * them; queries with parameters through the extended protocol. One connection only: callers
 * must not run queries concurrently.
 */
export class PGliteClient {
  private constructor(private readonly db: PGlite) {}

  /** Starts a fresh in-memory PostgreSQL (a few seconds: initdb runs in WebAssembly). */
  static async start(): Promise<PGliteClient> {
    let PGliteClass: typeof PGlite;
    try {
      ({ PGlite: PGliteClass } = await import('@electric-sql/pglite')); // an optional peer dependency: 27 MB
    } catch (error) {
      if (isMissingPackage(error, '@electric-sql/pglite')) {
        throw new DependencyMissing('@electric-sql/pglite', 'validate without --database-url (round trips in PGlite)', {
          cause: error,
          alternative: 'pass --database-url',
        });
      }
      throw error;
    }
    return new PGliteClient(await PGliteClass.create());
  }

  async query(
    textOrConfig: string | QueryConfig,
    values?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
    const text = typeof textOrConfig === 'string' ? textOrConfig : textOrConfig.text;
    const params = values ?? (typeof textOrConfig === 'string' ? undefined : textOrConfig.values);
    if (params && params.length > 0) {
      const result = await this.db.query(text, params as never[]);
      return { rows: result.rows as Record<string, unknown>[], rowCount: result.affectedRows ?? result.rows.length };
    }
    const results = await this.db.exec(text);
    const last = results.at(-1);
    return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0 };
  }

  async end(): Promise<void> {
    await this.db.close();
  }
}
