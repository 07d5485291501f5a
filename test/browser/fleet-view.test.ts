// the callbacks given to evaluate() run in the page: they see the DOM's types
/// <reference lib="dom" />
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, adminPage, launchChromium, needChromium } from './chromium.js';
import { type Sandbox, eventually, tenantIds } from '../helpers/sandbox.js';
import { exited } from '../helpers/processes.js';
import { slowFleet } from '../helpers/slow-fleet.js';
import { startDashboardProcess, type DashboardProcess } from './dashboard-process.js';

const PASSWORD = 'fleet-view-password';
const BROKEN = ['c0005', 'c0017'];

/**
 * 24 tenants at v1.0. Each has `slow` accounts that make migration 4 sleep 50 ms per row (see the
 * accounts fixtures), so the rollout to latest lasts several seconds with two runs at a time;
 * two tenants have duplicate e-mails and fail on migration 3.
 */
async function slowFleetWithFailures(): Promise<Sandbox> {
  const sandbox = await slowFleet(tenantIds(24), 12);
  for (const tenant of BROKEN) {
    await sandbox.platform(
      'accounts',
      `INSERT INTO tenant_${tenant}.accounts (email) VALUES ('dup@example.com'), ('dup@example.com')`,
    );
  }
  return sandbox;
}

async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

describe('fleet view in headless Chromium (real dashboard, worker, PostgreSQL and Redis)', function () {
  this.timeout(240_000);
  let sandbox: Sandbox | undefined;
  let dashboard: DashboardProcess | undefined;
  let browser: Browser | undefined;

  before(function () {
    needChromium(this);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await dashboard?.stop();
    await sandbox?.destroy();
  });

  it('shows a rollout progressing, a failed tenant with its job in Bull Board, and the fleet coloured by version', async () => {
    sandbox = await slowFleetWithFailures();
    dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD } });
    browser = await launchChromium();
    const { page, problems } = await adminPage(browser, PASSWORD);

    await page.goto(`${dashboard.url}/`);
    await page.waitForSelector('.tenant[data-tenant="c0024"]');
    expect(await page.locator('.tenant').count()).to.equal(24);
    expect(await page.locator('.cell[data-applied="2"]').count()).to.equal(24);
    await shot(page, 'fleet-before.png');

    // the rollout: enqueued, then one worker with two runs at a time
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    const rolloutId = /rollout ([0-9a-f-]{36})/.exec(enqueued.stdout)![1]!;
    const worker = sandbox.startWorker({ concurrency: 2 });

    const card = page.locator(`article.rollout[data-rollout="${rolloutId}"]`);
    await card.waitFor({ timeout: 20_000 });
    const seen: number[] = [];
    let midShot = false;
    await eventually(
      async () => {
        // a running rollout has a card; once finished it moves to the table of recent rollouts
        const done = await card
          .evaluate((el) => Number((el as HTMLElement).dataset.done), undefined, { timeout: 1_000 })
          .catch(() => undefined);
        if (done === undefined) return true;
        if (seen.at(-1) !== done) seen.push(done);
        if (!midShot && done >= 6) {
          midShot = true;
          await shot(page, 'fleet-during-rollout.png');
          expect(await card.locator('.seg.ok').count()).to.equal(1);
          expect(await card.locator('.eta').textContent()).to.match(/^\d+s$|^\d+m\d\ds$/);
          expect(await card.locator('.rate').textContent()).to.match(/^\d+\.\d \/s$/);
        }
        return undefined;
      },
      90_000,
      250,
    );
    expect(seen.length, `progress seen: ${seen.join(' → ')}`).to.be.at.least(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).to.be.greaterThan(seen[i - 1]!);
    expect(midShot, 'a screenshot mid-rollout').to.equal(true);

    // finished: the failed tenants are listed with their error, marked in the grid, the rest at latest
    const failedRows = page.locator('#failed tr[data-tenant]');
    await eventually(async () => ((await failedRows.count()) === BROKEN.length ? true : undefined), 20_000, 250);
    expect(
      (await failedRows.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.tenant))).sort(),
    ).to.deep.equal(BROKEN);
    expect(await page.locator('#failed td.error').first().textContent()).to.match(/MIGRATION_FAILED/);
    for (const tenant of BROKEN) {
      const cell = page.locator(`.tenant[data-tenant="${tenant}"] .cell`);
      expect(await cell.getAttribute('class')).to.include('run-failed');
      expect(await cell.getAttribute('data-applied')).to.equal('2');
    }
    await eventually(async () => ((await page.locator('.cell.latest').count()) === 22 ? true : undefined), 10_000, 250);
    await page.locator('#rollouts tr[data-rollout]').first().waitFor();
    await shot(page, 'fleet-after-rollout.png');
    expect(await page.locator('.tile', { hasText: 'Failed runs' }).getAttribute('class')).to.include('bad');

    // the operator fixes one tenant's data and migrates it again: its failure shows as resolved,
    // the other stays open
    await sandbox.platform('accounts', `DELETE FROM tenant_${BROKEN[0]}.accounts WHERE email = 'dup@example.com'`);
    const again = await sandbox.cli(['migrate', '--to', 'latest', '--tenant', BROKEN[0]!, '--wait']);
    expect(again.code, again.stdout + again.stderr).to.equal(0);
    const resolved = page.locator(`#failed tr[data-tenant="${BROKEN[0]}"]`);
    await eventually(
      async () => ((await resolved.getAttribute('data-resolved')) === 'yes' ? true : undefined),
      20_000,
      250,
    );
    expect(await resolved.locator('.chip.good').textContent()).to.equal('resolved');
    expect(await page.locator(`#failed tr[data-tenant="${BROKEN[1]}"]`).getAttribute('data-resolved')).to.equal('no');
    expect(await page.locator('#failed-count').textContent()).to.equal('1 open · 1 resolved');
    await shot(page, 'fleet-failed-resolved.png');
    worker.kill('SIGTERM');
    await exited(worker);

    expect(problems, `the fleet view logged errors:\n${problems.join('\n')}`).to.deep.equal([]);

    // the failed run's link opens its job in Bull Board
    const link = page.locator(`#failed tr[data-tenant="${BROKEN[0]}"] a.job-link`);
    const href = await link.getAttribute('href');
    expect(href).to.match(/^\/queues\/queue\/tenantry-runs\/run-[0-9a-f-]{36}$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.waitForTimeout(3000);
    await shot(page, 'bull-board-failed-job.png');

    await page.goto(`${dashboard.url}/queues`);
    await page.getByText('tenantry-runs').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await shot(page, 'bull-board-queues.png');

    // Bull Board's page asks for Google Fonts, which the dashboard's CSP refuses: that refusal is the only error allowed
    const unexpected = problems.filter((p) => !/fonts\.googleapis\.com/.test(p));
    expect(unexpected, `Bull Board logged errors:\n${unexpected.join('\n')}`).to.deep.equal([]);
  });
});
