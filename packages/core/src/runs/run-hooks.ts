/**
 * Hooks at the named points of the run protocol, for tests that act exactly there (the chaos
 * suite kills the worker; a test may check what holds at that point, the run waiting for it). Absent, as in production, a run does exactly what it does without them;
 * two of them, present, change its path so their point exists:
 * - betweenMigrations: each migration is a round trip of its own (in one transaction still)
 * - afterCommit: the tenant lock is released after the COMMIT, not in its round trip
 *
 * Given per run (`RunContext.hooks`), or installed for the whole process (a worker started by a
 * test), through `@tenantry/core/testing`.
 * @internal
 */
export interface RunHooks {
  /** the tenant lock is held and the run claimed in the ledger, nothing done yet */
  afterLock?: () => void | Promise<void>;
  /** pg_dump has written the dump, the backup is not recorded yet */
  duringBackup?: () => void | Promise<void>;
  /** migration `index` (> 0) of the run starts, the ones before it applied in the run's transaction (not awaited) */
  betweenMigrations?: (index: number) => void;
  /** a run moved its tenant and committed; the lock is still held, the ledger not written yet */
  afterCommit?: () => void | Promise<void>;
  /** a compensating run holds its tenant's lock and is about to move it back */
  duringCompensation?: () => void | Promise<void>;
}

let installed: RunHooks | undefined;

/** Installs hooks for every run of this process (undefined removes them). @internal */
export function installRunHooks(hooks: RunHooks | undefined): void {
  installed = hooks;
}

/** The hooks a run obeys: its own, or the process's. */
export function runHooks(own?: RunHooks): RunHooks | undefined {
  return own ?? installed;
}
