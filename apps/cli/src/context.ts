import { existsSync } from 'node:fs';
import { ConfigError, ControlDb, PoolRegistry, loadConfig, type Logger, type TenantryConfig } from '@tenantry/core';
import { createLogger, startTracing, type TracingHandle } from '@tenantry/worker';
import { DEFAULT_CONFIG_NAME, locateConfig, type ConfigLocation } from './config-file.js';

export interface GlobalOptions {
  config?: string;
  json?: boolean;
}

/**
 * What a command needs, made on first use and closed once at the end: the config (parsed once,
 * here at the edge), the control database, pools to the platform databases, a logger on stderr.
 */
export class CliContext {
  readonly json: boolean;
  private loaded: TenantryConfig | undefined;
  private controlDb: ControlDb | undefined;
  private poolRegistry: PoolRegistry | undefined;
  private log: Logger | undefined;
  private tracing: TracingHandle | null | undefined;
  /** what the command acted on, for the audit trail (a rollout or backup id) */
  readonly audit: { target?: string } = {};

  constructor(
    private readonly options: GlobalOptions,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.json = options.json === true;
  }

  private location: ConfigLocation | undefined;

  /** The config file and how it was chosen (see locateConfig). */
  get configLocation(): ConfigLocation {
    this.location ??= locateConfig(this.options.config, this.env);
    return this.location;
  }

  get configFile(): string {
    return this.configLocation.file;
  }

  get config(): TenantryConfig {
    const { file, source } = this.configLocation;
    // none named and none found from here up: say how to make one
    if (source === 'default' && !existsSync(file)) {
      throw new ConfigError(
        `no ${DEFAULT_CONFIG_NAME} in this folder or above: run \`npx tenantry init\` to write one, or pass --config FILE (or set TENANTRY_CONFIG)`,
      );
    }
    this.loaded ??= loadConfig(file, this.env);
    return this.loaded;
  }

  get logger(): Logger {
    this.log ??= createLogger({
      destination: 2,
      pretty: process.stderr.isTTY && !this.json,
      level: this.env.TENANTRY_LOG_LEVEL ?? 'warn',
    });
    return this.log;
  }

  get control(): ControlDb {
    this.controlDb ??= new ControlDb(this.config, { max: 4, applicationName: 'tenantry cli' });
    return this.controlDb;
  }

  /** Says what the command acted on, for its audit entry. */
  noteAudit(note: { target: string }): void {
    this.audit.target = note.target;
  }

  /** Whether the command reached the control database (only such commands are audited). */
  get reachedLedger(): boolean {
    return this.controlDb !== undefined || this.audit.target !== undefined;
  }

  get pools(): PoolRegistry {
    this.poolRegistry ??= new PoolRegistry(4, { applicationName: 'tenantry cli' });
    return this.poolRegistry;
  }

  /** Exports this command's spans (a rollout's creation) when tracing is configured; flushed by close(). */
  startTracing(): void {
    this.tracing ??= startTracing(this.config, this.env) ?? null;
  }

  async close(): Promise<void> {
    await this.tracing?.shutdown().catch(() => {}); // a collector that is down must not fail the command
    await this.poolRegistry?.close();
    await this.controlDb?.close();
  }
}
