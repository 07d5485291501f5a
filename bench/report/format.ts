export const fmt = (x: number | undefined, digits = 2): string => (x !== undefined && Number.isFinite(x) ? x.toFixed(digits) : '-');

/** A plain-text table; the columns whose index is in `alignRight` are right-aligned. */
export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, alignRight: readonly number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: ReadonlyArray<string | number>) =>
    cells.map((c, i) => (alignRight.includes(i) ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
