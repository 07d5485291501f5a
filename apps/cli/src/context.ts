import { ControlDb, PoolRegistry, loadConfig, type Logger, type TenantryConfig } from '@tenantry/core';
import { createLogger } from '@tenantry/worker';

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

  constructor(
    private readonly options: GlobalOptions,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.json = options.json === true;
  }

  get configFile(): string {
    return this.options.config ?? this.env.TENANTRY_CONFIG ?? 'tenantry.config.json';
  }

  get config(): TenantryConfig {
    this.loaded ??= loadConfig(this.configFile, this.env);
    return this.loaded;
  }

  get logger(): Logger {
    this.log ??= createLogger({ destination: 2, pretty: process.stderr.isTTY && !this.json, level: this.env.TENANTRY_LOG_LEVEL ?? 'warn' });
    return this.log;
  }

  get control(): ControlDb {
    this.controlDb ??= new ControlDb(this.config, { max: 4, applicationName: 'tenantry cli' });
    return this.controlDb;
  }

  get pools(): PoolRegistry {
    this.poolRegistry ??= new PoolRegistry(4, { applicationName: 'tenantry cli' });
    return this.poolRegistry;
  }

  async close(): Promise<void> {
    await this.poolRegistry?.close();
    await this.controlDb?.close();
  }
}
