import { AuditLog, ControlDb, errorMessage, type AuditOutcome, type Logger, type TenantryConfig } from '@tenantry/core';
import type { FastifyRequest } from 'fastify';

function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return 'ok';
  return status === 401 || status === 403 || status === 405 ? 'refused' : 'failed';
}

/**
 * The dashboard's own writer of the audit trail: one session that may append to the audit table
 * and nothing else is needed (see docs/security.md); the rest of the dashboard only reads. An
 * entry that cannot be written is logged, and never fails the request it records.
 */
export class DashboardAudit {
  private readonly db: ControlDb;
  private readonly log: AuditLog;

  constructor(
    config: TenantryConfig,
    private readonly logger: Logger,
  ) {
    this.db = new ControlDb(config, { max: 1, applicationName: 'tenantry dashboard audit' });
    // a role whose sessions are read-only by default (ALTER ROLE ... SET) may still append here
    this.db.pool.on('connect', (client) => {
      client.query('SET default_transaction_read_only = off').catch(() => {});
    });
    this.log = new AuditLog(this.db);
  }

  /** Records a write made through the dashboard (today: Bull Board's actions). */
  bullBoardWrite(request: FastifyRequest, write: { method: string; path: string; status: number }): void {
    const actor = request.principal?.user ?? 'unauthenticated';
    this.log
      .record({
        actor,
        source: 'dashboard',
        origin: request.ip,
        action: 'bull-board',
        target: `${write.method} ${write.path}`,
        outcome: outcomeOf(write.status),
        details: { status: write.status, role: request.principal?.role ?? null },
      })
      .catch((error: unknown) =>
        this.logger.warn(
          { actor, path: write.path, err: errorMessage(error) },
          'dashboard action not in the audit trail',
        ),
      );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
