import { InvalidInput } from '@tenantry/core';

/** Plain-text tables and JSON for commands. Results go to stdout; diagnostics to stderr. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** A warning on stderr: one line, or one JSON object with a stable code under --json. */
export function warn(json: boolean, code: string, message: string): void {
  process.stderr.write(json ? `${JSON.stringify({ warning: message, code })}\n` : `tenantry: warning: ${message}\n`);
}

export function printTable(
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): void {
  const cells = rows.map((row) => row.map((c) => (c === null || c === undefined ? '-' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
  printLine(line(headers));
  for (const row of cells) printLine(line(row));
}

export function ago(date: Date | null | undefined, now = Date.now()): string {
  if (!date) return '-';
  const seconds = Math.max(0, Math.round((now - date.getTime()) / 1000));
  if (seconds < 90) return `${seconds}s ago`;
  if (seconds < 5400) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 129600) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86400)}d ago`;
}

/**
 * Values that may repeat (`--tenant a --tenant b`) or be comma-separated (`--tenant a,b`). An
 * empty value is refused: `--tenant "$UNSET"` must not widen a rollout to every tenant.
 */
export function collect(value: string, previous: string[] = []): string[] {
  const values = value.split(',');
  if (values.some((v) => v.length === 0))
    throw new InvalidInput(
      `empty value in ${JSON.stringify(value.slice(0, 60))}: name each one (a,b or repeat the option)`,
    );
  return [...previous, ...values];
}

/** A whole number option (`--keep 3`) from 1 to `max`: digits only, no 1e3, 0x10 or 5.0. */
export function parseCount(option: string, value: string, max: number): number {
  const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new InvalidInput(`${option} must be an integer from 1 to ${max}`);
  return n;
}

/**
 * A rollout or backup id from the command line, checked for shape before any server is asked:
 * a uuid or a prefix of one (hex digits, dashes allowed), or one clear line and exit 2.
 */
export function parseRecordId(kind: 'rollout' | 'backup', id: string): string {
  if (!/^[0-9a-fA-F-]{1,36}$/.test(id) || !/[0-9a-fA-F]/.test(id))
    throw new InvalidInput(
      `${kind} id ${JSON.stringify(id.slice(0, 60))} is not a ${kind} id (an id, or a unique prefix of one)`,
    );
  return id;
}

/** Seconds for people: `45s`, `1m30s`, `2h05m`; rounded up, so never `1m60s`. */
export function formatDuration(seconds: number): string {
  const total = Math.ceil(seconds);
  if (total < 90) return `${total}s`;
  if (total < 3600) return `${Math.floor(total / 60)}m${String(total % 60).padStart(2, '0')}s`;
  return `${Math.floor(total / 3600)}h${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}m`;
}

/** A duration option (`--timeout 90s`, `5m`, `1h30m`, or plain seconds) in milliseconds, at most a week. */
export function parseDuration(option: string, value: string): number {
  const match = /^(?:(\d{1,6})h)?(?:(\d{1,6})m)?(?:(\d{1,7})s)?$/.exec(value);
  const plain = /^\d{1,7}$/.test(value) ? Number(value) : undefined;
  const seconds =
    plain ??
    (match && value !== '' ? Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) : NaN);
  if (!(seconds >= 1 && seconds <= 7 * 86400))
    throw new InvalidInput(`${option} must be a duration from 1s to 7d, like 90s, 5m or 1h30m`);
  return seconds * 1000;
}
