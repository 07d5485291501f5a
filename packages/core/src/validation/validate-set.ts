import { readFileSync } from 'node:fs';
import { errorMessage } from '../errors.js';
import { ignoreOf, lintIgnoresIn } from './lint-ignore.js';
import type { Queryable } from '../verification/fingerprint.js';
import type { ScannedSet } from './file-scan.js';
import { lintUp, type LintFinding } from './lint-rules.js';
import { loadMigration, type LoadedMigration } from './module-load.js';
import { probeRunaway } from './runaway-probe.js';
import { PROBLEM_CODES, type ProblemSink, type SetRef } from './problems.js';
import type { CheckStatus } from './readiness.js';
import { roundTrip } from './round-trip.js';
import { CaptureNeedsDatabase, captureUpSql } from './sql-capture.js';

export interface SetReport extends SetRef {
  migrations: number;
  roundTrip: { status: CheckStatus; detail: string };
}

export interface ValidateSetInput {
  ref: SetRef;
  scanned: ScannedSet;
  problems: ProblemSink;
  /** where the round trip runs; none: skipped */
  engine: { client: Queryable; name: string } | undefined;
  schema: string;
  migrationsTable: string;
  strict: boolean;
}

async function lintAll(
  loaded: readonly LoadedMigration[],
  problems: ProblemSink,
): Promise<Map<LoadedMigration, LintFinding[]>> {
  const findings = new Map<LoadedMigration, LintFinding[]>();
  for (const migration of loaded) {
    try {
      findings.set(migration, lintUp(await captureUpSql(migration)));
    } catch (error) {
      const why = error instanceof CaptureNeedsDatabase ? error.message : errorMessage(error);
      problems.info('TNT114', `${migration.file.file} was not linted: ${why}`, migration.file.file);
    }
  }
  return findings;
}

export interface PreparedSet {
  loaded: LoadedMigration[];
  findings: Map<LoadedMigration, LintFinding[]>;
  /** every file is a migration that loads: the runner can run the set */
  roundTrippable: boolean;
}

/** Loads every file of a set (each loads and exports up and down) and lints each `up`. */
export async function prepareSet(
  scanned: ScannedSet,
  problems: ProblemSink,
  buildTimeoutMs: number,
): Promise<PreparedSet> {
  const loaded: LoadedMigration[] = [];
  for (const file of scanned.files) {
    // a runaway (endless loop, promise that never settles) is found in a build thread, not here
    if (!(await probeRunaway(file, buildTimeoutMs, problems))) continue;
    const migration = await loadMigration(file, problems);
    if (migration) loaded.push(migration);
  }
  const findings = await lintAll(loaded, problems);
  const roundTrippable = scanned.files.length > 0 && loaded.length === scanned.files.length;
  return { loaded, findings, roundTrippable };
}

/**
 * The rest of a set's checks: the round trip on `engine`, then the lint findings, warnings or
 * (strict) errors, or info when the file silences them with a reason (lint-ignore.ts). A TNT005 candidate (a type change) is raised only when the round trip saw its
 * table rewritten, or could not tell.
 */
export async function finishSet(input: ValidateSetInput, prepared: PreparedSet): Promise<SetReport> {
  const { ref, scanned, problems } = input;
  const { loaded, findings } = prepared;
  let status: CheckStatus = 'skip';
  let detail: string;
  let rewrites = new Map<string, Set<string>>();
  if (scanned.files.length === 0) detail = 'the set has no migrations';
  else if (!prepared.roundTrippable) detail = 'files of the set do not load or are not migrations';
  else if (!input.engine) detail = 'no database to run it on';
  else {
    const before = problems.list.length;
    const result = await roundTrip({
      client: input.engine.client,
      dir: scanned.dir,
      schema: input.schema,
      migrationsTable: input.migrationsTable,
      migrations: loaded,
      problems,
    });
    rewrites = result.rewrites;
    const failed = problems.list.slice(before).some((p) => p.severity === 'error');
    status = failed ? 'fail' : 'pass';
    detail = `${failed ? 'failed' : 'up, down, up'} on ${input.engine.name} in schema ${input.schema}`;
  }

  const severity = input.strict ? problems.error : problems.warning;
  for (const [migration, list] of findings) {
    const ignores = lintIgnoresIn(list.length > 0 ? readFileSync(migration.file.path, 'utf8') : '');
    for (const finding of list) {
      let message = finding.message;
      if (finding.code === 'TNT005') {
        const seen = rewrites.get(migration.file.name);
        if (seen && finding.table && !seen.has(finding.table)) continue; // binary-compatible: no rewrite
        message += seen
          ? `, which rewrites the whole table under an exclusive lock (seen on the round trip)`
          : `, which may rewrite the whole table under an exclusive lock (the round trip could not tell)`;
        message += `. Safe: add a column of the new type, keep it filled (a trigger) and backfill it in batches, move the code to it, drop the old column later`;
      }
      const ignore = ignoreOf(ignores, finding.code);
      const text = `${migration.file.file}: ${message} [${PROBLEM_CODES[finding.code]}]`;
      if (ignore.silenced) problems.info(finding.code, `${text} (silenced: ${ignore.reason})`, migration.file.file);
      else severity(finding.code, text + ignore.note, migration.file.file);
    }
  }
  return { ...ref, migrations: scanned.files.length, roundTrip: { status, detail } };
}
