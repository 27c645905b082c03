/** The case queue: status tabs with counts, filters kept in the URL, keyboard navigation, CSV export. */
import { api, qs } from './api.js';
import { h, replace, toast } from './dom.js';
import { formatTime, getLang, localDay, localZone, t } from './i18n.js';
import { CATEGORIES, categoryTag, regionText, SEVERITIES, STATUSES, severityBadge, statusBadge } from './labels.js';

const FILTERS = ['category', 'severity', 'platform', 'regionCode', 'creditCode', 'from', 'to'];

/** Keyboard handler of the queue currently shown (removed when the view changes). */
/** @type {((e: KeyboardEvent) => void) | null} */
let keyHandler = null;

/** @param {URLSearchParams} params */
function filtersOf(params) {
  /** @type {Record<string, string>} */
  const f = {};
  for (const k of [...FILTERS, 'status']) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** @param {Record<string, string>} f */
const go = (f) => {
  location.hash = `#/queue${qs(f)}`;
};

/** @param {HTMLElement} root @param {URLSearchParams} params */
export async function renderQueue(root, params) {
  const filters = filtersOf(params);
  const { status, ...rest } = filters;
  const [counts, page] = await Promise.all([
    api(`/v1/stats${qs({ ...rest, tz: localZone(), groupBy: 'status' })}`),
    api(`/v1/cases${qs({ ...filters, tz: localZone(), limit: 50 })}`),
  ]);
  /** @type {Record<string, number>} */
  const countBy = Object.fromEntries(counts.groups.map((/** @type {any} */ g) => [g.key, g.count]));

  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist' },
    ['all', ...STATUSES].map((s) => {
      const active = (status ?? 'all') === s;
      const n = s === 'all' ? counts.total : (countBy[s] ?? 0);
      return h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: `tab${active ? ' active' : ''}`,
          'aria-selected': String(active),
          dataset: { status: s },
          onclick: () => go(s === 'all' ? rest : { ...rest, status: s }),
        },
        t(`status.${s}`),
        h('span', { class: 'count' }, String(n)),
      );
    }),
  );

  const form = filterForm(filters);
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'queue', id: 'queue-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['severity', 'title', 'categories', 'platform', 'region', 'status', 'created'].map((c) =>
          h('th', { scope: 'col', class: `col-${c}` }, t(`col.${c}`)),
        ),
      ),
    ),
    tbody,
  );
  const more = h('button', { type: 'button', class: 'secondary', id: 'load-more' }, t('queue.more'));
  let cursor = page.nextCursor;
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    const next = await api(`/v1/cases${qs({ ...filters, tz: localZone(), limit: 50, cursor })}`);
    addRows(tbody, next.items);
    cursor = next.nextCursor;
    more.hidden = !cursor;
  });
  addRows(tbody, page.items);

  replace(
    root,
    h(
      'section',
      { class: 'queue-view' },
      h(
        'div',
        { class: 'view-head' },
        h('h1', {}, t('nav.queue')),
        h(
          'button',
          { type: 'button', class: 'secondary', id: 'export-csv', onclick: () => exportCsv(filters) },
          t('queue.export'),
        ),
      ),
      tabs,
      form,
      page.items.length ? table : h('p', { class: 'empty' }, t('queue.empty')),
      more,
      h('p', { class: 'hint keys' }, t('queue.keys')),
    ),
  );
  installKeys(tbody, form);
}

/** @param {HTMLElement} tbody @param {any[]} items */
function addRows(tbody, items) {
  for (const c of items) {
    const href = `#/case/${encodeURIComponent(c.caseId)}`;
    const row = h(
      'tr',
      { tabindex: '0', dataset: { caseId: c.caseId }, class: 'case-row', onclick: () => (location.hash = href) },
      h('td', {}, severityBadge(c.maxSeverity)),
      h(
        'td',
        { class: 'title-cell' },
        h('a', { href, tabindex: '-1' }, c.title || c.adId),
        h('div', { class: 'sub' }, c.employerName ?? ''),
      ),
      h('td', {}, c.categories.map(categoryTag)),
      h('td', {}, c.platform),
      h('td', {}, regionText(c)),
      h('td', {}, statusBadge(c.status)),
      h('td', { class: 'time' }, formatTime(c.createdAt)),
    );
    tbody.appendChild(row);
  }
}

/** @param {Record<string, string>} filters */
function filterForm(filters) {
  /** @param {string} name @param {string[]} values @param {string} prefix */
  const select = (name, values, prefix) =>
    h(
      'select',
      { id: `f-${name}`, name },
      h('option', { value: '' }, t('filter.any')),
      values.map((v) => h('option', { value: v, selected: filters[name] === v }, t(`${prefix}.${v}`))),
    );
  /** @param {string} name @param {string} type */
  const input = (name, type) => h('input', { id: `f-${name}`, name, type, value: filters[name] ?? '' });
  /** @param {string} name @param {HTMLElement} control */
  const field = (name, control) =>
    h('label', { class: 'field', for: `f-${name}` }, h('span', {}, t(`filter.${name}`)), control);
  const form = h(
    'form',
    { class: 'filters', id: 'filters' },
    field('category', select('category', CATEGORIES, 'category')),
    field('severity', select('severity', SEVERITIES, 'severity')),
    field('platform', input('platform', 'text')),
    field('regionCode', input('regionCode', 'text')),
    field('creditCode', input('creditCode', 'text')),
    field('from', input('from', 'date')),
    field('to', input('to', 'date')),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'primary' }, t('filter.apply')),
      h(
        'button',
        { type: 'button', class: 'link-button', onclick: () => go(filters.status ? { status: filters.status } : {}) },
        t('filter.reset'),
      ),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (form));
    /** @type {Record<string, string>} */
    const next = filters.status ? { status: filters.status } : {};
    for (const k of FILTERS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) next[k] = v;
    }
    go(next);
  });
  return form;
}

/** @param {HTMLElement} tbody @param {HTMLElement} form */
function installKeys(tbody, form) {
  if (keyHandler) document.removeEventListener('keydown', keyHandler);
  keyHandler = (e) => {
    if (!document.body.contains(tbody)) {
      if (keyHandler) document.removeEventListener('keydown', keyHandler);
      keyHandler = null;
      return;
    }
    const target = /** @type {HTMLElement} */ (e.target);
    if (target.closest('input, select, textarea')) return;
    const rows = /** @type {HTMLElement[]} */ ([...tbody.querySelectorAll('tr')]);
    const i = rows.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (e.key === 'j' || e.key === 'ArrowDown') {
      e.preventDefault();
      rows[Math.min(rows.length - 1, i + 1)]?.focus();
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault();
      rows[Math.max(0, i - 1)]?.focus();
    } else if (e.key === 'Enter' && i >= 0) {
      e.preventDefault();
      rows[i]?.click();
    } else if (e.key === '/') {
      e.preventDefault();
      /** @type {HTMLElement|null} */ (form.querySelector('select, input'))?.focus();
    }
  };
  document.addEventListener('keydown', keyHandler);
}

/** @param {Record<string, string>} filters */
async function exportCsv(filters) {
  try {
    // headers and labels in the console's language (the API alone answers codes, for scripts)
    const blob = await api(`/v1/cases/export.csv${qs({ ...filters, tz: localZone(), lang: getLang() })}`, {
      raw: true,
    });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `recruitwatch-cases-${localDay(new Date())}.csv` });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    toast(`${t('error.generic')}: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}
