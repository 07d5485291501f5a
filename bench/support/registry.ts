import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Sandbox, type SandboxOptions } from '../../test/helpers/sandbox.js';
import { adminQuery, backgroundDropsDone } from '../../test/helpers/services.js';

/**
 * What one bench run creates, so that clean-up removes exactly that and nothing else: its
 * sandboxes (databases, Redis prefix, temp dir, worker and CLI processes), the bare databases of
 * the SQL modes, and the other programs it runs. Every name contains the run's id.
 */
export class Registry {
  private readonly sandboxes = new Set<Sandbox>();
  private readonly databases = new Set<string>();
  /** databases a sandbox's config creates by name (one per tenant): dropped by prefix */
  private readonly databasePrefixes = new Set<string>();
  private readonly children = new Set<ChildProcess>();
  /** other things to remove (a server of the bench's own), last first */
  private readonly removals = new Set<() => Promise<void>>();
  private cleaning: Promise<void> | undefined;

  constructor(readonly run: string) {}

  get stopping(): boolean {
    return this.cleaning !== undefined;
  }

  /** After a signal, clean-up is running: nothing new may be created behind its back. */
  assertNotStopping(): void {
    if (this.cleaning) throw new Error('stopping: cleanup is in progress');
  }

  /** A sandbox named `bench_<run>_<label>` (databases), `bench-<run>-<label>` (Redis prefix). */
  sandbox(label: string, options: Omit<SandboxOptions, 'names'>, idLabel = label): Sandbox {
    this.assertNotStopping();
    const sandbox = new Sandbox({
      ...options,
      names: { id: `bench_${this.run}_${idLabel}`, prefix: `bench-${this.run}-${label}`, dirPrefix: 'tenantry-bench-' },
    });
    this.sandboxes.add(sandbox);
    return sandbox;
  }

  async destroy(sandbox: Sandbox): Promise<void> {
    await sandbox.destroy().catch((e: Error) => process.stderr.write(`bench: could not remove sandbox ${sandbox.id}: ${e.message}\n`));
    this.sandboxes.delete(sandbox);
  }

  async createDatabase(name: string): Promise<void> {
    this.assertNotStopping();
    this.databases.add(name);
    await adminQuery(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  }

  async dropDatabase(name: string): Promise<void> {
    await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    this.databases.delete(name);
  }

  /** Databases whose names start with `prefix` (each contains the run's id) are dropped at clean-up. */
  dropDatabasesStartingWith(prefix: string): void {
    if (!prefix.includes(this.run)) throw new Error(`a bench database prefix must contain the run id: ${prefix}`);
    this.databasePrefixes.add(prefix);
  }

  /** Drops the databases of every registered prefix. */
  async dropDatabasesWithPrefixes(): Promise<void> {
    for (const prefix of [...this.databasePrefixes]) {
      const rows = await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
      for (const { datname } of rows) await this.dropDatabase(datname);
      this.databasePrefixes.delete(prefix);
    }
  }

  track(child: ChildProcess): void {
    this.assertNotStopping();
    this.children.add(child);
    child.once('close', () => this.children.delete(child));
  }

  /** Something else to remove at clean-up, unless removed before: call the returned function to remove it now. */
  onCleanup(remove: () => Promise<void>): () => Promise<void> {
    this.removals.add(remove);
    return async () => {
      this.removals.delete(remove);
      await remove();
    };
  }

  /** Idempotent; runs on success, failure and signals. Every step is best effort. */
  cleanup(): Promise<void> {
    this.cleaning ??= (async () => {
      for (const child of this.children) child.kill('SIGKILL');
      for (const sandbox of [...this.sandboxes]) await this.destroy(sandbox);
      // a sandbox drops its databases in the background: the bench must not exit before they are gone
      await backgroundDropsDone().catch((e: Error) => process.stderr.write(`bench: could not drop a sandbox's databases: ${e.message}\n`));
      await this.dropDatabasesWithPrefixes().catch((e: Error) => process.stderr.write(`bench: could not drop databases: ${e.message}\n`));
      for (const name of [...this.databases]) {
        await this.dropDatabase(name).catch((e: Error) => process.stderr.write(`bench: could not drop database ${name}: ${e.message}\n`));
      }
      for (const remove of [...this.removals].reverse()) await remove().catch((e: Error) => process.stderr.write(`bench: clean-up: ${e.message}\n`));
    })();
    return this.cleaning;
  }
}
