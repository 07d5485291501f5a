import { performance } from 'node:perf_hooks';
import {
  InvalidInput,
  RolloutLedger,
  TenantryError,
  WorkerRegistry,
  listenForStatus,
  redactSecrets,
  workerExpiryMs,
  type ControlDb,
  type RolloutSummary,
  type RunRecord,
} from '@tenantry/core';
import { pollInterval, unreachableOrGone } from '@tenantry/core/internal';
import type { CliContext } from './context.js';
import { formatDuration, parseDuration, printLine, warn } from './output.js';

export interface FollowOptions {
  json: boolean;
  intervalMs?: number;
  /** write to a terminal: one redrawn progress bar instead of a line per change */
  tty?: boolean;
  /** stop following after this long (`--timeout`): the rollout goes on */
  timeoutMs?: number;
  /** on Ctrl-C, stop following and say that the rollout goes on, and how to stop it */
  explainInterrupt?: boolean;
}

/** The options of a command's `--wait [--timeout D]`; `--timeout` alone is refused. */
export function waitOptions(ctx: CliContext, options: { wait?: boolean; timeout?: string }): FollowOptions {
  const timeoutMs = options.timeout === undefined ? undefined : parseDuration('--timeout', options.timeout);
  if (timeoutMs !== undefined && !options.wait)
    throw new InvalidInput('--timeout is for --wait: it bounds how long to follow the rollout');
  return {
    json: ctx.json,
    tty: process.stderr.isTTY === true,
    explainInterrupt: true,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

/** Says so when no worker would take a rollout's runs; returns whether it did. */
export async function warnIfNoWorker(ctx: CliContext, rolloutId: string): Promise<boolean> {
  const alive = await new WorkerRegistry(ctx.control).alive(workerExpiryMs(ctx.config.worker.heartbeatMs));
  if (alive.length > 0) return false;
  warn(
    ctx.json,
    'NO_LIVE_WORKER',
    `no live worker is taking runs: rollout ${rolloutId} stays queued until one starts (\`tenantry worker\`); \`tenantry rollout abort ${rolloutId}\` stops it`,
  );
  return true;
}

/** What to do about a rollout one stopped following: it goes on without the follower. */
function stillQueued(rolloutId: string): string {
  return `it stays queued and goes on whenever a worker takes its runs: \`tenantry rollout status ${rolloutId} --wait\` follows it again, \`tenantry rollout abort ${rolloutId}\` stops it`;
}

/** `--wait --timeout` ran out: exit 1, the rollout untouched. */
export class WaitTimedOut extends TenantryError {
  constructor(rolloutId: string, timeoutMs: number, summary: RolloutSummary, workerAlive: boolean) {
    const done = summary.counts.succeeded + summary.counts.failed + summary.counts.cancelled;
    super(
      'WAIT_TIMEOUT',
      `stopped waiting after ${formatDuration(timeoutMs / 1000)}: rollout ${rolloutId} is ${summary.status} (${done} of ${summary.total} run(s) done${workerAlive ? '' : ', no live worker'}); ${stillQueued(rolloutId)}`,
    );
  }
}

/** Ctrl-C while following: the CLI exits 130, and says the rollout was not stopped. */
export class WaitInterrupted extends TenantryError {
  constructor(rolloutId: string) {
    super(
      'WAIT_INTERRUPTED',
      `stopped following rollout ${rolloutId} (the rollout was not stopped): ${stillQueued(rolloutId)}`,
    );
  }
}

function rate(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  return formatDuration(seconds);
}

function progressLine(summary: RolloutSummary, startedAt: number, width: number): string {
  const { counts, total } = summary;
  const done = counts.succeeded + counts.failed + counts.cancelled;
  const perSecond = rate(done, startedAt);
  const eta = perSecond > 0 ? (total - done) / perSecond : Number.NaN;
  const text = `${done}/${total} done · ${counts.succeeded} ok · ${counts.failed} failed · ${counts.running} running · ${perSecond.toFixed(1)}/s · ETA ${formatEta(eta)}`;
  if (width <= 0) return text;
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}`;
}

/**
 * Follows a rollout in the ledger until it finishes: a redrawn bar on a terminal, one line per
 * change otherwise, JSON events with --json. Returns the final summary and the failed runs.
 */
export async function followRollout(
  control: ControlDb,
  rolloutId: string,
  options: FollowOptions,
): Promise<{ summary: RolloutSummary; failed: RunRecord[] }> {
  const ledger = new RolloutLedger(control);
  const workers = new WorkerRegistry(control);
  const startedAt = Date.now();
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : startedAt + options.timeoutMs;
  let last = '';
  let warnedNoWorker = false;
  let lastChange = Date.now();
  let interrupted = false;
  let wakeUp: (() => void) | undefined;
  const onInterrupt = () => {
    interrupted = true;
    wakeUp?.();
  };
  if (options.explainInterrupt) process.on('SIGINT', onInterrupt);
  const signal = await listenForStatus(control, rolloutId);
  const endLine = () => {
    if (options.tty && !options.json) process.stderr.write('\n');
  };
  try {
    let outageSince: number | undefined;
    let pollMs = 0;
    for (;;) {
      let summary: RolloutSummary | undefined;
      const polled = performance.now();
      try {
        summary = await ledger.getRollout(rolloutId);
        pollMs = performance.now() - polled;
      } catch (error) {
        // the rollout goes on without the control database (workers owe it their results): wait it out
        if (!unreachableOrGone(error)) throw error;
        if (outageSince === undefined) {
          outageSince = Date.now();
          process.stderr.write(
            `${options.tty ? '\n' : ''}tenantry: the control database is unreachable; waiting for it (workers keep their results until it is back)\n`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      if (outageSince !== undefined) {
        process.stderr.write(
          `tenantry: the control database is back after ${Math.round((Date.now() - outageSince) / 1000)} s\n`,
        );
        outageSince = undefined;
        lastChange = Date.now();
      }
      if (!summary) throw new Error(`rollout ${rolloutId} disappeared from the ledger`);
      const key = JSON.stringify(summary.counts) + summary.status;
      if (key !== last) {
        last = key;
        lastChange = Date.now();
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ event: 'progress', rolloutId, status: summary.status, total: summary.total, ...summary.counts })}\n`,
          );
        } else if (options.tty) {
          process.stderr.write(`\r\x1b[2K${progressLine(summary, startedAt, 30)}`);
        } else {
          printLine(progressLine(summary, startedAt, 0));
        }
      }
      if (summary.status !== 'running') {
        endLine();
        return { summary, failed: summary.counts.failed > 0 ? await ledger.listRuns(rolloutId, 'failed') : [] };
      }
      if (interrupted) {
        endLine();
        throw new WaitInterrupted(rolloutId);
      }
      if (Date.now() >= deadline) {
        endLine();
        throw new WaitTimedOut(rolloutId, options.timeoutMs!, summary, (await workers.alive(15_000)).length > 0);
      }
      if (!warnedNoWorker && Date.now() - lastChange > 5_000) {
        warnedNoWorker = true;
        if ((await workers.alive(15_000)).length === 0) {
          if (options.tty && !options.json) process.stderr.write('\n');
          warn(
            options.json,
            'NO_LIVE_WORKER',
            `no live worker is taking runs: start one with \`tenantry worker\` (Ctrl-C stops waiting; the rollout stays queued)`,
          );
        }
      }
      // each poll counts the rollout's runs: often for small rollouts, every half second for large
      // ones, less often when a poll itself is slow; the end (any status change), Ctrl-C and the
      // deadline wake the wait at once
      const interval = pollInterval(options.intervalMs ?? Math.min(500, Math.max(100, summary.total / 20)), pollMs);
      await Promise.race([
        signal.wait(Math.max(0, Math.min(interval, deadline - Date.now()))),
        new Promise<void>((resolve) => (wakeUp = resolve)),
      ]);
      wakeUp = undefined;
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    await signal.close();
  }
}

export function describeFailure(run: RunRecord): string {
  const details = [
    run.failedMigration ? `migration ${run.failedMigration}` : '',
    run.sqlstate ? `SQLSTATE ${run.sqlstate}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${run.platform}/${run.tenant}: ${redactSecrets(run.error ?? 'failed')}${details ? ` (${details})` : ''}`;
}

/** The runs a rollout left out because the ledger showed their tenant at the target (recorded at its creation). */
function skippedOf(summary: RolloutSummary): { skippedAtTarget?: number } {
  const skipped = summary.options.skippedAtTarget;
  return typeof skipped === 'number' ? { skippedAtTarget: skipped } : {};
}

export function printOutcome(summary: RolloutSummary, failed: RunRecord[], json: boolean): void {
  if (json) {
    // the last event of the --wait stream: one line, like the progress events before it
    printLine(
      JSON.stringify({
        event: 'finished',
        rolloutId: summary.id,
        status: summary.status,
        haltReason: summary.haltReason,
        counts: summary.counts,
        ...skippedOf(summary),
        failed: failed.map((r) => ({
          platform: r.platform,
          tenant: r.tenant,
          error: r.error === null ? null : redactSecrets(r.error),
          migration: r.failedMigration,
          sqlstate: r.sqlstate,
        })),
      }),
    );
    return;
  }
  printLine(
    `rollout ${summary.id} ${summary.status}${summary.haltReason ? ` (${summary.haltReason})` : ''}: ${summary.counts.succeeded} succeeded, ${summary.counts.failed} failed of ${summary.total}`,
  );
  for (const run of failed) printLine(`  FAILED ${describeFailure(run)}`);
}
