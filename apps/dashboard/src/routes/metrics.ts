import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { scrapeMetrics, type ScrapeSources } from '../metrics/scrape.js';

/** `/metrics` in Prometheus text format. */
export function registerMetrics(app: FastifyInstance, sources: ScrapeSources): void {
  app.get('/metrics', async (_request, reply) => {
    const text = await scrapeMetrics(sources);
    return reply.header('content-type', Registry.PROMETHEUS_CONTENT_TYPE).send(text);
  });
}
