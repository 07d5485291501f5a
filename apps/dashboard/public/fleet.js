// The fleet view: fetches /api every 2 seconds and redraws. No framework; every piece of text
// goes into the page as a text node (never as HTML), so nothing from the ledger can become markup.
(() => {
  'use strict';

  const REFRESH_MS = 2000;
  const $ = (id) => document.getElementById(id);
  const state = { filter: '', behindOnly: false, where: '', whereError: '', groupBy: '', data: null, lastOk: 0 };

  /** h('div', { class: 'x', title: 't' }, 'text', child, [more]) */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'style') Object.assign(el.style, value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key === 'href') el.setAttribute('href', String(value).startsWith('/') ? value : '#');
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    const add = (child) => {
      if (child === null || child === undefined || child === false) return;
      if (Array.isArray(child)) child.forEach(add);
      else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    };
    children.forEach(add);
    return el;
  }

  const replace = (id, ...nodes) => $(id).replaceChildren(...nodes.flat().filter(Boolean));

  async function getJson(url) {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }

  // ---------- formatting ----------
  function ago(iso) {
    if (!iso) return '–';
    const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (s < 90) return `${s}s ago`;
    if (s < 5400) return `${Math.round(s / 60)}m ago`;
    if (s < 129600) return `${Math.round(s / 3600)}h ago`;
    return `${Math.round(s / 86400)}d ago`;
  }
  function duration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
    if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 90) return `${Math.round(seconds)}s`;
    if (seconds < 5400) return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
    return `${Math.floor(seconds / 3600)}h${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}m`;
  }
  function bytes(n) {
    if (n === null || n === undefined) return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return `${n < 10 && i > 0 ? n.toFixed(1) : Math.round(n)} ${units[i]}`;
  }
  const shortId = (id) => id.slice(0, 8);
  /** 1710000000003_unique-account-email → unique-account-email */
  const label = (version) => (version === '0' ? 'none' : version.replace(/^\d+_/, ''));

  // A tenant's version on a platform: green at the latest, warm while behind, grey with nothing.
  function versionColour(applied, total) {
    if (total === 0 || applied === 0) return 'hsl(215 14% 62%)';
    if (applied >= total) return 'hsl(145 63% 36%)';
    const t = applied / total;
    return `hsl(${Math.round(18 + t * 52)} 78% ${Math.round(50 - t * 6)}%)`;
  }

  // ---------- sections ----------
  function tile(labelText, value, detail, tone) {
    return h(
      'div',
      { class: `tile ${tone || ''}` },
      h('div', { class: 'tile-label' }, labelText),
      h('div', { class: 'tile-value' }, value),
      detail ? h('div', { class: 'tile-detail' }, detail) : null,
    );
  }

  function renderTiles({ status, rollouts, failed, overview }) {
    const pairs = status.tenants.flatMap((t) => Object.values(t.versions));
    const latest = pairs.filter((v) => v && v.latest).length;
    const running = rollouts.rollouts.filter((r) => r.status === 'running').length;
    const counts = {};
    for (const q of overview.queue.queues)
      for (const [k, v] of Object.entries(q.counts)) counts[k] = (counts[k] || 0) + v;
    const share = pairs.length ? Math.round((latest / pairs.length) * 100) : 100;
    replace(
      'tiles',
      tile(
        'Tenants',
        status.tenants.length,
        `${status.platforms.length} platform${status.platforms.length === 1 ? '' : 's'}`,
      ),
      tile('At latest', `${share}%`, `${latest} of ${pairs.length} tenant·platforms`, share === 100 ? 'good' : 'warn'),
      tile('Rollouts running', running, running ? 'in progress' : 'idle', running ? 'busy' : ''),
      failedTile(failed.runs),
      tile(
        'Workers',
        overview.workers.length,
        overview.workers.length ? `${overview.workers.reduce((a, w) => a + w.concurrency, 0)} slots` : 'none alive',
        overview.workers.length ? '' : 'warn',
      ),
      overview.queue.up
        ? tile(
            'Queue',
            (counts.waiting || 0) + (counts.delayed || 0) + (counts.prioritized || 0),
            `${counts.active || 0} active · ${counts.failed || 0} failed`,
          )
        : tile('Queue', '?', 'Redis does not answer', 'bad'),
    );
  }

  function progressBar(r) {
    const total = Math.max(r.total, 1);
    const seg = (cls, n, title) =>
      n > 0
        ? h('span', { class: `seg ${cls}`, style: { width: `${(n / total) * 100}%` }, title: `${n} ${title}` })
        : null;
    return h(
      'div',
      { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': r.total, 'aria-valuenow': r.done },
      seg('ok', r.counts.succeeded, 'succeeded'),
      seg('failed', r.counts.failed, 'failed'),
      seg('cancelled', r.counts.cancelled, 'cancelled'),
      seg('running', r.counts.running, 'running'),
    );
  }

  function rolloutCard(r) {
    const pct = r.total ? Math.floor((r.done / r.total) * 100) : 100;
    return h(
      'article',
      {
        class: `rollout ${r.status}`,
        dataset: { rollout: r.id, done: r.done, total: r.total, failed: r.counts.failed },
      },
      h(
        'div',
        { class: 'rollout-head' },
        h('span', { class: `pill ${r.status}` }, r.status),
        h('span', { class: 'rollout-title' }, `${r.kind} → ${label(r.target)}`),
        h('code', { class: 'muted', title: r.id }, shortId(r.id)),
        h('span', { class: 'muted right' }, `started ${ago(r.startedAt || r.createdAt)}`),
      ),
      progressBar(r),
      h(
        'div',
        { class: 'rollout-stats' },
        h('strong', { class: 'done' }, `${r.done} / ${r.total}`),
        h('span', null, `${pct}%`),
        h('span', { class: 'ok-text' }, `${r.counts.succeeded} ok`),
        r.counts.failed ? h('span', { class: 'bad-text' }, `${r.counts.failed} failed`) : null,
        h('span', null, `${r.counts.running} running`),
        h('span', null, `${r.counts.queued} queued`),
        r.counts.waiting
          ? h(
              'span',
              { title: 'waiting for another run (an earlier platform of a release, a compensation)' },
              `${r.counts.waiting} waiting`,
            )
          : null,
        h(
          'span',
          { class: 'right' },
          h(
            'span',
            { class: 'rate' },
            r.throughputPerSecond === null ? '– /s' : `${r.throughputPerSecond.toFixed(1)} /s`,
          ),
          ' · ETA ',
          h('strong', { class: 'eta' }, r.etaSeconds === null ? '–' : duration(r.etaSeconds)),
        ),
      ),
      platformBars(r),
    );
  }

  /** A running rollout over several platforms: one thin bar per platform under the main one. */
  function platformBars(r) {
    if (!r.platforms || r.platforms.length < 2) return null;
    const order = state.data.status.platforms.map((p) => p.id); // release order, from the config
    const platforms = [...r.platforms].sort((a, b) => order.indexOf(a.platform) - order.indexOf(b.platform));
    return h(
      'div',
      { class: 'platform-bars' },
      platforms.map((p) => {
        const done = p.counts.succeeded + p.counts.failed + p.counts.cancelled;
        return [
          h('span', null, p.platform),
          progressBar({ total: p.total, done, counts: p.counts }),
          h('span', { class: 'num' }, `${done}/${p.total}`),
        ];
      }),
    );
  }

  function renderRollouts({ rollouts }) {
    const running = rollouts.rollouts.filter((r) => r.status === 'running');
    const recent = rollouts.rollouts.filter((r) => r.status !== 'running').slice(0, 6);
    const nodes = running.map(rolloutCard);
    if (running.length === 0) nodes.push(h('p', { class: 'empty' }, 'No rollout is running.'));
    if (recent.length > 0) {
      nodes.push(
        h(
          'table',
          { class: 'table recent' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ['', 'rollout', 'target', 'runs', 'took', 'finished'].map((t) => h('th', null, t)),
            ),
          ),
          h(
            'tbody',
            null,
            recent.map((r) =>
              h(
                'tr',
                { dataset: { rollout: r.id } },
                h('td', null, h('span', { class: `pill ${r.status}` }, r.status)),
                h('td', null, h('code', { title: r.id }, shortId(r.id)), ' ', r.kind),
                h('td', { title: r.target }, label(r.target)),
                h(
                  'td',
                  null,
                  `${r.counts.succeeded} ok`,
                  r.counts.failed ? h('span', { class: 'bad-text' }, ` · ${r.counts.failed} failed`) : null,
                  ` of ${r.total}`,
                ),
                h(
                  'td',
                  null,
                  r.finishedAt && r.startedAt
                    ? duration((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000)
                    : '–',
                ),
                h('td', null, ago(r.finishedAt)),
              ),
            ),
          ),
        ),
      );
    }
    replace('rollouts', nodes);
  }

  // a failed run that a later run of its tenant made good is resolved: listed, but not an alarm
  function failedTile(runs) {
    const open = runs.filter((r) => !r.resolvedBy);
    const resolved = runs.length - open.length;
    const sub = open.length
      ? `latest ${ago(open[0].finishedAt)}`
      : runs.length
        ? 'all resolved by a later run'
        : 'none recently';
    return tile(
      'Failed runs',
      open.length,
      resolved && open.length ? `${sub} · ${resolved} resolved` : sub,
      open.length ? 'bad' : 'good',
    );
  }

  function renderFailed({ failed }) {
    const open = failed.runs.filter((r) => !r.resolvedBy).length;
    $('failed-count').textContent = failed.runs.length
      ? open === failed.runs.length
        ? String(open)
        : `${open} open · ${failed.runs.length - open} resolved`
      : '';
    if (failed.runs.length === 0) return replace('failed', h('p', { class: 'empty good-text' }, 'No failed runs.'));
    replace(
      'failed',
      h(
        'table',
        { class: 'table failed' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['tenant', 'migration', 'error', 'rollout', 'when', ''].map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          failed.runs.map((r) =>
            h(
              'tr',
              {
                class: r.resolvedBy ? 'resolved' : '',
                dataset: { run: r.id, tenant: r.tenant, platform: r.platform, resolved: r.resolvedBy ? 'yes' : 'no' },
              },
              h(
                'td',
                { class: 'nowrap' },
                h('span', { class: 'muted' }, `${r.platform} / `),
                h('strong', null, r.tenant),
                r.resolvedBy
                  ? h('span', { class: 'chip good', title: `run ${r.resolvedBy} later brought it there` }, 'resolved')
                  : null,
              ),
              h(
                'td',
                { title: r.failedMigration || '' },
                r.failedMigration ? label(r.failedMigration) : '–',
                r.sqlstate ? h('span', { class: 'chip' }, r.sqlstate) : null,
              ),
              h('td', { class: 'error', title: r.error || '' }, r.error || 'failed'),
              h('td', null, h('code', { title: r.rolloutId }, shortId(r.rolloutId))),
              h('td', { class: 'nowrap' }, ago(r.finishedAt)),
              h('td', null, h('a', { href: r.jobUrl, class: 'job-link' }, 'job ↗')),
            ),
          ),
        ),
      ),
    );
  }

  function renderDistribution({ status }) {
    replace(
      'distribution',
      status.platforms.map((p) => {
        const counts = new Map();
        let unknown = 0;
        for (const t of status.tenants) {
          const v = t.versions[p.id];
          if (v === undefined) continue;
          if (v === null) unknown++;
          else counts.set(v.applied, (counts.get(v.applied) || 0) + 1);
        }
        const n = p.migrations.length;
        const positions = [...counts.keys()].sort((a, b) => b - a);
        const total = Math.max(p.tenants, 1);
        return h(
          'div',
          { class: 'dist', dataset: { platform: p.id } },
          h(
            'div',
            { class: 'dist-name' },
            p.id,
            !p.reachable ? h('span', { class: 'chip bad', title: p.error || '' }, 'unreachable') : null,
          ),
          h(
            'div',
            { class: 'dist-bar' },
            positions.map((k) =>
              h('span', {
                class: 'seg',
                style: { width: `${(counts.get(k) / total) * 100}%`, background: versionColour(k, n) },
                title: `${counts.get(k)} at ${k === 0 ? 'none' : p.migrations[k - 1]}`,
              }),
            ),
            unknown
              ? h('span', {
                  class: 'seg unknown',
                  style: { width: `${(unknown / total) * 100}%` },
                  title: `${unknown} unknown`,
                })
              : null,
          ),
          h(
            'div',
            { class: 'legend' },
            positions.map((k) =>
              h(
                'span',
                { class: 'legend-item', title: k === 0 ? 'nothing applied' : p.migrations[k - 1] },
                h('i', { style: { background: versionColour(k, n) } }),
                `${k === n ? 'latest · ' : ''}${k}/${n} ${k === 0 ? 'none' : label(p.migrations[k - 1])}`,
                h('b', null, counts.get(k)),
              ),
            ),
          ),
        );
      }),
    );
  }

  /** tier=enterprise,internal */
  const labelText = (labels) =>
    Object.keys(labels || {})
      .sort()
      .map((k) => (labels[k] === '' ? k : `${k}=${labels[k]}`))
      .join(',');

  // the group-by choices: every label key some tenant carries
  function renderGroupChoices(tenants) {
    const select = $('group-by');
    const keys = [...new Set(tenants.flatMap((t) => Object.keys(t.labels || {})))].sort();
    const have = [...select.options].slice(1).map((o) => o.value);
    if (have.join('\u0000') === keys.join('\u0000')) return;
    select.replaceChildren(
      h('option', { value: '' }, 'none'),
      keys.map((k) => h('option', { value: k }, k)),
    );
    select.value = keys.includes(state.groupBy) ? state.groupBy : '';
    state.groupBy = select.value;
  }

  function tenantCard(t, platforms) {
    const pinned = Object.keys(t.pins || {}).length > 0;
    const held = (t.held || []).length > 0;
    return h(
      'div',
      {
        class: `tenant${pinned ? ' pinned' : ''}${held ? ' held' : ''}`,
        dataset: {
          tenant: t.tenant,
          labels: labelText(t.labels),
          pinned: pinned ? 'yes' : 'no',
          held: held ? 'yes' : 'no',
        },
      },
      h(
        'span',
        { class: 'tenant-name', title: `${t.tenant}${labelText(t.labels) ? ` · ${labelText(t.labels)}` : ''}` },
        t.tenant,
        held
          ? h('span', { class: 'chip warn', title: `held on ${t.held.join(', ')}: no rollout moves it` }, 'held')
          : null,
      ),
      platforms.map((p) => {
        if (!(p.id in t.versions))
          return h('span', { class: 'cell absent', title: `${t.tenant} is not on ${p.id}` }, '·');
        const v = t.versions[p.id];
        if (!v)
          return h('span', { class: 'cell unknown', title: `${p.id}: version unknown (database unreachable)` }, '?');
        const run = v.lastRun ? v.lastRun.status : null;
        const pin = t.pins && t.pins[p.id];
        const classes = [
          'cell',
          v.latest ? 'latest' : 'behind',
          pin ? 'pinned' : '',
          run === 'running' || run === 'queued' ? `run-${run}` : '',
          run === 'failed' ? 'run-failed' : '',
        ].join(' ');
        return h(
          'span',
          {
            class: classes,
            style: { background: versionColour(v.applied, p.migrations.length) },
            title: `${p.id}: ${v.version === '0' ? 'nothing applied' : v.version} (${v.applied} of ${p.migrations.length})${pin ? ` · pinned at ${pin}` : ''}${run ? ` · last run ${run}` : ''}`,
            dataset: { platform: p.id, applied: v.applied, run: run || '', pin: pin || '' },
          },
          `${pin ? '📌 ' : ''}${v.applied}/${p.migrations.length}`,
        );
      }),
    );
  }

  function renderGrid({ status }) {
    const platforms = status.platforms;
    const query = state.filter.trim().toLowerCase();
    renderGroupChoices(status.tenants);
    const tenants = status.tenants.filter(
      (t) =>
        (!query || t.tenant.includes(query)) &&
        (!state.behindOnly || Object.values(t.versions).some((v) => !v || !v.latest)),
    );
    $('fleet-count').textContent =
      `${tenants.length}${tenants.length === status.tenants.length ? '' : ` of ${status.tenants.length}`}${state.where ? ` where ${state.where}` : ''}`;
    if (state.whereError) return replace('grid', h('p', { class: 'empty bad-text' }, state.whereError));
    if (status.tenants.length === 0 && !state.where)
      return replace(
        'grid',
        h('p', { class: 'empty' }, 'No tenants registered yet: tenantry tenants add PLATFORM ID…'),
      );
    if (tenants.length === 0) return replace('grid', h('p', { class: 'empty' }, 'No tenant matches.'));
    const header = h(
      'div',
      { class: 'grid-head' },
      h('span', null, 'tenant'),
      platforms.map((p) => h('span', { class: 'cell-head', title: p.id }, p.id)),
    );
    const key = state.groupBy;
    const groups = new Map();
    for (const t of tenants) {
      const value = !key ? '' : Object.hasOwn(t.labels || {}, key) ? t.labels[key] || '(bare)' : '(none)';
      groups.set(value, [...(groups.get(value) || []), t]);
    }
    const sections = [...groups.entries()]
      .sort(([a], [b]) => a.startsWith('(') - b.startsWith('(') || a.localeCompare(b))
      .map(([value, members]) => {
        const wrap = h(
          'div',
          { class: 'tenants', dataset: { group: value } },
          members.map((t) => tenantCard(t, platforms)),
        );
        wrap.style.setProperty('--cells', String(Math.max(platforms.length, 1)));
        return key
          ? [h('h3', { class: 'group-head' }, `${key}: ${value}`, h('span', { class: 'count' }, members.length)), wrap]
          : wrap;
      });
    replace('grid', header, sections);
  }

  function renderBackups({ backups }) {
    const panel = $('backups-panel');
    panel.hidden = !backups.available;
    if (!backups.available) return;
    if (backups.backups.length === 0) return replace('backups', h('p', { class: 'empty' }, 'No backups yet.'));
    replace(
      'backups',
      h(
        'table',
        { class: 'table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['tenant', 'version', 'strategy', 'size', 'took', 'when'].map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          backups.backups.map((b) =>
            h(
              'tr',
              null,
              h('td', null, h('span', { class: 'muted' }, `${b.platform} / `), h('strong', null, b.tenant)),
              h('td', { title: b.version || '' }, b.version ? label(b.version) : '–'),
              h('td', null, b.strategy || '–'),
              h('td', null, bytes(b.bytes)),
              h('td', null, duration(b.durationSeconds)),
              h('td', null, ago(b.createdAt)),
            ),
          ),
        ),
      ),
    );
  }

  function renderAudit({ audit }) {
    const panel = $('audit-panel');
    panel.hidden = !audit.available;
    if (!audit.available) return;
    if (audit.entries.length === 0) return replace('audit', h('p', { class: 'empty' }, 'No actions recorded yet.'));
    replace(
      'audit',
      h(
        'table',
        { class: 'table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['when', 'who', 'from', 'action', 'target', 'outcome'].map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          audit.entries.map((e) =>
            h(
              'tr',
              { 'data-audit': e.id, 'data-outcome': e.outcome },
              h('td', { title: e.at }, ago(e.at)),
              h('td', null, h('strong', null, e.actor)),
              h('td', null, h('span', { class: 'muted' }, `${e.source}${e.origin ? ` · ${e.origin}` : ''}`)),
              h('td', null, e.action),
              h('td', { class: 'muted' }, e.target || '–'),
              h('td', null, h('span', { class: `chip ${e.outcome === 'ok' ? 'good' : 'bad'}` }, e.outcome)),
            ),
          ),
        ),
      ),
    );
  }

  // the governor: each database server's budget of runs in flight and why it is cut
  function renderServers({ servers }) {
    const panel = $('servers-panel');
    panel.hidden = !servers || servers.servers.length === 0;
    if (panel.hidden) return;
    const deferred = (server) =>
      servers.deferrals.filter((d) => d.server === server.server).reduce((n, d) => n + d.count, 0);
    const signal = (s, name, show) => (s.signals[name] === undefined ? '–' : show(s.signals[name]));
    replace(
      'servers',
      h(
        'table',
        { class: 'table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [
              'server',
              'budget',
              'lock waiters',
              'oldest xact',
              'replication lag',
              'connections',
              'deferred',
              'state',
              'sampled',
            ].map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          servers.servers.map((s) =>
            h(
              'tr',
              { 'data-server': s.server },
              h('td', { title: s.server }, h('strong', null, s.address)),
              h('td', null, String(s.budget)),
              h('td', null, signal(s, 'lockWaiters', String)),
              h('td', null, signal(s, 'oldestTransactionSeconds', duration)),
              h(
                'td',
                null,
                signal(s, 'replicationLagSeconds', duration),
                ' · ',
                signal(s, 'replicationLagBytes', bytes),
              ),
              h(
                'td',
                null,
                signal(s, 'connectionsUsedRatio', (r) => `${Math.round(r * 100)}%`),
              ),
              h('td', null, String(deferred(s))),
              h(
                'td',
                null,
                s.error
                  ? h('span', { class: 'chip bad', title: s.error }, 'unreachable')
                  : s.strained.length > 0
                    ? h(
                        'span',
                        {
                          class: 'chip bad',
                          title: s.strained.map((x) => `${x.signal} ${x.value} > ${x.threshold}`).join(', '),
                        },
                        `strained: ${s.strained.map((x) => x.signal).join(', ')}`,
                      )
                    : h('span', { class: 'chip good' }, 'healthy'),
              ),
              h('td', null, ago(s.sampledAt)),
            ),
          ),
        ),
      ),
    );
  }

  function render() {
    const data = state.data;
    if (!data) return;
    renderTiles(data);
    renderRollouts(data);
    renderServers(data);
    renderFailed(data);
    renderDistribution(data);
    renderGrid(data);
    renderBackups(data);
    renderAudit(data);
  }

  // a selector the API refuses (400) is the operator's typo, not an outage: said under the grid
  async function getStatus(where) {
    if (!where) {
      state.whereError = '';
      return getJson('/api/status');
    }
    const response = await fetch(`/api/status?where=${encodeURIComponent(where)}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (response.status === 400) {
      state.whereError = (await response.json()).error || 'bad selector';
      const last = state.data ? state.data.status : { platforms: [] };
      return { generatedAt: new Date().toISOString(), platforms: last.platforms, tenants: [] };
    }
    if (!response.ok) throw new Error(`/api/status answered ${response.status}`);
    state.whereError = '';
    return response.json();
  }

  // the selector changed: read the fleet again now, not at the next tick
  async function refreshStatus() {
    try {
      state.data = { ...state.data, status: await getStatus(state.where.trim()) };
      render();
    } catch (error) {
      setLive(false, `offline · ${error.message}`);
    }
  }

  function setLive(ok, text) {
    $('live').classList.toggle('offline', !ok);
    $('live-text').textContent = text;
  }

  async function refresh() {
    try {
      const where = state.where.trim();
      const [status, rollouts, failed, overview, backups, audit, servers] = await Promise.all([
        getStatus(where),
        getJson('/api/rollouts?limit=20'),
        getJson('/api/runs?status=failed&limit=25'),
        getJson('/api/overview'),
        getJson('/api/backups?limit=10'),
        getJson('/api/audit?limit=15'),
        getJson('/api/servers'),
      ]);
      state.data = { status, rollouts, failed, overview, backups, audit, servers };
      state.lastOk = Date.now();
      render();
      setLive(true, `live · ${new Date().toLocaleTimeString()}`);
      $('footer').textContent =
        `Versions read from each tenant's own migrations table at ${new Date(status.generatedAt).toLocaleTimeString()}; refreshes every 2 s.${overview.user ? ` Signed in as ${overview.user} (${overview.role}).` : ''}${overview.readOnly ? ' Bull Board is read-only.' : ''}`;
    } catch (error) {
      setLive(
        false,
        `offline · ${error.message}${state.lastOk ? ` · last update ${ago(new Date(state.lastOk).toISOString())}` : ''}`,
      );
    } finally {
      setTimeout(refresh, REFRESH_MS);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('filter').addEventListener('input', (e) => {
      state.filter = e.target.value;
      if (state.data) renderGrid(state.data);
    });
    let typing;
    $('where').addEventListener('input', (e) => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        state.where = e.target.value;
        if (state.data) refreshStatus();
      }, 300);
    });
    $('group-by').addEventListener('change', (e) => {
      state.groupBy = e.target.value;
      if (state.data) renderGrid(state.data);
    });
    $('behind').addEventListener('change', (e) => {
      state.behindOnly = e.target.checked;
      if (state.data) renderGrid(state.data);
    });
    refresh();
  });
})();
