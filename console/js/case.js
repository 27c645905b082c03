/**
 * The case page: the ad with every finding's evidence highlighted, the findings with their legal basis and
 * suggested fix, version history, the employer's other cases, the decision form and the audit trail.
 */
import { ApiError, api } from './api.js';
import { h, replace, toast } from './dom.js';
import { segments } from './highlight.js';
import { formatTime, getLang, pick, t } from './i18n.js';
import { categoryTag, regionText, severityBadge, statusBadge } from './labels.js';
import { citation, emphasis, isRemark } from './legal.js';
import { queueHref } from './nav.js';
import { fieldValue } from './values.js';

const FIELD_ORDER = ['title', 'description', 'requirements', 'benefits'];

/** @param {HTMLElement} root @param {string} caseId @param {number} [versionIndex] */
export async function renderCase(root, caseId, versionIndex) {
  let c;
  try {
    c = await api(`/v1/cases/${encodeURIComponent(caseId)}`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      replace(
        root,
        h(
          'section',
          {},
          h('a', { href: queueHref(), class: 'back' }, t('case.back')),
          h('p', { class: 'error-box' }, t('case.notFound')),
        ),
      );
      return;
    }
    throw err;
  }
  const vi = versionIndex ?? c.versions.length - 1;
  const version = c.versions[vi];
  // findings later ads added to the latest version (cross-ad signals: shared contact, near-duplicate text)
  const linked = vi === c.versions.length - 1 || c.versions.length === 0 ? (c.linked ?? []) : [];
  const findings = [...(version?.findings ?? []), ...linked.map((/** @type {any} */ l) => l.finding)];

  const adPanel = h(
    'section',
    { class: 'card ad-panel', 'aria-label': t('case.ad') },
    h('h2', {}, t('case.ad')),
    adFields(version?.ad ?? {}, findings),
  );
  const findingsPanel = h(
    'section',
    { class: 'card findings', id: 'findings' },
    h('h2', {}, `${t('case.findings')} (${findings.length})`),
    findings.map((/** @type {any} */ f, /** @type {number} */ i) => findingCard(f, i)),
  );

  replace(
    root,
    h(
      'article',
      { class: 'case-view', dataset: { caseId: c.caseId, version: String(c.version) } },
      h('a', { href: queueHref(), class: 'back' }, t('case.back')),
      header(c),
      h(
        'div',
        { class: 'case-grid' },
        h('div', { class: 'case-main' }, adPanel, findingsPanel),
        h(
          'aside',
          { class: 'case-side' },
          decisionPanel(root, c),
          auditPanel(c.audit),
          versionsPanel(root, c, vi),
          employerPanel(c),
        ),
      ),
      decisionJump(root),
    ),
  );
  wireHighlights(root);
}

/** Brings the decision form into view with the reason field focused (the D key does the same). */
export function goToDecision() {
  const panel = document.getElementById('decision');
  if (!panel) return;
  panel.scrollIntoView({ block: 'end' });
  document.getElementById('reason')?.focus({ preventScroll: true });
}

/**
 * Where the decision panel sits below the findings (one column, tablets), a bar fixed at the bottom of
 * the screen reaches it in one tap; it hides while the panel is on screen. @param {HTMLElement} root
 */
function decisionJump(root) {
  const bar = h(
    'div',
    { class: 'decision-jump' },
    h(
      'button',
      { type: 'button', id: 'to-decision', class: 'primary', onclick: goToDecision },
      t('case.toDecision'),
      h('kbd', { title: t('case.toDecisionKey') }, 'D'),
    ),
  );
  queueMicrotask(() => {
    const panel = root.querySelector('#decision');
    if (panel && 'IntersectionObserver' in window)
      new IntersectionObserver(([e]) => bar.classList.toggle('away', Boolean(e?.isIntersecting))).observe(panel);
  });
  return bar;
}

/** @param {any} c */
function header(c) {
  return h(
    'header',
    { class: 'case-head' },
    h(
      'div',
      { class: 'case-title' },
      severityBadge(c.maxSeverity),
      h('h1', {}, c.title || c.adId),
      statusBadge(c.status),
    ),
    h(
      'dl',
      { class: 'meta' },
      h('dt', {}, t('case.id')),
      h('dd', {}, c.caseId),
      h('dt', {}, t('col.platform')),
      h('dd', {}, `${c.platform} / ${c.adId}`),
      h('dt', {}, t('col.region')),
      h('dd', {}, regionText(c)),
      h('dt', {}, t('case.employer')),
      h('dd', {}, [c.employerName ?? '—', c.creditCode ? ` (${c.creditCode})` : '']),
      h('dt', {}, t('col.categories')),
      h('dd', {}, c.categories.map(categoryTag)),
      h('dt', {}, t('case.version')),
      h('dd', {}, String(c.version)),
    ),
  );
}

/** Fields whose text is the ad itself; every other field is shown in a compact details list. */
const HIDDEN_FIELDS = new Set(['platform', 'adId', 'language']);

/** @param {Record<string, string>} ad @param {any[]} findings */
function adFields(ad, findings) {
  const withEvidence = new Set(findings.flatMap((f) => (f.evidence ?? []).map((/** @type {any} */ e) => e.field)));
  const main = Object.keys(ad)
    .filter((k) => FIELD_ORDER.includes(k) || withEvidence.has(k))
    .sort((a, b) => rankField(a) - rankField(b) || (a < b ? -1 : 1));
  const rest = Object.keys(ad)
    .filter((k) => !main.includes(k) && !HIDDEN_FIELDS.has(k))
    .sort();
  const blocks = main.map((field) => {
    const text = String(ad[field] ?? '');
    /** @type {import('./highlight.js').Span[]} */
    const spans = [];
    findings.forEach((f, i) => {
      for (const e of f.evidence ?? [])
        if (e.field === field) spans.push({ start: e.start, end: e.end, finding: i, severity: f.severity });
    });
    const body = h('div', { class: `ad-text field-${field.replace(/\W/g, '-')}` });
    for (const s of segments(text, spans)) {
      if (!s.findings.length) body.appendChild(document.createTextNode(s.text));
      else
        body.appendChild(
          h(
            'mark',
            {
              class: `hl sev-${s.severity}`,
              dataset: { findings: s.findings.join(' ') },
              title: s.findings.map((i) => findings[i]?.rule).join(', '),
            },
            s.text,
          ),
        );
    }
    return h('div', { class: 'ad-field' }, h('div', { class: 'field-label' }, fieldLabel(field)), body);
  });
  const details = rest.length
    ? h(
        'dl',
        { class: 'ad-details' },
        rest.map((k) => [h('dt', {}, fieldLabel(k)), h('dd', {}, fieldValue(k, ad[k]))]),
      )
    : null;
  return [blocks, details];
}

/** @param {string} field */
function fieldLabel(field) {
  const label = t(`case.field.${field}`);
  return label.startsWith('case.field.') ? field : label;
}

/** @param {string} f */
const rankField = (f) => {
  const i = FIELD_ORDER.indexOf(f);
  return i < 0 ? FIELD_ORDER.length : i;
};

/**
 * One article: law and article (emphasis rendered, Chinese forms on the Chinese page), whether it was
 * checked, and the catalogue's note. The notes exist in English only: on the Chinese page they stay
 * folded under "英文原注" instead of mixing English prose into the page. @param {any} l
 */
const legalItem = (l) =>
  h(
    'li',
    {},
    h('strong', {}, citation(l, getLang())),
    h(
      'span',
      { class: `verified ${l.verified ? 'yes' : 'no'}` },
      l.verified ? t('case.verified') : t('case.unverified'),
    ),
    getLang() === 'zh' && (l.note || isRemark(l.law))
      ? h(
          'details',
          { class: 'sub legal-note' },
          h('summary', {}, t('case.legalNote')),
          h('span', { lang: 'en' }, isRemark(l.law) ? [...emphasis(l.law), ' — '] : null, emphasis(l.note ?? '')),
        )
      : null,
    l.note && getLang() !== 'zh' ? h('div', { class: 'sub' }, emphasis(l.note)) : null,
  );

const LEGAL_SHOWN = 3;

/** @param {any} f @param {number} i */
function findingCard(f, i) {
  return h(
    'div',
    { class: `finding sev-border-${f.severity}`, tabindex: '0', dataset: { finding: String(i), rule: f.rule } },
    h(
      'div',
      { class: 'finding-head' },
      severityBadge(f.severity),
      categoryTag(f.category),
      h('code', { class: 'rule' }, f.rule),
      h('span', { class: 'confidence' }, `${t('case.confidence')} ${Math.round((f.confidence ?? 0) * 100)}%`),
    ),
    h('p', { class: 'message' }, pick(f.message)),
    // signal findings name the other ads (platform:adId) in their note
    f.rule?.startsWith('signal-') && f.note ? h('p', { class: 'sub' }, f.note) : null,
    f.evidence?.length
      ? h(
          'div',
          { class: 'evidence' },
          h('h3', {}, t('case.evidence')),
          h(
            'ul',
            {},
            f.evidence.map((/** @type {any} */ e) =>
              h(
                'li',
                {},
                h('q', {}, e.excerpt),
                h('span', { class: 'sub' }, ` ${fieldLabel(e.field)} [${e.start}–${e.end}]`),
              ),
            ),
          ),
        )
      : null,
    f.legalBasis?.length
      ? h(
          'div',
          { class: 'legal' },
          h('h3', {}, t('case.legal')),
          h('ul', {}, f.legalBasis.slice(0, LEGAL_SHOWN).map(legalItem)),
          f.legalBasis.length > LEGAL_SHOWN
            ? h(
                'details',
                {},
                h('summary', {}, `${t('case.moreLegal')} (${f.legalBasis.length - LEGAL_SHOWN})`),
                h('ul', {}, f.legalBasis.slice(LEGAL_SHOWN).map(legalItem)),
              )
            : null,
        )
      : null,
    h('div', { class: 'suggestion' }, h('h3', {}, t('case.suggestion')), h('p', {}, pick(f.suggestion))),
  );
}

/** Hovering or focusing a finding lights up its evidence in the ad, and the reverse. @param {HTMLElement} root */
function wireHighlights(root) {
  /** @param {string|null} id */
  const light = (id) => {
    for (const m of root.querySelectorAll('mark.hl'))
      m.classList.toggle('active', id !== null && (m.getAttribute('data-findings') ?? '').split(' ').includes(id));
    for (const f of root.querySelectorAll('.finding'))
      f.classList.toggle('active', f.getAttribute('data-finding') === id);
  };
  for (const f of root.querySelectorAll('.finding')) {
    const id = f.getAttribute('data-finding');
    f.addEventListener('mouseenter', () => light(id));
    f.addEventListener('focus', () => {
      light(id);
      root.querySelector(`mark.hl[data-findings~="${id}"]`)?.scrollIntoView({ block: 'nearest' });
    });
    f.addEventListener('mouseleave', () => light(null));
  }
  for (const m of root.querySelectorAll('mark.hl')) {
    m.addEventListener('click', () => {
      const first = (m.getAttribute('data-findings') ?? '').split(' ')[0];
      /** @type {HTMLElement|null} */ (root.querySelector(`.finding[data-finding="${first}"]`))?.focus();
    });
  }
}

/** @param {HTMLElement} root @param {any} c */
function decisionPanel(root, c) {
  const reason = /** @type {HTMLTextAreaElement} */ (
    h('textarea', {
      id: 'reason',
      name: 'reason',
      rows: '3',
      required: true,
      minlength: '2',
      maxlength: '2000',
      'aria-describedby': 'reason-hint',
    })
  );
  const error = h('p', { class: 'form-error', role: 'alert' });
  // a hint that was shown goes away once the reason is long enough
  reason.addEventListener('input', () => {
    if (error.textContent && !reasonProblem(reason.value)) error.textContent = '';
  });
  /** @param {'confirm'|'dismiss'|'escalate'} decision */
  const submit = async (decision) => {
    const text = reason.value.trim();
    const problem = reasonProblem(text);
    if (problem) {
      error.textContent = t(problem);
      reason.focus();
      return;
    }
    const buttons = /** @type {HTMLButtonElement[]} */ ([...panel.querySelectorAll('button[data-decision]')]);
    for (const b of buttons) b.disabled = true;
    try {
      await api(`/v1/cases/${encodeURIComponent(c.caseId)}/decisions`, {
        method: 'POST',
        body: { decision, reason: text, expectedVersion: c.version },
      });
      toast(t('case.decided'));
      await renderCase(root, c.caseId);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        replace(
          error,
          t('case.conflict'),
          ' ',
          h(
            'button',
            { type: 'button', class: 'link-button', onclick: () => renderCase(root, c.caseId) },
            t('case.reload'),
          ),
        );
      } else {
        const problem = err instanceof ApiError && err.status === 400 ? apiReasonProblem(err) : null;
        error.textContent = problem
          ? t(problem)
          : `${t('error.generic')}: ${err instanceof Error ? err.message : String(err)}`;
      }
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  const panel = h(
    'section',
    { class: 'card decision', id: 'decision' },
    h('h2', {}, t('case.decision')),
    h('label', { for: 'reason' }, t('case.reason')),
    reason,
    h('p', { class: 'sub', id: 'reason-hint' }, t('case.reasonHint')),
    error,
    h(
      'div',
      { class: 'decision-buttons' },
      h(
        'button',
        { type: 'button', class: 'danger', dataset: { decision: 'confirm' }, onclick: () => submit('confirm') },
        t('case.confirm'),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', dataset: { decision: 'dismiss' }, onclick: () => submit('dismiss') },
        t('case.dismiss'),
      ),
      h(
        'button',
        { type: 'button', class: 'warn', dataset: { decision: 'escalate' }, onclick: () => submit('escalate') },
        t('case.escalate'),
      ),
    ),
  );
  return panel;
}

/**
 * What is wrong with a reason, as a dictionary key (the API's own rule: at least 2 characters after
 * trimming). @param {string} text @returns {string|null}
 */
function reasonProblem(text) {
  const n = text.trim().length;
  if (n === 0) return 'case.reasonRequired';
  return n < 2 ? 'case.reasonTooShort' : null;
}

/** The API's 400 about the reason as a dictionary key (`reason: required — …`, `reason: too short …`). @param {ApiError} err */
function apiReasonProblem(err) {
  /** @type {{ path: string, message: string }[]} */
  const errors = err.body?.error?.details?.errors ?? [];
  const r = errors.find((e) => e.path === 'reason');
  if (!r) return null;
  return r.message.startsWith('too short') ? 'case.reasonTooShort' : 'case.reasonRequired';
}

/** @param {any[]} audit */
function auditPanel(audit) {
  return h(
    'section',
    { class: 'card audit', id: 'audit' },
    h('h2', {}, t('case.audit')),
    audit.length
      ? h(
          'ol',
          { class: 'timeline' },
          [...audit]
            .reverse()
            .map((a) =>
              h(
                'li',
                { class: 'audit-entry' },
                h(
                  'div',
                  {},
                  statusBadge(a.statusAfter),
                  h('span', { class: 'sub' }, ` ${formatTime(a.at)} · ${a.actor} · v${a.version}`),
                ),
                h('p', { class: 'reason' }, a.reason),
              ),
            ),
        )
      : h('p', { class: 'sub' }, t('case.noAudit')),
  );
}

/** @param {HTMLElement} root @param {any} c @param {number} vi */
function versionsPanel(root, c, vi) {
  return h(
    'section',
    { class: 'card versions' },
    h('h2', {}, t('case.versions')),
    h(
      'ol',
      {},
      c.versions.map((/** @type {any} */ v, /** @type {number} */ i) =>
        h(
          'li',
          { class: i === vi ? 'current' : '' },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-current': i === vi ? 'true' : undefined,
              onclick: () => renderCase(root, c.caseId, i),
            },
            `${t('case.version')} ${v.adVersion}`,
          ),
          h(
            'span',
            { class: 'sub' },
            ` ${formatTime(v.receivedAt)} · ${t('case.findingsCount').replace('{n}', String(v.findings.length))} · ${v.contentHash.slice(0, 10)}`,
          ),
          i === c.versions.length - 1 ? h('span', { class: 'tag' }, t('case.currentVersion')) : null,
        ),
      ),
    ),
  );
}

/** @param {any} c */
function employerPanel(c) {
  return h(
    'section',
    { class: 'card employer-cases' },
    h('h2', {}, t('case.employerCases')),
    c.employerCases.length
      ? h(
          'ul',
          {},
          c.employerCases.map((/** @type {any} */ o) =>
            h(
              'li',
              {},
              severityBadge(o.maxSeverity),
              ' ',
              h('a', { href: `#/case/${encodeURIComponent(o.caseId)}` }, o.title || o.adId),
              ' ',
              statusBadge(o.status),
              h('span', { class: 'sub' }, ` ${formatTime(o.createdAt)}`),
            ),
          ),
        )
      : h('p', { class: 'sub' }, t('case.noEmployerCases')),
  );
}
