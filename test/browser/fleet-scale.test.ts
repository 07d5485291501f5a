// the callbacks given to evaluate() run in the page: they see the DOM's types
/// <reference lib="dom" />
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, adminPage, launchChromium, needChromium } from './chromium.js';
import { type Sandbox, eventually, registeredSandbox } from '../helpers/sandbox.js';
import { basic, startDashboardProcess, type DashboardProcess } from './dashboard-process.js';

const PASSWORD = 'fleet-scale-password';
const V2 = '1710000000002_add-account-name';
const LATEST = '1710000000005_account-status';
const MANY = 2_000;

/**
 * 3 tenants registered by `tenants add` (empty schemas, at 0) and 2,000 more written into the
 * ledger by SQL as a fleet already rolled out would leave them: 1,500 at latest, 400 at v2 and
 * 100 with no recorded version (their schemas do not exist: the dashboard reads them, at 0).
 * Every tenth is tier=enterprise.
 */
async function largeFleet(): Promise<Sandbox> {
  const sandbox = await registeredSandbox(
    { platforms: { accounts: { migrations: 'accounts' } }, releases: { 'v1.0': { accounts: V2 } } },
    { accounts: ['acme', 'globex', 'initech'] },
  );
  await sandbox.ledger(
    `INSERT INTO tenantry.tenants (platform, tenant, server, database, schema, labels, known_version)
     SELECT 'accounts', id, a.server, a.database, 'tenant_' || id,
            jsonb_build_object('tier', CASE WHEN g % 10 = 0 THEN 'enterprise' ELSE 'standard' END),
            CASE WHEN g <= 1500 THEN $1 WHEN g <= 1900 THEN $2 END
       FROM generate_series(1, $3::int) g
       CROSS JOIN LATERAL (SELECT 'c' || lpad(g::text, 4, '0') AS id) i
       CROSS JOIN (SELECT server, database FROM tenantry.tenants WHERE tenant = 'acme') a`,
    [LATEST, V2, MANY],
  );
  return sandbox;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: false });
}

describe('fleet view of 2,003 tenants in headless Chromium: counted by the server, shown a page at a time', function () {
  this.timeout(120_000);
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

  it('shows per-version totals and one page of tenants; pages, searches, selects by label and groups', async () => {
    sandbox = await largeFleet();
    dashboard = await startDashboardProcess(sandbox, { env: { TENANTRY_DASHBOARD_PASSWORD: PASSWORD } });
    const auth = basic('admin', PASSWORD);

    // the API: a page with totals; the next page starts after its last tenant
    const first = (await (await fetch(`${dashboard.url}/api/status?limit=50`, { headers: auth })).json()) as {
      total: number;
      next: string | null;
      tenants: Array<{ tenant: string }>;
      platforms: Array<{ versions: Array<{ version: string; tenants: number }>; unknown: number }>;
    };
    expect(first.total).to.equal(MANY + 3);
    expect(first.tenants.map((t) => t.tenant)).to.have.length(50);
    expect(first.tenants[0]!.tenant).to.equal('acme');
    expect(first.next).to.equal('c0049');
    expect(first.platforms[0]!.versions.map((v) => [v.version, v.tenants])).to.deep.equal([
      [LATEST, 1500],
      [V2, 400],
      ['0', 103],
    ]);
    expect(first.platforms[0]!.unknown).to.equal(0);
    const last = (await (
      await fetch(`${dashboard.url}/api/status?limit=50&after=c1999`, { headers: auth })
    ).json()) as typeof first;
    expect(last.tenants.map((t) => t.tenant)).to.deep.equal(['c2000', 'globex', 'initech']);
    expect(last.next).to.equal(null);
    const refused = await fetch(`${dashboard.url}/api/status?limit=5000`, { headers: auth });
    expect(refused.status).to.equal(400);

    // /metrics: one series per version, none per tenant
    const metrics = await (await fetch(`${dashboard.url}/metrics`, { headers: auth })).text();
    const series = metrics.split('\n').filter((line) => line.startsWith('tenantry_tenants{'));
    expect(series.sort()).to.deep.equal(
      [
        `tenantry_tenants{platform="accounts",server="default",version="${LATEST}"} 1500`,
        `tenantry_tenants{platform="accounts",server="default",version="${V2}"} 400`,
        'tenantry_tenants{platform="accounts",server="default",version="0"} 103',
      ].sort(),
    );

    browser = await launchChromium();
    const { page, problems } = await adminPage(browser, PASSWORD);
    const range = page.locator('#page-range');
    const rangeIs = (text: string) =>
      eventually(async () => ((await range.textContent()) === text ? true : undefined), 15_000, 100);

    await page.goto(`${dashboard.url}/`);
    await page.waitForSelector('.tenant[data-tenant="c0199"]').catch((error: Error) => {
      throw new Error(`${error.message}\n${problems.join('\n')}`);
    });
    expect(await page.locator('.tenant').count()).to.equal(200);
    expect(await range.textContent()).to.equal(`1–200 of ${MANY + 3}`);
    const legend = page.locator('.dist[data-platform="accounts"] .legend-item');
    expect(
      await legend.evaluateAll((items) =>
        items.map((i) => [(i as HTMLElement).dataset.applied, (i as HTMLElement).dataset.tenants]),
      ),
    ).to.deep.equal([
      ['5', '1500'],
      ['2', '400'],
      ['0', '103'],
    ]);
    expect(await page.locator('.tile', { hasText: 'Tenants' }).locator('.tile-value').textContent()).to.equal(
      String(MANY + 3),
    );
    await shot(page, 'fleet-scale-first-page.png');

    // the next page, and back
    await page.click('#page-next');
    await rangeIs(`201–400 of ${MANY + 3}`);
    expect(await page.locator('.tenant').first().getAttribute('data-tenant')).to.equal('c0200');
    await page.click('#page-prev');
    await rangeIs(`1–200 of ${MANY + 3}`);
    expect(await page.locator('.tenant').first().getAttribute('data-tenant')).to.equal('acme');

    // a search by tenant id is made by the server, over the whole fleet
    await page.fill('#filter', 'c19');
    await rangeIs('1–100 of 100');
    expect(await page.locator('.tenant').first().getAttribute('data-tenant')).to.equal('c1900');
    await page.fill('#filter', '');
    await rangeIs(`1–200 of ${MANY + 3}`);

    // the selector box, and behind only
    await page.fill('#where', 'tier=enterprise');
    await rangeIs('1–200 of 200');
    expect(
      await page
        .locator('.tenant')
        .evaluateAll((cards) => cards.every((c) => (c as HTMLElement).dataset.labels === 'tier=enterprise')),
    ).to.equal(true);
    await page.fill('#where', '');
    await rangeIs(`1–200 of ${MANY + 3}`);
    await page.check('#behind');
    await rangeIs(`1–200 of ${400 + 103}`);
    await page.uncheck('#behind');
    await rangeIs(`1–200 of ${MANY + 3}`);

    // grouped by a label: one row per value with its counts; "show" narrows the grid to it
    await page.selectOption('#group-by', 'label:tier');
    const enterprise = page.locator('#groups tr[data-group="enterprise"]');
    await enterprise.waitFor({ timeout: 15_000 });
    expect(
      await page.locator('#groups tbody tr').evaluateAll((rows) =>
        rows.map((r) =>
          Array.from(r.querySelectorAll('td'))
            .slice(0, 5)
            .map((td) => td.textContent),
        ),
      ),
    ).to.deep.equal([
      ['standard', '1800', '1350', '450', '0'],
      ['enterprise', '200', '150', '50', '0'],
      ['(none)', '3', '0', '3', '0'],
    ]);
    await enterprise.locator('button').click();
    await rangeIs('1–200 of 200');
    expect(await page.inputValue('#where')).to.equal('tier=enterprise');
    await shot(page, 'fleet-scale-grouped.png');

    expect(problems, `the fleet view logged errors:\n${problems.join('\n')}`).to.deep.equal([]);
  });
});
