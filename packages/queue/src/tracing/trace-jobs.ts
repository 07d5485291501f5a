import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import { SPAN_ATTRIBUTES, TRACER_NAME } from '@tenantry/core';
import { inRolloutTrace } from '@tenantry/core/internal';
import { BACKUP_BATCH_JOB_NAME, type TenantryJobData } from '../queues.js';
import type { RunJobResult } from '../processor.js';

type JobProcessor = (job: Job<TenantryJobData>, token?: string) => Promise<RunJobResult>;

/**
 * Each job of the run queue as a span (`tenantry.run`, `tenantry.backup-batch`) in the trace of
 * its rollout, with its outcome: succeeded, noop, skipped, deferred (tenant busy), failed (for
 * good) or retry (an infrastructure error, tried again). The phases of the run protocol are its
 * children. Untraced jobs (tracing off, or enqueued with no traceparent) cost nothing more.
 */
export function traceJobs(processor: JobProcessor): JobProcessor {
  return (job, token) => {
    // job data is untrusted until the processor parses it: it may be anything, null included
    const raw: unknown = job.data;
    const data: Partial<Record<string, unknown>> = typeof raw === 'object' && raw !== null ? raw : {};
    const traceparent = typeof data.traceparent === 'string' ? data.traceparent : undefined;
    const name = job.name === BACKUP_BATCH_JOB_NAME ? 'tenantry.backup-batch' : 'tenantry.run';
    return inRolloutTrace(traceparent, () =>
      trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes: attributesOf(data) }, async (span) => {
        try {
          const result = await processor(job, token);
          span.setAttribute(
            SPAN_ATTRIBUTES.outcome,
            'skipped' in result ? 'skipped' : 'status' in result ? (result.noop ? 'noop' : result.status) : 'succeeded',
          );
          return result;
        } catch (error) {
          const outcome =
            error instanceof DelayedError ? 'deferred' : error instanceof UnrecoverableError ? 'failed' : 'retry';
          span.setAttribute(SPAN_ATTRIBUTES.outcome, outcome);
          if (outcome !== 'deferred')
            span.setStatus({
              code: SpanStatusCode.ERROR,
              message: error instanceof Error ? error.message : String(error),
            });
          throw error;
        } finally {
          span.end();
        }
      }),
    );
  };
}

/** Span attributes from job data (read before it is validated: only short strings are taken). */
function attributesOf(data: Partial<Record<string, unknown>>): Attributes {
  const attributes: Attributes = {};
  const take = (key: string, value: unknown) => {
    if (typeof value === 'string' && value.length <= 128) attributes[key] = value;
  };
  take(SPAN_ATTRIBUTES.rolloutId, data.rolloutId);
  take(SPAN_ATTRIBUTES.runId, data.runId);
  take(SPAN_ATTRIBUTES.platform, data.platform);
  take(SPAN_ATTRIBUTES.tenant, data.tenant);
  return attributes;
}
