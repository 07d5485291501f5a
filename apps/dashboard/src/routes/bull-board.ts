import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '@tenantry/core';
import type { DashboardQueues } from '../queues.js';

export const BULL_BOARD_PATH = '/queues';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bull Board's pages get a CSP too: its UI shows job data and errors, and it would fetch fonts
 * from a third party on every visit (the operator's address and the dashboard's name go with it).
 * React's inline styles need 'unsafe-inline' for styles; scripts stay same-origin only.
 */
const BOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Bull Board's page of one job. */
export function jobUrl(queue: string, jobId: string): string {
  return `${BULL_BOARD_PATH}/queue/${encodeURIComponent(queue)}/${encodeURIComponent(jobId)}`;
}

/**
 * Bull Board over every Tenantry queue, under /queues (behind the same credentials as the rest).
 * Read-only when `dashboard.readOnly`. Every write (retry, remove, promote, pause, clean: any
 * request under /queues that is not a read) is logged with the user who made it.
 */
export async function registerBullBoard(
  app: FastifyInstance,
  options: {
    queues: DashboardQueues;
    readOnly: boolean;
    logger: Logger;
    userOf: (request: unknown) => string | null;
    /** appends a write by a signed-in user to the audit trail */
    audit: (request: unknown, write: { method: string; path: string; status: number }) => void;
  },
): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: options.queues.queues.map(
      (queue) =>
        new BullMQAdapter(queue, {
          readOnlyMode: options.readOnly,
          description:
            'One job per run: one tenant, one platform, one direction. The ledger is the record; this is the work.',
        }),
    ),
    serverAdapter,
    options: {
      uiConfig: { boardTitle: 'Tenantry', hideDocsLink: true, miscLinks: [{ text: 'Fleet view', url: '/' }] },
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    if (READ_METHODS.has(request.method)) return;
    const path = request.url.split('?', 1)[0] ?? '';
    if (path !== BULL_BOARD_PATH && !path.startsWith(`${BULL_BOARD_PATH}/`)) return;
    const entry = {
      user: options.userOf(request),
      method: request.method,
      path,
      status: reply.statusCode,
      readOnly: options.readOnly,
    };
    if (reply.statusCode < 400) options.logger.info(entry, 'bull board write action');
    else options.logger.warn(entry, 'bull board write action refused');
    if (entry.user !== null) options.audit(request, { method: request.method, path, status: reply.statusCode });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.url.startsWith(BULL_BOARD_PATH) &&
      String(reply.getHeader('content-type') ?? '').startsWith('text/html')
    ) {
      reply.header('content-security-policy', BOARD_CSP);
    }
    return payload;
  });

  await app.register(serverAdapter.registerPlugin(), { prefix: BULL_BOARD_PATH });
}
