import { expect } from 'chai';
import type { CliResult } from './processes.js';

/**
 * Bad input refused as the house promises: exit 2, a message matching `pattern` on stderr, no
 * stack trace, and at most `maxLines` lines (a usage hint of the argument parser may add one).
 */
export function expectRefused(result: CliResult, pattern: RegExp, maxLines = 1): void {
  expect(result.code, result.stdout + result.stderr).to.equal(2);
  expect(result.stderr).to.match(pattern);
  expect(result.stderr.trim().split('\n'), result.stderr).to.have.length.at.most(maxLines);
  expect(result.stderr).to.not.match(/^\s+at /m);
}
