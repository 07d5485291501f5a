import { createHash } from 'node:crypto';

/**
 * The application_name of a worker's sessions on platform databases. A run takes its tenant lock
 * before the ledger learns its session (the claim comes after the lock), so a worker that dies or
 * freezes in between holds a lock no run row points at. The name carries a tag of the worker id
 * at a fixed place, so such a lock is still traced to its worker (and freed once that worker is
 * dead) however long the id is: application_name keeps only 63 bytes.
 */
export function runSessionName(workerId: string): string {
  return `${RUN_SESSION_PREFIX}${workerTag(workerId)} ${workerId}`.slice(0, 63);
}

/** The worker tag in a session's application_name, if the session is a worker's run session. */
export function workerTagOf(applicationName: string): string | undefined {
  return RUN_SESSION_PATTERN.exec(applicationName)?.[1];
}

/** 12 hex characters of sha256(worker id); the same as {@link WORKER_TAG_SQL} computes. */
export function workerTag(workerId: string): string {
  return createHash('sha256').update(workerId, 'utf8').digest('hex').slice(0, TAG_LENGTH);
}

/** {@link workerTag} in SQL, over a column `id` of the ledger's workers table. */
export const WORKER_TAG_SQL = `left(encode(sha256(convert_to(id, 'UTF8')), 'hex'), 12)`;

const TAG_LENGTH = 12;
const RUN_SESSION_PREFIX = 'tenantry run ';
const RUN_SESSION_PATTERN = /^tenantry run ([0-9a-f]{12})(?: |$)/;
