import { Counter, Gauge, type CounterConfiguration, type GaugeConfiguration, type Registry } from 'prom-client';

/** What a series is: its name, help and labels (it is registered in the scrape's own registry). */
type Series<L extends string> = Pick<GaugeConfiguration<L> & CounterConfiguration<L>, 'name' | 'help' | 'labelNames'>;

/** A gauge of this scrape's registry. */
export function gauge<L extends string = never>(registry: Registry, series: Series<L>): Gauge<L> {
  return new Gauge({ ...series, registers: [registry] });
}

/** A counter of this scrape's registry. */
export function counter<L extends string = never>(registry: Registry, series: Series<L>): Counter<L> {
  return new Counter({ ...series, registers: [registry] });
}
