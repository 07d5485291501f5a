import type pg from 'pg';
import { BuildSession, MigrationBuildTimeout } from '../migrator/build-sandbox.js';
import type { ScannedFile } from './file-scan.js';
import type { ProblemSink } from './problems.js';

/** What a builder's `pgm.db` reads see during the probe: no rows (the probe looks for runaways, not results). */
const noRows = async () =>
  ({ rows: [], rowCount: 0, command: 'SELECT', fields: [], oid: 0 }) as unknown as pg.QueryResult;

/**
 * Loads a file and runs its up and down in a build thread first, within `timeoutMs` each: a file
 * that spins at import, or an up/down that never settles, is reported (TNT116) instead of hanging
 * validate, and is then not loaded into validate's own process. Other errors are left to the
 * checks that follow, which report them with their detail.
 */
export async function probeRunaway(file: ScannedFile, timeoutMs: number, problems: ProblemSink): Promise<boolean> {
  let session: BuildSession | undefined;
  try {
    session = await BuildSession.open([file], { timeoutMs });
    await session.build(file.name, 'up', noRows).catch(rethrowTimeout);
    if (session.hasDown[0]) await session.build(file.name, 'down', noRows).catch(rethrowTimeout);
    return true;
  } catch (error) {
    if (!(error instanceof MigrationBuildTimeout)) return true;
    problems.error('TNT116', `${file.file}: ${error.message.slice(error.message.indexOf(': ') + 2)}`, file.file);
    return false;
  } finally {
    session?.release();
  }
}

function rethrowTimeout(error: unknown): void {
  if (error instanceof MigrationBuildTimeout) throw error;
}
