import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '@tenantry/core';
import type { Principal } from './auth.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Any method but GET, HEAD and OPTIONS changes something. */
export function isWrite(method: string): boolean {
  return !READ_METHODS.has(method.toUpperCase());
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Why a write comes from another site, or undefined when it comes from the dashboard's own pages
 * or from a script. A browser attaches basic credentials to every request to the dashboard's
 * origin, including those a page of another site makes, so such a write must be refused.
 * `Sec-Fetch-Site` (sent by every current browser) decides when present; else `Origin`, compared
 * by host with the Host the request was sent to (a TLS proxy in front changes the scheme, not the
 * host). A request with neither header is not a browser's (curl, a CI job): no site can forge it.
 */
export function crossSiteReason(request: FastifyRequest): string | undefined {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request`;
  const origin = header(request, 'origin');
  if (origin === undefined) return undefined;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return `a request from origin ${JSON.stringify(origin.slice(0, 100))}`;
  }
  return originHost !== '' && originHost === request.host
    ? undefined
    : `a request from ${originHost || origin.slice(0, 100)}`;
}

/**
 * Who may change what, checked on every request after authentication: a write from another site
 * is refused (403) whoever's credentials it carries, and a viewer may only read. Bull Board's
 * own view of the queues is rewritten for a viewer so that its pages offer no actions.
 */
export function registerAccess(app: FastifyInstance, options: { logger: Logger; boardPath: string }): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!isWrite(request.method)) return;
    const path = request.url.split('?', 1)[0] ?? '';
    const crossSite = crossSiteReason(request);
    if (crossSite) {
      options.logger.warn(
        { user: request.principal?.user ?? null, method: request.method, path, reason: crossSite },
        'cross-site write refused',
      );
      return reply.code(403).send({ error: `refused: ${crossSite} may not change anything here` });
    }
    if (request.principal?.role === 'viewer') {
      return reply.code(403).send({ error: `refused: user ${request.principal.user} is a viewer and may only read` });
    }
  });

  const boardQueues = `${options.boardPath}/api/queues`;
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.principal?.role !== 'viewer' || request.method !== 'GET') return payload;
    if ((request.url.split('?', 1)[0] ?? '') !== boardQueues) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    return JSON.stringify(viewerBoard(JSON.parse(payload.toString()) as unknown));
  });
}

/** Bull Board's queue list as a viewer must see it: every queue read-only, no retries offered. */
export function viewerBoard(body: unknown): unknown {
  const queues = (body as { queues?: unknown } | null)?.queues;
  if (!Array.isArray(queues)) return body;
  return {
    ...(body as object),
    queues: queues.map((queue: unknown) => ({
      ...(queue as object),
      readOnlyMode: true,
      allowRetries: false,
      allowCompletedRetries: false,
    })),
  };
}

/** What the pages need to know of the user: who, and whether they may act. */
export function accessOf(
  principal: Principal | null,
  readOnly: boolean,
): { user: string | null; role: Principal['role']; readOnly: boolean } {
  const role = principal?.role ?? 'viewer';
  return { user: principal?.user ?? null, role, readOnly: readOnly || role === 'viewer' };
}
