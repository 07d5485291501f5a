import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../helpers/sandbox.js';

/** Debian's chromium, driven through playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
/** Where browser tests leave their screenshots. */
export const ARTIFACTS = path.join(ROOT, 'test/artifacts');

/** In a suite's `before`: skips it, saying why, where chromium is missing; makes the artifacts folder. */
export function needChromium(context: Mocha.Context): void {
  if (!existsSync(CHROMIUM)) {
    // eslint-disable-next-line no-console
    console.log(
      `    (skipped: ${CHROMIUM} is missing; install Debian's chromium package: apt-get install -y chromium)`,
    );
    context.skip();
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** A headless chromium that reaches nothing but what the test opens. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
