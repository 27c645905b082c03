/** The dashboard: totals and charts (Chart.js, vendored from node_modules, loaded as the global `Chart`). */
import { api, qs } from './api.js';
import { h, replace } from './dom.js';
import { getLang, localDay, localZone, t } from './i18n.js';
import { CATEGORIES, STATUSES } from './labels.js';
import { regionName } from './regions.js';

const COLORS = { fraud: '#c0392b', discrimination: '#7d3c98', personal_data: '#1f6fb2' };
const PALETTE = ['#1f6fb2', '#c0392b', '#7d3c98', '#16875f', '#d68910', '#5d6d7e', '#a04000', '#117a8b'];

/** @type {any[]} */
let charts = [];

/** @param {HTMLElement} root @param {URLSearchParams} params */
export async function renderDashboard(root, params) {
  const today = new Date();
  const monthAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29);
  const from = params.get('from') || localDay(monthAgo);
  const to = params.get('to') || localDay(today);
  const range = { from, to };
  const [byDay, byRegion, byPlatform, byStatus] = await Promise.all(
    ['day', 'city', 'platform', 'status'].map((groupBy) =>
      api(`/v1/stats${qs({ ...range, tz: localZone(), groupBy })}`),
    ),
  );
  for (const c of charts) c.destroy();
  charts = [];

  /** @type {Record<string, number>} */
  const statusCount = Object.fromEntries(byStatus.groups.map((/** @type {any} */ g) => [g.key, g.count]));
  const fromInput = h('input', { type: 'date', id: 'd-from', name: 'from', value: from });
  const toInput = h('input', { type: 'date', id: 'd-to', name: 'to', value: to });
  const form = h(
    'form',
    { class: 'filters compact', id: 'dash-range' },
    h('label', { class: 'field', for: 'd-from' }, h('span', {}, t('filter.from')), fromInput),
    h('label', { class: 'field', for: 'd-to' }, h('span', {}, t('filter.to')), toInput),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('filter.apply'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (form));
    location.hash = `#/dashboard${qs({ from: String(data.get('from') ?? ''), to: String(data.get('to') ?? '') })}`;
  });

  const canvas = (/** @type {string} */ id) => h('canvas', { id, role: 'img' });
  replace(
    root,
    h(
      'section',
      { class: 'dashboard' },
      h('div', { class: 'view-head' }, h('h1', {}, t('dash.title')), form),
      h(
        'div',
        { class: 'kpis' },
        h(
          'div',
          { class: 'kpi card', id: 'kpi-total' },
          h('div', { class: 'kpi-n' }, String(byStatus.total)),
          h('div', { class: 'kpi-l' }, t('dash.total')),
        ),
        STATUSES.map((s) =>
          h(
            'a',
            { class: `kpi card status-${s}`, id: `kpi-${s}`, href: `#/queue${qs({ status: s, ...range })}` },
            h('div', { class: 'kpi-n' }, String(statusCount[s] ?? 0)),
            h('div', { class: 'kpi-l' }, t(`status.${s}`)),
          ),
        ),
      ),
      h(
        'div',
        { class: 'card chart wide' },
        h('h2', {}, t('dash.byDay')),
        h('div', { class: 'chart-box' }, canvas('chart-day')),
      ),
      h(
        'div',
        { class: 'chart-row' },
        h(
          'div',
          { class: 'card chart' },
          h('h2', {}, t('dash.byRegion')),
          h('div', { class: 'chart-box' }, canvas('chart-region')),
        ),
        h(
          'div',
          { class: 'card chart' },
          h('h2', {}, t('dash.byPlatform')),
          h('div', { class: 'chart-box' }, canvas('chart-platform')),
        ),
      ),
    ),
  );

  const Chart = /** @type {any} */ (window).Chart;
  if (!Chart) return;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const days = fillDays(from, to, byDay.groups);
  charts.push(
    new Chart(root.querySelector('#chart-day'), {
      type: 'bar',
      data: {
        labels: days.map((d) => d.key.slice(5)),
        datasets: CATEGORIES.map((c) => ({
          label: t(`category.${c}`),
          data: days.map((d) => d.categories[c] ?? 0),
          backgroundColor: COLORS[/** @type {keyof COLORS} */ (c)],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
  );
  const top = byRegion.groups.slice(0, 12);
  charts.push(
    new Chart(root.querySelector('#chart-region'), {
      type: 'bar',
      data: {
        labels: top.map((/** @type {any} */ g) => {
          const name = g.label ?? regionName(g.key, getLang());
          return name ? `${name} ${g.key}` : g.key;
        }),
        datasets: [
          { label: t('dash.total'), data: top.map((/** @type {any} */ g) => g.count), backgroundColor: '#1f6fb2' },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
  );
  charts.push(
    new Chart(root.querySelector('#chart-platform'), {
      type: 'doughnut',
      data: {
        labels: byPlatform.groups.map((/** @type {any} */ g) => g.key),
        datasets: [{ data: byPlatform.groups.map((/** @type {any} */ g) => g.count), backgroundColor: PALETTE }],
      },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } },
    }),
  );
}

/** Every day of the range, with zero buckets where nothing was found. @param {string} from @param {string} to @param {any[]} groups */
function fillDays(from, to, groups) {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const out = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= end && out.length < 400; d += 86_400_000) {
    const key = new Date(d).toISOString().slice(0, 10);
    out.push(byKey.get(key) ?? { key, count: 0, categories: {} });
  }
  return out;
}
