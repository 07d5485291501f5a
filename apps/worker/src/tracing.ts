import { createRequire } from 'node:module';
import type * as SdkTraceNode from '@opentelemetry/sdk-trace-node';
import type * as ExporterTraceOtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Resources from '@opentelemetry/resources';
import type { TenantryConfig } from '@tenantry/core';

/**
 * The SDK's packages are CommonJS (no `exports` map: an import loads the same modules): they are
 * loaded only when traces go somewhere, so that every CLI command and worker starts without them
 * (about a fifth of a CLI process's start-up CPU).
 */
const load = createRequire(import.meta.url);

export interface TracingHandle {
  /** the OTLP endpoint spans go to, for the start-up log */
  readonly endpoint: string;
  /** exports the spans still buffered, then stops */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK, registered globally with the OTLP/HTTP exporter, when the config
 * (`tracing.otlpEndpoint`) or the standard variables (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
 * OTEL_EXPORTER_OTLP_ENDPOINT) name a collector, and OTEL_SDK_DISABLED is not true. Otherwise
 * nothing is registered: the packages' spans are the API's no-ops. Read here, at the app's edge.
 */
export function startTracing(
  config: TenantryConfig,
  env: Readonly<Record<string, string | undefined>>,
): TracingHandle | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const base = (url: string) => `${url.replace(/\/+$/, '')}/v1/traces`;
  const endpoint = config.tracing.otlpEndpoint
    ? base(config.tracing.otlpEndpoint)
    : env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
      (env.OTEL_EXPORTER_OTLP_ENDPOINT ? base(env.OTEL_EXPORTER_OTLP_ENDPOINT) : undefined);
  if (!endpoint) return undefined;
  const { BatchSpanProcessor, NodeTracerProvider } = load('@opentelemetry/sdk-trace-node') as typeof SdkTraceNode;
  const { OTLPTraceExporter } = load('@opentelemetry/exporter-trace-otlp-http') as typeof ExporterTraceOtlpHttp;
  const { resourceFromAttributes } = load('@opentelemetry/resources') as typeof Resources;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || config.tracing.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }))],
  });
  // the async-hooks context manager (spans follow awaits) and the W3C propagator (traceparent in job data)
  provider.register();
  return { endpoint: endpoint.replace(/\/\/[^/@]*@/, '//***@'), shutdown: () => provider.shutdown() };
}
