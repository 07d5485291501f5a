import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium, needChromium } from './chromium.js';
import { Sandbox, eventually } from '../helpers/sandbox.js';
import { basic, startDashboardProcess, type DashboardProcess } from './dashboard-process.js';

const OPERATOR = { user: 'ops', password: 'ops-password-1', role: 'operator' };
const VIEWER = { user: 'watcher', password: 'watcher-password-1', role: 'viewer' };
const ACTIONS = /pause|resume|clean|retry|promote|remove|delete|duplicate|edit|add job|empty|obliterate/i;

/** A page of another site: it posts to the dashboard as soon as it loads, the classic forged request. */
function evilSite(target: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html><body>
<form id="f" method="POST" enctype="text/plain" action="${target}"><input name='{"name":"forged","data":{},"x":"' value='"}'></form>
<script>document.getElementById('f').submit();</script></body></html>`;
  const server = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

/** What each button says: its text, else its title or accessible name (Bull Board's icon buttons). */
async function buttonsOf(page: Page): Promise<string[]> {
  return page.locator('button').evaluateAll((buttons) =>
    buttons.map((b) =>
      [b.textContent?.trim(), b.getAttribute('title'), b.getAttribute('aria-label')]
        .filter((t) => t)
        .join(' / ')
        .slice(0, 60),
    ),
  );
}

describe('dashboard roles in headless Chromium (real dashboard, PostgreSQL and Redis)', function () {
  this.timeout(180_000);
  let sandbox: Sandbox | undefined;
  let dashboard: DashboardProcess | undefined;
  let browser: Browser | undefined;
  let evil: Server | undefined;

  before(function () {
    needChromium(this);
  });
  after(async () => {
    evil?.close();
    await browser?.close().catch(() => {});
    await dashboard?.stop();
    await sandbox?.destroy();
  });

  it('shows a viewer Bull Board without actions, an operator with them, and refuses a forged cross-site write', async () => {
    sandbox = new Sandbox({
      platforms: { accounts: { migrations: 'accounts' } },
      extra: { dashboard: { users: [OPERATOR, VIEWER] } },
    });
    expect((await sandbox.cli(['init'])).code).to.equal(0);
    expect((await sandbox.cli(['tenants', 'add', 'accounts', 'acme', 'globex'])).code).to.equal(0);
    // no worker: the rollout's jobs wait in the queue, so Bull Board has jobs to offer actions on
    const enqueued = await sandbox.cli(['migrate', '--to', 'latest']);
    expect(enqueued.code, enqueued.stderr).to.equal(0);
    dashboard = await startDashboardProcess(sandbox);
    const jobCount = async () => {
      const response = await fetch(`${dashboard!.url}/queues/api/queues`, {
        headers: basic(OPERATOR.user, OPERATOR.password),
      });
      const body = (await response.json()) as { queues: Array<{ counts: Record<string, number> }> };
      return Object.values(body.queues[0]!.counts).reduce((a, b) => a + b, 0);
    };
    const jobsBefore = await jobCount();
    expect(jobsBefore).to.be.greaterThan(0);

    browser = await launchChromium();
    const board = `${dashboard.url}/queues/queue/tenantry-runs?status=prioritized`;
    const seen: Record<string, string[]> = {};
    for (const who of [OPERATOR, VIEWER]) {
      const context = await browser.newContext({
        httpCredentials: { username: who.user, password: who.password },
        viewport: { width: 1360, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(board, { timeout: 30_000 });
      await page.getByText('tenantry-runs').first().waitFor({ timeout: 30_000 });
      // the job list draws after the queue list: wait until a job's id shows
      // the jobs draw after the queue list: wait until both show
      await eventually(
        async () => ((await page.getByText(/^run-[0-9a-f-]{36}$/).count()) === 2 ? true : undefined),
        30_000,
        250,
      );
      await page.waitForTimeout(500);
      seen[who.role] = await buttonsOf(page);
      await page.screenshot({ path: path.join(ARTIFACTS, `bull-board-${who.role}.png`), fullPage: true });
      await context.close();
    }
    // the same page over the same jobs: an operator gets each job's actions (priority, duplicate,
    // edit, remove: icon buttons) and the queue's menu; a viewer gets none of them
    const shown = `operator: ${seen.operator!.join(' | ')}\nviewer: ${seen.viewer!.join(' | ')}`;
    expect(seen.operator!.length - seen.viewer!.length, shown).to.be.at.least(2 * 4 + 1);
    expect(
      seen.viewer!.filter((t) => ACTIONS.test(t)),
      shown,
    ).to.deep.equal([]);
    for (const label of seen.viewer!) expect(seen.operator, shown).to.include(label);

    // an operator, signed in, visits another site whose page posts to the dashboard
    const site = await evilSite(`${dashboard.url}/queues/api/queues/tenantry-runs/add`);
    evil = site.server;
    const context = await browser.newContext({
      httpCredentials: { username: OPERATOR.user, password: OPERATOR.password },
    });
    const page = await context.newPage();
    const answer = page.waitForResponse(
      (r) => r.url().startsWith(dashboard!.url) && r.request().method() === 'POST' && r.status() !== 401,
      { timeout: 30_000 },
    );
    await page.goto(site.url);
    const refused = await answer;
    expect(refused.status()).to.equal(403);
    expect(await refused.text()).to.match(/may not change anything here/);
    await context.close();
    expect(await jobCount()).to.equal(jobsBefore);
    const warned = await eventually(
      async () => dashboard!.logs().find((l) => l.msg === 'cross-site write refused'),
      5_000,
    );
    expect(warned).to.include({ user: 'ops', method: 'POST' });
  });
});
