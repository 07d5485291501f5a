import type { Metric, Registry } from 'prom-client';
import type { HistogramData } from './histogram.js';

/**
 * A histogram whose buckets were counted elsewhere (in SQL, from the ledger). prom-client's own
 * Histogram only learns through `observe()`, one value at a time; this one hands the registry
 * finished bucket counts in the same shape (`_bucket{le}`, `_sum`, `_count`), so the registry
 * formats and escapes it like any other metric.
 */
export function registerPrecomputedHistogram(
  registry: Registry,
  options: {
    name: string;
    help: string;
    buckets: readonly number[];
    label: string;
    data: ReadonlyMap<string, HistogramData>;
  },
): void {
  const { name, help, buckets, label, data } = options;
  const values = [...data.entries()].flatMap(([labelValue, h]) => [
    ...buckets.map((le, i) => ({
      metricName: `${name}_bucket`,
      labels: { [label]: labelValue, le },
      value: h.cumulative[i] ?? 0,
    })),
    { metricName: `${name}_bucket`, labels: { [label]: labelValue, le: '+Inf' }, value: h.count },
    { metricName: `${name}_sum`, labels: { [label]: labelValue }, value: h.sum },
    { metricName: `${name}_count`, labels: { [label]: labelValue }, value: h.count },
  ]);
  const metric = {
    name,
    help,
    type: 'histogram',
    aggregator: 'sum',
    get: async () => ({ name, help, type: 'histogram', aggregator: 'sum', values }),
  };
  registry.registerMetric(metric as unknown as Metric);
}
