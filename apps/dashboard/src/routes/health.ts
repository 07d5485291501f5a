import type { FastifyInstance } from 'fastify';
import type { ControlDb } from '@tenantry/core';

/** `/healthz` for probes: no credentials, and 200 only while the control database answers. */
export function registerHealth(app: FastifyInstance, control: ControlDb): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await control.pool.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', reason: 'control database does not answer' });
    }
  });
}
