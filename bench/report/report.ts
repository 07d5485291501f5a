import type { BenchContext } from '../context.js';
import type { Results } from '../results.js';
import { checks, rateRows, workerScaling } from './figures.js';
import { toJson } from './json.js';
import { toText } from './text.js';

/** Prints the report (unless --json), then the result as one JSON object. */
export function report(ctx: BenchContext, results: Results): void {
  const rows = rateRows(results.rows);
  const found = checks(results, rows);
  const scaling = workerScaling(results, rows);
  if (!ctx.options.json) process.stdout.write(toText(ctx, results, rows, found, scaling));
  process.stdout.write(`${JSON.stringify(toJson(ctx, results, rows, found, scaling), null, ctx.options.json ? 2 : 0)}\n`);
}
