/** The run's claim was refused (its run finished, was cancelled, or was delivered twice): nothing was sent to its tenant. */
export class RunNotOpen extends Error {
  constructor() {
    super('run is no longer open (finished, cancelled or delivered twice)');
  }
}

/**
 * A run's claim in the ledger (with the version read under the lock), sent as soon as that
 * version is known and awaited only where the run first needs its answer: before anything reaches
 * its tenant (a statement, a backup) and before its result is written. Meanwhile the run's
 * migrations are loaded and built, which runs their code in the build thread and sends nothing,
 * so the claim's round trip overlaps work the run does anyway.
 */
export class RunClaim {
  private readonly answer: Promise<string | undefined>;
  private confirmed?: Promise<string>;

  constructor(
    send: () => Promise<string | undefined>,
    /** what follows a granted claim, once (the run:started event, the afterLock hook) */
    private readonly onGranted: (original: string) => Promise<void>,
  ) {
    this.answer = send();
    this.answer.catch(() => {}); // awaited by confirm() or settled(): never an unhandled rejection
  }

  /** The version the run's first attempt found; RunNotOpen when the claim was refused; the claim's error when it failed. */
  confirm(): Promise<string> {
    this.confirmed ??= this.answer.then(async (original) => {
      if (original === undefined) throw new RunNotOpen();
      await this.onGranted(original);
      return original;
    });
    return this.confirmed;
  }

  /** The claim has been answered, whatever the answer: a run never ends with its claim still on its way. */
  settled(): Promise<void> {
    return this.answer.then(
      () => {},
      () => {},
    );
  }
}
