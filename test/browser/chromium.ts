import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/**
 * A page of a new context (1360×900) signed in as admin with `password`, and the errors it logs
 * (page errors and console errors) as they come: a test expects none.
 */
export async function adminPage(browser: Browser, password: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    httpCredentials: { username: 'admin', password },
    viewport: { width: 1360, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}
