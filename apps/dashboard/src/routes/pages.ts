import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../html.js';
import { BULL_BOARD_PATH } from './bull-board.js';

const PUBLIC = new URL('../../public/', import.meta.url);

const ASSETS = {
  'fleet.js': 'text/javascript; charset=utf-8',
  'fleet.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
} as const;

/** Scripts and styles come from /assets only: no inline code, so a strict CSP holds. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function page(options: { readOnly: boolean }): string {
  const title = 'Tenantry · fleet';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/fleet.css">
<script src="/assets/fleet.js" defer></script>
</head>
<body data-queues="${escapeHtml(BULL_BOARD_PATH)}">
<header class="top">
  <div class="brand"><span class="mark" aria-hidden="true"></span>Tenantry <span class="sub">fleet</span></div>
  <div class="live" id="live" title="refreshes every 2 seconds"><span class="dot"></span><span id="live-text">connecting…</span></div>
  <nav>
    <a href="${escapeHtml(BULL_BOARD_PATH)}">Queues${options.readOnly ? ' (read-only)' : ''}</a>
    <a href="/metrics">Metrics</a>
    <a href="/api/status">API</a>
  </nav>
</header>
<main>
  <noscript><p class="notice">This page draws itself with JavaScript from <a href="/api/status">/api/status</a> and <a href="/api/rollouts">/api/rollouts</a>.</p></noscript>
  <section class="tiles" id="tiles" aria-label="summary"></section>
  <section class="panel" id="rollouts-panel">
    <h2>Rollouts</h2>
    <div id="rollouts" class="rollouts"><p class="empty">Loading…</p></div>
  </section>
  <section class="panel" id="servers-panel" hidden>
    <h2>Database servers <span class="count">budget of runs in flight, cut while a server is strained</span></h2>
    <div id="servers"></div>
  </section>
  <section class="panel" id="failed-panel">
    <h2>Failed runs <span class="count" id="failed-count"></span></h2>
    <div id="failed"><p class="empty">Loading…</p></div>
  </section>
  <section class="panel" id="fleet-panel">
    <div class="panel-head">
      <h2>Fleet <span class="count" id="fleet-count"></span></h2>
      <div class="tools">
        <input id="filter" type="search" placeholder="search tenant ids" aria-label="search tenant ids" autocomplete="off" spellcheck="false">
        <input id="where" type="search" placeholder="labels: tier=enterprise,region in (eu,uk)" aria-label="select tenants by labels" autocomplete="off" spellcheck="false">
        <label>group by <select id="group-by" aria-label="count tenants by a label's values"><option value="">none</option></select></label>
        <label><input id="behind" type="checkbox"> behind only</label>
      </div>
    </div>
    <div id="distribution" class="distribution"></div>
    <div id="groups" class="groups"></div>
    <div id="pager" class="pager" aria-label="pages of tenants"></div>
    <div id="grid" class="grid"><p class="empty">Loading…</p></div>
  </section>
  <section class="panel" id="backups-panel" hidden>
    <h2>Recent backups</h2>
    <div id="backups"></div>
  </section>
  <section class="panel" id="audit-panel" hidden>
    <h2>Recent actions</h2>
    <div id="audit"></div>
  </section>
</main>
<footer id="footer">Tenantry dashboard</footer>
</body>
</html>
`;
}

/** The fleet view: a server-rendered shell that draws and refreshes itself from /api. */
export function registerPages(app: FastifyInstance, options: { readOnly: boolean }): void {
  const assets = new Map(
    Object.entries(ASSETS).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, PUBLIC)) }]),
  );
  const html = page(options);
  app.get('/', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-store')
      .send(html),
  );
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) return reply.code(404).send({ error: 'no such asset' });
    return reply.header('content-type', asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
}
