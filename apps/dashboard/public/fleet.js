// The fleet view: fetches /api every 2 seconds and redraws. No framework; every piece of text
// goes into the page as a text node (never as HTML), so nothing from the ledger can become markup.
(() => {
  'use strict';

  const REFRESH_MS = 2000;
  /** tenants per page of the grid: the server counts and aggregates the fleet, the page shows a slice */
  const PAGE_SIZE = 200;
  const $ = (id) => document.getElementById(id);
  const state = {
    search: '',
    behindOnly: false,
    where: '',
    queryError: '',
    groupBy: '',
    // narrowed to one server by a server group's "show"
    server: '',
    // paging by tenant id: `after` of the page shown, and of the pages before it
    after: '',
    previous: [],
    data: null,
    lastOk: 0,
  };

  /**
   * What the grid can be grouped by: `label:KEY` for each label key the selection carries. A
   * grouping names its API parameter and the selector that narrows the grid to one of its values;
   * another dimension is one more entry here (and in the server's GROUP_DIMENSIONS).
   */
  const GROUPINGS = {
    label: {
      choices: (status) => (status.labelKeys || []).map((key) => ({ value: `label:${key}`, text: key })),
      // "show" puts the selector of that value in the selector box
      narrow: (key, value) => ({
        where: value === '(none)' ? `!${key}` : value === '(bare)' ? key : `${key}=${value}`,
      }),
    },
    server: {
      // offered when a platform has several servers
      choices: (status) =>
        status.platforms.some((p) => Object.keys(p.servers || {}).length > 1)
          ? [{ value: 'server', text: 'server' }]
          : [],
      narrow: (_key, value) => ({ server: value }),
    },
  };
  const groupingOf = (value) => {
    const [kind, ...rest] = value.split(':');
    return GROUPINGS[kind] ? { kind, key: rest.join(':'), grouping: GROUPINGS[kind] } : null;
  };

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

  /** A table: its attributes, column headings and rows (`tr` elements). */
  function table(attrs, headings, rows) {
    return h(
      'table',
      attrs,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          headings.map((t) => h('th', null, t)),
        ),
      ),
      h('tbody', null, rows),
    );
  }

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

  /** tenant·platforms of the selection, and those at latest: from the server's per-version counts */
  function versionTotals(platforms) {
    let pairs = 0;
    let latest = 0;
    for (const p of platforms) {
      pairs += p.unknown || 0;
      for (const v of p.versions || []) {
        pairs += v.tenants;
        if (v.latest) latest += v.tenants;
      }
    }
    return { pairs, latest };
  }

  function renderTiles({ status, rollouts, failed, overview }) {
    const { pairs, latest } = versionTotals(status.platforms);
    const running = rollouts.rollouts.filter((r) => r.status === 'running').length;
    const counts = {};
    for (const q of overview.queue.queues)
      for (const [k, v] of Object.entries(q.counts)) counts[k] = (counts[k] || 0) + v;
    const share = pairs ? Math.floor((latest / pairs) * 100) : 100;
    replace(
      'tiles',
      tile('Tenants', status.total, `${status.platforms.length} platform${status.platforms.length === 1 ? '' : 's'}`),
      tile('At latest', `${share}%`, `${latest} of ${pairs} tenant·platforms`, share === 100 ? 'good' : 'warn'),
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
        table(
          { class: 'table recent' },
          ['', 'rollout', 'target', 'runs', 'took', 'finished'],
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
      table(
        { class: 'table failed' },
        ['tenant', 'migration', 'error', 'rollout', 'when', ''],
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
    );
  }

  function renderDistribution({ status }) {
    replace(
      'distribution',
      status.platforms.map((p) => {
        const counts = new Map((p.versions || []).map((v) => [v.applied, v.tenants]));
        const unknown = p.unknown || 0;
        const n = p.migrations.length;
        const positions = [...counts.keys()].sort((a, b) => b - a);
        const total = Math.max(
          [...counts.values()].reduce((a, b) => a + b, unknown),
          1,
        );
        return h(
          'div',
          { class: 'dist', dataset: { platform: p.id, tenants: total } },
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
                {
                  class: 'legend-item',
                  title: k === 0 ? 'nothing applied' : p.migrations[k - 1],
                  dataset: { applied: k, tenants: counts.get(k) },
                },
                h('i', { style: { background: versionColour(k, n) } }),
                `${k === n ? 'latest · ' : ''}${k}/${n} ${k === 0 ? 'none' : label(p.migrations[k - 1])}`,
                h('b', null, counts.get(k)),
              ),
            ),
            unknown
              ? h(
                  'span',
                  { class: 'legend-item', title: 'no version recorded, and not read', dataset: { applied: 'unknown' } },
                  'unknown',
                  h('b', null, unknown),
                )
              : null,
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

  // the group-by choices: every dimension's values the server offers (each label key of the selection)
  function renderGroupChoices(status) {
    const select = $('group-by');
    const choices = Object.values(GROUPINGS).flatMap((g) => g.choices(status));
    const have = [...select.options].slice(1).map((o) => o.value);
    if (have.join('\u0000') === choices.map((c) => c.value).join('\u0000')) return;
    select.replaceChildren(
      h('option', { value: '' }, 'none'),
      ...choices.map((c) => h('option', { value: c.value }, c.text)),
    );
    select.value = choices.some((c) => c.value === state.groupBy) ? state.groupBy : '';
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

  /** One row per value of the grouping: how many there, at latest, behind; a click narrows the grid to it. */
  function renderGroups(status) {
    const chosen = groupingOf(state.groupBy);
    if (!chosen || !status.groups) return replace('groups');
    replace(
      'groups',
      table(
        { class: 'table groups', dataset: { groupBy: state.groupBy } },
        [chosen.key, 'tenant·platforms', 'at latest', 'behind', 'unknown', ''],
        status.groups.map((g) =>
          h(
            'tr',
            { dataset: { group: g.value } },
            h('td', null, h('strong', null, g.value)),
            h('td', { class: 'num' }, g.tenants),
            h('td', { class: 'num good-text' }, g.latest),
            h('td', { class: 'num' }, g.behind),
            h('td', { class: 'num' }, g.unknown),
            h(
              'td',
              null,
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  dataset: { narrow: JSON.stringify(chosen.grouping.narrow(chosen.key, g.value)) },
                },
                'show',
              ),
            ),
          ),
        ),
      ),
    );
  }

  function renderPager(status) {
    const from = status.tenants.length ? state.previous.length * PAGE_SIZE + 1 : 0;
    const to = state.previous.length * PAGE_SIZE + status.tenants.length;
    replace(
      'pager',
      h('button', { type: 'button', id: 'page-prev', disabled: state.previous.length === 0 }, '‹ previous'),
      h('span', { id: 'page-range', class: 'muted' }, `${from}–${to} of ${status.total}`),
      h('button', { type: 'button', id: 'page-next', disabled: !status.next }, 'next ›'),
    );
  }

  function renderGrid({ status }) {
    const platforms = status.platforms;
    renderGroupChoices(status);
    renderGroups(status);
    renderPager(status);
    const selection = [
      state.where && `where ${state.where}`,
      state.search && `matching “${state.search}”`,
      state.server && `on server ${state.server}`,
      state.behindOnly && 'behind',
    ]
      .filter(Boolean)
      .join(' · ');
    $('fleet-count').textContent = `${status.total}${selection ? ` · ${selection}` : ''}`;
    if (state.queryError) return replace('grid', h('p', { class: 'empty bad-text' }, state.queryError));
    const registered = platforms.reduce((a, p) => a + p.tenants, 0);
    if (registered === 0)
      return replace(
        'grid',
        h('p', { class: 'empty' }, 'No tenants registered yet: tenantry tenants add PLATFORM ID…'),
      );
    if (status.tenants.length === 0) return replace('grid', h('p', { class: 'empty' }, 'No tenant matches.'));
    const header = h(
      'div',
      { class: 'grid-head' },
      h('span', null, 'tenant'),
      platforms.map((p) => h('span', { class: 'cell-head', title: p.id }, p.id)),
    );
    const wrap = h(
      'div',
      { class: 'tenants' },
      status.tenants.map((t) => tenantCard(t, platforms)),
    );
    wrap.style.setProperty('--cells', String(Math.max(platforms.length, 1)));
    replace('grid', header, wrap);
  }

  function renderBackups({ backups }) {
    const panel = $('backups-panel');
    panel.hidden = !backups.available;
    if (!backups.available) return;
    if (backups.backups.length === 0) return replace('backups', h('p', { class: 'empty' }, 'No backups yet.'));
    replace(
      'backups',
      table(
        { class: 'table' },
        ['tenant', 'version', 'strategy', 'size', 'took', 'when'],
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
    );
  }

  function renderAudit({ audit }) {
    const panel = $('audit-panel');
    panel.hidden = !audit.available;
    if (!audit.available) return;
    if (audit.entries.length === 0) return replace('audit', h('p', { class: 'empty' }, 'No actions recorded yet.'));
    replace(
      'audit',
      table(
        { class: 'table' },
        ['when', 'who', 'from', 'action', 'target', 'outcome'],
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
      table(
        { class: 'table' },
        [
          'server',
          'budget',
          'lock waiters',
          'oldest xact',
          'replication lag',
          'connections',
          'active sessions',
          'deferred',
          'state',
          'sampled',
        ],
        servers.servers.map((s) =>
          h(
            'tr',
            { 'data-server': s.server },
            h('td', { title: s.server }, h('strong', null, s.address)),
            h('td', null, String(s.budget)),
            h('td', null, signal(s, 'lockWaiters', String)),
            h('td', null, signal(s, 'oldestTransactionSeconds', duration)),
            h('td', null, signal(s, 'replicationLagSeconds', duration), ' · ', signal(s, 'replicationLagBytes', bytes)),
            h(
              'td',
              null,
              signal(s, 'connectionsUsedRatio', (r) => `${Math.round(r * 100)}%`),
            ),
            h('td', null, signal(s, 'activeSessions', String)),
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

  function statusUrl() {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (state.after) params.set('after', state.after);
    if (state.where.trim()) params.set('where', state.where.trim());
    if (state.search) params.set('search', state.search);
    if (state.server) params.set('server', state.server);
    if (state.behindOnly) params.set('behind', 'true');
    if (groupingOf(state.groupBy)) params.set('groupBy', state.groupBy);
    return `/api/status?${params}`;
  }

  // a selector or search the API refuses (400) is the operator's typo, not an outage: said under the grid
  async function getStatus() {
    const response = await fetch(statusUrl(), {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (response.status === 400) {
      state.queryError = (await response.json()).error || 'bad selection';
      const last = state.data ? state.data.status : { platforms: [] };
      return {
        generatedAt: new Date().toISOString(),
        platforms: last.platforms,
        total: 0,
        tenants: [],
        next: null,
        labelKeys: last.labelKeys || [],
      };
    }
    if (!response.ok) throw new Error(`/api/status answered ${response.status}`);
    state.queryError = '';
    return response.json();
  }

  // the selection or the page changed: read the fleet again now, not at the next tick
  async function refreshStatus() {
    try {
      state.data = { ...state.data, status: await getStatus() };
      render();
    } catch (error) {
      setLive(false, `offline · ${error.message}`);
    }
  }

  /** A new selection starts again at the first page. */
  function reselect() {
    state.after = '';
    state.previous = [];
    if (state.data) refreshStatus();
  }

  function setLive(ok, text) {
    $('live').classList.toggle('offline', !ok);
    $('live-text').textContent = text;
  }

  async function refresh() {
    try {
      const [status, rollouts, failed, overview, backups, audit, servers] = await Promise.all([
        getStatus(),
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
        `Versions as the ledger recorded them from each tenant's last run (a tenant without a record is read from its own migrations table), at ${new Date(status.generatedAt).toLocaleTimeString()}; refreshes every 2 s.${overview.user ? ` Signed in as ${overview.user} (${overview.role}).` : ''}${overview.readOnly ? ' Bull Board is read-only.' : ''}`;
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
    // typing waits for a pause, then asks the server (which selects, counts and pages)
    const debounced = (apply) => {
      let typing;
      return (e) => {
        clearTimeout(typing);
        typing = setTimeout(() => {
          apply(e.target.value);
          reselect();
        }, 300);
      };
    };
    $('filter').addEventListener(
      'input',
      debounced((value) => {
        state.search = value.trim().toLowerCase();
      }),
    );
    $('where').addEventListener(
      'input',
      debounced((value) => {
        state.where = value;
        state.server = '';
      }),
    );
    $('group-by').addEventListener('change', (e) => {
      state.groupBy = e.target.value;
      if (state.server) {
        state.server = '';
        reselect();
      } else if (state.data) refreshStatus();
    });
    $('behind').addEventListener('change', (e) => {
      state.behindOnly = e.target.checked;
      reselect();
    });
    $('pager').addEventListener('click', (e) => {
      const status = state.data && state.data.status;
      if (!status) return;
      if (e.target.id === 'page-next' && status.next) {
        state.previous.push(state.after);
        state.after = status.next;
        refreshStatus();
      } else if (e.target.id === 'page-prev' && state.previous.length) {
        state.after = state.previous.pop();
        refreshStatus();
      }
    });
    // a group's "show" narrows the grid to that group: the selector it stands for, or its server
    $('groups').addEventListener('click', (e) => {
      const narrow = e.target.dataset && e.target.dataset.narrow;
      if (!narrow) return;
      const { where, server } = JSON.parse(narrow);
      if (where !== undefined) {
        $('where').value = where;
        state.where = where;
        state.server = '';
      }
      if (server !== undefined) state.server = server;
      reselect();
    });
    refresh();
  });
})();
