import {
  ROOT_CONTEXT,
  SpanStatusCode,
  context,
  createContextKey,
  propagation,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';

/**
 * OpenTelemetry spans through the API only: an app that registers an SDK (the worker, the CLI,
 * when tracing is configured) gets them exported; without one every span is the API's no-op and
 * the work runs as if untraced.
 *
 * A rollout is one trace: a `tenantry.rollout` span where it is created (planning, ledger,
 * first enqueue), each run a `tenantry.run` span under it, in whichever worker takes it (the
 * rollout's W3C traceparent travels in the job data), and each phase of a run
 * (`tenantry.lock`, `tenantry.backup`, `tenantry.migrate`, `tenantry.restore`, `tenantry.record`)
 * a span under its run.
 */
export const TRACER_NAME = 'tenantry';

/** Span attribute names. */
export const SPAN_ATTRIBUTES = {
  rolloutId: 'tenantry.rollout.id',
  runId: 'tenantry.run.id',
  platform: 'tenantry.platform',
  tenant: 'tenantry.tenant',
  outcome: 'tenantry.outcome',
  kind: 'tenantry.rollout.kind',
  target: 'tenantry.target',
  runs: 'tenantry.rollout.runs',
} as const;

export type RunPhase = 'lock' | 'backup' | 'migrate' | 'restore' | 'record';

/** The rollout whose trace the current work belongs to: what jobs enqueued from here carry. */
const ROLLOUT_TRACE = createContextKey('tenantry rollout traceparent');

function tracer() {
  return trace.getTracer(TRACER_NAME);
}

/** Runs `work` in a span: ended when it settles, marked as an error (and the error recorded) when it throws. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** One phase of a run, as a child of its run's span; nothing at all when the run is not traced. */
export function phase<T>(name: RunPhase, work: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()?.isRecording()) return work();
  return inSpan(`tenantry.${name}`, {}, () => work());
}

/**
 * The rollout's span, around its creation. Jobs enqueued inside carry its traceparent, so the
 * runs join its trace wherever they run.
 */
export function rolloutSpan<T>(work: (span: Span) => Promise<T>): Promise<T> {
  return inSpan('tenantry.rollout', {}, (span) => {
    if (!span.isRecording()) return work(span);
    return context.with(withRolloutTrace(context.active()), () => work(span));
  });
}

/** The traceparent of the rollout the current work belongs to (to put in the jobs it enqueues). */
export function currentRolloutTrace(): string | undefined {
  const value = context.active().getValue(ROLLOUT_TRACE);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Runs `work` inside the trace of the rollout a job came from (its traceparent): spans started
 * in it are children of the rollout's span, and jobs it enqueues carry the same traceparent.
 */
export function inRolloutTrace<T>(traceparent: string | undefined, work: () => T): T {
  if (!traceparent) return work();
  const parent = propagation.extract(ROOT_CONTEXT, { traceparent });
  if (!trace.getSpanContext(parent)) return work(); // no propagator registered: tracing is off
  return context.with(parent.setValue(ROLLOUT_TRACE, traceparent), work);
}

function withRolloutTrace(active: ReturnType<typeof context.active>) {
  const carrier: { traceparent?: string } = {};
  propagation.inject(active, carrier);
  return carrier.traceparent ? active.setValue(ROLLOUT_TRACE, carrier.traceparent) : active;
}
