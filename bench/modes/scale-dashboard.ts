// The dashboard at scale: /api/status (a page, a deep page, a search, a label grouping), the
// fleet view's refresh (every call fleet.js makes, at once), /api/overview, /metrics, and the
// fleet view in Chromium from navigation to its first rows, against a fleet already populated.
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { loadConfig, silentLogger } from '@tenantry/core';
import { startDashboard } from '@tenantry/dashboard';
import { median } from '../support/stats.js';

export interface DashboardTiming {
  /** what was asked, e.g. `GET /api/status?limit=200` */
  what: string;
  /** median wall time seen by the client (loopback HTTP), ms */
  ms: number;
  /** median server time (the dashboard's Server-Timing header; summed over the calls of a refresh), ms */
  serverMs: number | null;
  samples: number;
  /** e.g. the response's size, the number of /metrics series */
  detail: string;
}

/** Debian's chromium, as the browser tests use it; the page-load row is left out where it is missing. */
const CHROMIUM = '/usr/bin/chromium';
const SAMPLES = 5;
/** The calls the fleet view makes every 2 seconds (fleet.js), its grid a page of 200. */
const REFRESH = ['/api/status?limit=200', '/api/rollouts?limit=20', '/api/runs?status=failed&limit=25', '/api/overview', '/api/backups?limit=10', '/api/audit?limit=15'];

interface Answer {
  ms: number;
  serverMs: number | null;
  bytes: number;
  body: string;
}

async function get(url: string, auth: string): Promise<Answer> {
  const start = performance.now();
  const response = await fetch(url, { headers: { authorization: auth } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`dashboard-scale: ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  const timing = /app;dur=([0-9.]+)/.exec(response.headers.get('server-timing') ?? '');
  return { ms, serverMs: timing ? Number(timing[1]) : null, bytes: Buffer.byteLength(body), body };
}

/**
 * Starts the dashboard in this process on the config's fleet (already populated and migrated),
 * with no cache of versions (each request pays the whole read: the worst case of a refresh), and
 * times each view. `tenants` is the fleet's size, for the log and the check that it is all there.
 */
export async function measureDashboardAtScale(opts: { configPath: string; tenants: number; log: (s: string) => void }): Promise<DashboardTiming[]> {
  const config = loadConfig(opts.configPath, process.env);
  const password = randomBytes(12).toString('hex');
  const auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
  const dashboard = await startDashboard({ config, logger: silentLogger, port: 0, host: '127.0.0.1', adminPassword: password, fleetCacheMs: 0 });
  const rows: DashboardTiming[] = [];
  try {
    const first = JSON.parse((await get(`${dashboard.url}/api/status?limit=1`, auth)).body) as { total: number; tenants: Array<{ tenant: string }> };
    if (first.total < opts.tenants) throw new Error(`dashboard-scale: the fleet has ${first.total} tenants, expected ${opts.tenants}`);
    // a tenant in the middle of the fleet, for a deep page
    const deep = (await midTenant(dashboard.url, auth, first.total)) ?? first.tenants[0]!.tenant;
    const timed = async (what: string, path: string, detail: (a: Answer) => string) => {
      await get(`${dashboard.url}${path}`, auth); // warm: the first call compiles and connects
      const answers: Answer[] = [];
      for (let i = 0; i < SAMPLES; i++) answers.push(await get(`${dashboard.url}${path}`, auth));
      const row = { what, ms: median(answers.map((a) => a.ms)), serverMs: median(answers.map((a) => a.serverMs ?? NaN)), samples: SAMPLES, detail: detail(answers[0]!) };
      opts.log(`dashboard-scale: ${opts.tenants} tenants: ${what}: ${row.serverMs.toFixed(1)} ms server, ${row.ms.toFixed(1)} ms wall (${row.detail})`);
      rows.push(row);
    };
    const size = (a: Answer) => `${(a.bytes / 1024).toFixed(1)} KiB`;
    await timed('GET /api/status (default page of 500)', '/api/status', size);
    await timed('GET /api/status?limit=200 (the fleet view)', '/api/status?limit=200', size);
    await timed('GET /api/status, a page from the middle', `/api/status?limit=200&after=${encodeURIComponent(deep)}`, size);
    await timed('GET /api/status?search= (tenant id part)', '/api/status?limit=200&search=99', size);
    await timed('GET /api/status?groupBy=label:tier', '/api/status?limit=200&groupBy=label%3Atier', size);
    await timed('GET /api/overview', '/api/overview', size);
    await timed('GET /metrics', '/metrics', (a) => `${a.body.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} samples, ${size(a)}`);

    // the fleet view's refresh: its six calls at once, as the page makes them
    const refreshes: Array<{ ms: number; serverMs: number }> = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const start = performance.now();
      const answers = await Promise.all(REFRESH.map((path) => get(`${dashboard.url}${path}`, auth)));
      if (i > 0) refreshes.push({ ms: performance.now() - start, serverMs: answers.reduce((sum, a) => sum + (a.serverMs ?? 0), 0) });
    }
    const refresh = { what: 'fleet view refresh (6 calls at once)', ms: median(refreshes.map((r) => r.ms)), serverMs: median(refreshes.map((r) => r.serverMs)), samples: SAMPLES, detail: 'server time summed over the calls' };
    opts.log(`dashboard-scale: ${opts.tenants} tenants: ${refresh.what}: ${refresh.serverMs.toFixed(1)} ms server, ${refresh.ms.toFixed(1)} ms wall`);
    rows.push(refresh);

    if (existsSync(CHROMIUM)) rows.push(await pageLoad(dashboard.url, password, opts));
    else opts.log(`dashboard-scale: ${CHROMIUM} is missing: no page-load figure (apt-get install -y chromium)`);
  } finally {
    await dashboard.close();
  }
  return rows;
}

/** The tenant half way through the fleet by id, found by paging with the API's own cursor (large pages). */
async function midTenant(url: string, auth: string, total: number): Promise<string | null> {
  let after: string | null = null;
  let seen = 0;
  while (seen < total / 2) {
    const query: string = `/api/status?limit=2000${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = JSON.parse((await get(`${url}${query}`, auth)).body) as { tenants: Array<{ tenant: string }>; next: string | null };
    if (page.tenants.length === 0 || !page.next) break;
    seen += page.tenants.length;
    after = page.next;
  }
  return after;
}

/** Chromium: from navigation to the first tenant rows drawn (the page's own fetches and rendering included). */
async function pageLoad(url: string, password: string, opts: { tenants: number; log: (s: string) => void }): Promise<DashboardTiming> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const samples: number[] = [];
    let cards = 0;
    for (let i = 0; i <= 3; i++) {
      const context = await browser.newContext({ httpCredentials: { username: 'admin', password }, viewport: { width: 1360, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${url}/`);
      await page.waitForSelector('.tenant', { timeout: 60_000 });
      if (i > 0) samples.push(performance.now() - start);
      cards = await page.locator('.tenant').count();
      await context.close();
    }
    const row = { what: 'Chromium: fleet view load to first rows', ms: median(samples), serverMs: null, samples: samples.length, detail: `${cards} tenant rows drawn` };
    opts.log(`dashboard-scale: ${opts.tenants} tenants: ${row.what}: ${row.ms.toFixed(0)} ms (${row.detail})`);
    return row;
  } finally {
    await browser.close();
  }
}
