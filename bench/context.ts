import type { CpuUsage } from './support/cpu.js';
import type { BenchOptions } from './options.js';
import type { Registry } from './support/registry.js';

/** What every mode is handed: the options, where to register what it creates, and where to log. */
export interface BenchContext {
  /** one id per bench run: every name it creates contains it */
  run: string;
  options: BenchOptions;
  registry: Registry;
  log: (message: string) => void;
}

/** One line of the table: a way of migrating N tenants, timed. */
export interface Row {
  mode: string;
  key: string;
  tenants: number;
  /** connections to the tenant database */
  connections: number;
  ms: number;
  cpu: CpuUsage | undefined;
}

export interface ModeResult<Details = undefined> {
  row: Row;
  /** the catalog fingerprint of the first tenant's schema */
  print?: string;
  details?: Details;
}
